import { label } from '@mahjar/shared/cms-i18n'
import { taxonomy } from '../taxonomy.ts'

export const Themes = taxonomy('themes', {
  singular: label('cms.collection.themes.singular'),
  plural: label('findings.themes'),
})
