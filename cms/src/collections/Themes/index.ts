import { taxonomy } from '../taxonomy.ts'

export const Themes = taxonomy('themes', {
  singular: { ar: 'محور', en: 'Theme' },
  plural: { ar: 'المحاور', en: 'Themes' },
})
