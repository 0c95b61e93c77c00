/** Computed fields every publishable collection carries (set by hooks/recordEditorialState.ts). */
import type { DateField, JSONField, RelationshipField, SelectField } from 'payload'
import { dayAndTime } from './dates.ts'

/** The fields the save hook computes: never typed, never compared or restored. */
export const computedEditorialFields: readonly string[] = [
  'translationStatus',
  'translationLedger',
  'markTranslated',
]

export const translationStatusOptions = [
  { value: 'missing-ar', label: { ar: 'العربية ناقصة', en: 'Missing Arabic' } },
  { value: 'missing-en', label: { ar: 'الإنجليزية ناقصة', en: 'Missing English' } },
  { value: 'outdated-ar', label: { ar: 'العربية متأخرة', en: 'Arabic out of date' } },
  { value: 'outdated-en', label: { ar: 'الإنجليزية متأخرة', en: 'English out of date' } },
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
        ar: 'تُحسب عند كل حفظ: اللغات التي ينقصها نص موجود في اللغة الأخرى، أو التي تغيّر نصها المصدر بعد ترجمتها. فارغة = الترجمة مكتملة ومحدَّثة.',
        en: 'Computed on every save: the languages lacking text that the other language has, or whose source text changed after it was translated. Empty = fully translated and up to date.',
      },
    },
  }
}

/**
 * When each language's text of each field was last written (lib/translationStatus.ts): kept by
 * recordEditorialState, read by the field markers, the queue and the export. Not for typing.
 */
export function translationLedger(): JSONField {
  return {
    name: 'translationLedger',
    type: 'json',
    // Named in both admin languages: the version comparison lists it (Payload's own name was English).
    label: { ar: 'سجل الترجمة', en: 'Translation ledger' },
    admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
  }
}

/**
 * The texts a translator marks "translated" (ledger paths) in the language being saved: the
 * field markers fill it, the save consumes it and leaves it empty.
 */
export function markTranslated(): JSONField {
  return {
    name: 'markTranslated',
    type: 'json',
    label: { ar: 'عُلِّم مترجَمًا', en: 'Marked translated' },
    admin: { hidden: true, disableListColumn: true, disableListFilter: true },
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
