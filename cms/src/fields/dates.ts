import type { DateField } from 'payload'
import { deepMergeWithSourceArrays } from 'payload/shared'
import type { InEveryLanguage } from '@mahjar/shared/localized'

/**
 * One date style in the whole admin (lists, versions, date fields, drawers), spelled out in the
 * admin's language by date-fns: "30 نوفمبر 2026 21:05" / "30 November 2026 21:05". No comma (a
 * Latin comma is wrong in Arabic, an Arabic one in English), no US month-first order; day and
 * month names follow the admin language, digits are Latin in both (as in shared/locales.ts).
 * Every date field shows through components/AdminDateField.tsx: the admin language's month names
 * from the first render (Payload's picker had them only after it), the text with its lang and dir.
 */
export const dayFormat = 'd MMMM yyyy'
export const dayTimeFormat = `${dayFormat} HH:mm`

const dateField = { Field: '/components/AdminDateField.tsx#AdminDateField' }

/** A date and time shown in the admin's one style. */
export function dayAndTime(): NonNullable<DateField['admin']> {
  return {
    date: { pickerAppearance: 'dayAndTime', displayFormat: dayTimeFormat },
    components: dateField,
  }
}

/** A date shown as its day alone, in the admin's one style. */
export function dayOnly(): NonNullable<DateField['admin']> {
  return { date: { pickerAppearance: 'dayOnly', displayFormat: dayFormat }, components: dateField }
}

/**
 * A calendar day (the shared schemas' YYYY-MM-DD); stored as midnight UTC of that day. Required
 * unless said otherwise; `overrides` are merged into the field (objects deeply, arrays replaced),
 * Payload's website-template pattern: `day({ ..., overrides: { admin: { position: 'sidebar' } } })`.
 */
export function day(options: {
  name: string
  label: InEveryLanguage
  required?: boolean
  overrides?: Partial<DateField>
}): DateField {
  const { name, label, required = true, overrides } = options
  const field: DateField = {
    name,
    type: 'date',
    label,
    required,
    admin: dayOnly(),
  }
  return overrides ? deepMergeWithSourceArrays<DateField>(field, overrides) : field
}
