/** Computed fields every publishable collection carries (set by hooks/recordEditorialState.ts). */
import type { DateField, RelationshipField, SelectField } from 'payload'
import { dayAndTime } from './dates.ts'

export const translationStatusOptions = [
  { value: 'missing-ar', label: { ar: 'العربية ناقصة', en: 'Missing Arabic' } },
  { value: 'missing-en', label: { ar: 'الإنجليزية ناقصة', en: 'Missing English' } },
]

export function translationStatus(): SelectField {
  return {
    name: 'translationStatus',
    type: 'select',
    hasMany: true,
    label: { ar: 'حالة الترجمة', en: 'Translation status' },
    options: translationStatusOptions,
    index: true,
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: {
        ar: 'تُحسب عند كل حفظ: اللغات التي ينقصها نص موجود في اللغة الأخرى. فارغة = الترجمة مكتملة.',
        en: 'Computed on every save: the languages lacking text that the other language has. Empty = fully translated.',
      },
    },
  }
}

export function firstPublishedAt(): DateField {
  return {
    name: 'firstPublishedAt',
    type: 'date',
    label: { ar: 'أول نشر', en: 'First published' },
    admin: {
      ...dayAndTime(),
      readOnly: true,
      position: 'sidebar',
      description: {
        ar: 'بعد النشر الأول لا يتغير الرمز، ويترك تغيير المعرّف تحويلًا.',
        en: 'After first publication the code is frozen and a slug change leaves a redirect.',
      },
    },
  }
}

/**
 * Who saved this state: set to the signed-in user on every save, so each version (a snapshot of
 * the document) records its author, shown in the sidebar and in a version's view.
 */
export function editedBy(): RelationshipField {
  return {
    name: 'editedBy',
    type: 'relationship',
    relationTo: 'users',
    label: { ar: 'آخر من عدّل', en: 'Last edited by' },
    admin: { readOnly: true, position: 'sidebar' },
    hooks: {
      beforeChange: [({ req, value }) => (req.user ? req.user.id : (value as unknown))],
    },
  }
}
