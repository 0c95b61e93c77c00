/** Reading a document read with `locale: 'all'` (localized values as `{ ar, en }`) one locale at a time. */
import type { Field } from 'payload'
import type { LocaleCode } from '@mahjar/shared/locales'

type Data = Record<string, unknown>

export const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const rowsOf = (value: unknown): Data[] =>
  Array.isArray(value) ? value.filter(isObject) : []

/** Fields that sit directly in the data (rows and collapsibles are layout only). */
export function dataFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((field) =>
    field.type === 'row' || field.type === 'collapsible' ? dataFields(field.fields) : [field],
  )
}

/** One locale's data from an all-locales document, as a Local API write in that locale takes. */
export function dataInLocale(fields: readonly Field[], all: Data, locale: LocaleCode): Data {
  const out: Data = {}
  for (const field of dataFields(fields)) {
    if (!('name' in field) || !(field.name in all)) continue
    let value = all[field.name]
    if ('localized' in field && field.localized) value = isObject(value) ? value[locale] : null
    if (field.type === 'array') {
      value = rowsOf(value).map((row) => ({
        ...dataInLocale(field.fields, row, locale),
        id: row.id,
      }))
    } else if (field.type === 'group') {
      value = dataInLocale(field.fields, isObject(value) ? value : {}, locale)
    }
    out[field.name] = value ?? null
  }
  return out
}
