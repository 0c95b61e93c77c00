/**
 * Which locales of a document lack reader-visible text that the other locale has. A locale is
 * "missing" when some localized text, rich text or textarea is filled in the other language and
 * empty in it. Array rows are matched by id, so rows added in one language count.
 */
import type { Field } from 'payload'
import type { LocaleCode } from '@mahjar/shared/locales'

type Data = Record<string, unknown>

const textTypes = new Set(['text', 'textarea', 'richText'])

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A Lexical document is filled when any text node holds more than whitespace. */
function hasRichText(node: unknown): boolean {
  if (!isObject(node)) return false
  if (typeof node.text === 'string' && node.text.trim() !== '') return true
  const children = isObject(node.root) ? [node.root] : node.children
  return Array.isArray(children) && children.some(hasRichText)
}

export function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  return hasRichText(value)
}

type Gap = { a: boolean; b: boolean }

function compare(fields: readonly Field[], a: Data, b: Data, gap: Gap): void {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      compare(field.fields, a, b, gap)
      continue
    }
    if (!('name' in field)) continue
    const valueA = a[field.name]
    const valueB = b[field.name]
    if (field.type === 'group') {
      compare(field.fields, isObject(valueA) ? valueA : {}, isObject(valueB) ? valueB : {}, gap)
    } else if (field.type === 'array') {
      const rowsB = new Map(
        (Array.isArray(valueB) ? valueB : []).filter(isObject).map((row) => [row.id, row]),
      )
      for (const row of (Array.isArray(valueA) ? valueA : []).filter(isObject)) {
        compare(field.fields, row, rowsB.get(row.id) ?? {}, gap)
      }
    } else if (textTypes.has(field.type) && 'localized' in field && field.localized) {
      const filledA = isFilled(valueA)
      const filledB = isFilled(valueB)
      if (filledA && !filledB) gap.b = true
      if (filledB && !filledA) gap.a = true
    }
  }
}

/**
 * `current` is the document as saved in `locale`; `other` is the same document in the other
 * locale, read without fallback. Returns the locales that lack text.
 */
export function missingLocales(
  fields: readonly Field[],
  locale: LocaleCode,
  other: LocaleCode,
  current: Data,
  otherDoc: Data,
): LocaleCode[] {
  const gap: Gap = { a: false, b: false }
  compare(fields, current, otherDoc, gap)
  const missing: LocaleCode[] = []
  if (gap.a) missing.push(locale)
  if (gap.b) missing.push(other)
  return missing.sort()
}
