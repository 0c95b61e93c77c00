import { label } from '@mahjar/shared/cms-i18n'
import { taxonomy } from '../taxonomy.ts'

export const Audiences = taxonomy('audiences', {
  singular: label('cms.collection.audiences.singular'),
  plural: label('cms.collection.audiences.plural'),
})
