/**
 * Every localized text, textarea and rich text of a publishable collection gets its translation
 * marker after the input (components/TranslationMarker.tsx): the field's state in the language
 * being edited and the other language's text beside it.
 */
import type { Field } from 'payload'

const textTypes = new Set(['text', 'textarea', 'richText'])
const marker = '/components/TranslationMarker.tsx#TranslationMarker'

export function withTranslationMarkers(fields: readonly Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withTranslationMarkers(tab.fields) })),
      }
    if ('fields' in field && Array.isArray(field.fields))
      return { ...field, fields: withTranslationMarkers(field.fields) }
    if (!textTypes.has(field.type) || !('localized' in field) || !field.localized) return field
    if (field.admin?.hidden) return field
    return {
      ...field,
      admin: {
        ...field.admin,
        components: { ...field.admin?.components, afterInput: [marker] },
      },
    } as Field
  })
}
