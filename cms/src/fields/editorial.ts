/** Computed fields every publishable collection carries (set by hooks/recordEditorialState.ts). */
import type { DateField, SelectField } from 'payload'
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
