import { taxonomy } from '../taxonomy.ts'

export const Audiences = taxonomy('audiences', {
  singular: { ar: 'فئة مستهدفة', en: 'Audience' },
  plural: { ar: 'الفئات المستهدفة', en: 'Audiences' },
})
