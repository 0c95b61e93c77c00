/**
 * The translation state of every localized text of a document, field by field: in each language a
 * text is `missing` (the other language has text, this one has none), `outdated` (the other
 * language's text changed after this one was translated) or `current`.
 *
 * "Outdated" is kept in the document's translation ledger: for each text (by path, list rows by row
 * id: `chapters.<rowId>.title`) the languages that lag, each with the instant the other language's
 * text changed. A change to a current text makes the other language lag; a change to a lagging or
 * empty text is its translation, and clears the lag (so does marking it translated). A text with no
 * ledger entry (a seed or import writes both languages together) is current. This module is the
 * one rule: the save hook, the admin's field markers, the translation queue and the export use it.
 */
import type { Field } from 'payload'
import { localeCodes, otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import { dataInLocale, isObject } from './localeData.ts'

type Data = Record<string, unknown>

export type FieldTranslation = 'missing' | 'outdated' | 'current'
/** Per text path, the languages whose text lags, each with the instant (ISO) the other changed. */
export type TranslationLedger = Record<string, Partial<Record<LocaleCode, string>>>
/** Per text path that holds text in some language, its state in each language. */
export type TranslationStates = Record<string, Record<LocaleCode, FieldTranslation>>

const textTypes = new Set(['text', 'textarea', 'richText'])

/** The words of a text or a Lexical document, one line per block: what a translator translates. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (!isObject(node)) return
    if (typeof node.text === 'string') line.push(node.text)
    const children = isObject(node.root) ? [node.root] : node.children
    if (!Array.isArray(children)) return
    const own: string[] = []
    for (const child of children) walk(child, own)
    const joined = own.join('')
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem')
      lines.push(joined)
    else line.push(joined)
  }
  const rest: string[] = []
  walk(value, rest)
  return [...lines, ...rest]
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n')
}

export function isFilled(value: unknown): boolean {
  return textOf(value) !== ''
}

export function isLedger(value: unknown): value is TranslationLedger {
  return isObject(value) && Object.values(value).every(isObject)
}

/**
 * Every localized text of a document, by ledger path, with its value in each language. `docs`
 * holds the document once per language (as the Local API reads it in a locale); list rows are
 * matched by row id, so a row added in one language appears with an empty other language.
 */
export function localizedTexts(
  fields: readonly Field[],
  docs: Record<LocaleCode, Data>,
  prefix = '',
): { path: string; values: Record<LocaleCode, unknown> }[] {
  const found: { path: string; values: Record<LocaleCode, unknown> }[] = []
  const pick = (key: string) =>
    Object.fromEntries(localeCodes.map((code) => [code, docs[code][key]])) as Record<
      LocaleCode,
      unknown
    >
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      found.push(...localizedTexts(field.fields, docs, prefix))
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && typeof tab.name === 'string') {
          const values = pick(tab.name)
          const inner = Object.fromEntries(
            localeCodes.map((code) => [code, isObject(values[code]) ? values[code] : {}]),
          ) as Record<LocaleCode, Data>
          found.push(...localizedTexts(tab.fields, inner, `${prefix}${tab.name}.`))
        } else found.push(...localizedTexts(tab.fields, docs, prefix))
      }
      continue
    }
    if (!('name' in field)) continue
    const values = pick(field.name)
    const path = `${prefix}${field.name}`
    if (field.type === 'group') {
      const inner = Object.fromEntries(
        localeCodes.map((code) => [code, isObject(values[code]) ? values[code] : {}]),
      ) as Record<LocaleCode, Data>
      found.push(...localizedTexts(field.fields, inner, `${path}.`))
    } else if (field.type === 'array') {
      const rowsByLocale = Object.fromEntries(
        localeCodes.map((code) => {
          const rows = Array.isArray(values[code]) ? (values[code] as unknown[]) : []
          return [code, new Map(rows.filter(isObject).map((row) => [String(row.id), row]))]
        }),
      ) as Record<LocaleCode, Map<string, Data>>
      const ids = new Set(localeCodes.flatMap((code) => [...rowsByLocale[code].keys()]))
      for (const id of ids) {
        const rows = Object.fromEntries(
          localeCodes.map((code) => [code, rowsByLocale[code].get(id) ?? {}]),
        ) as Record<LocaleCode, Data>
        found.push(...localizedTexts(field.fields, rows, `${path}.${id}.`))
      }
    } else if (textTypes.has(field.type) && 'localized' in field && field.localized) {
      found.push({ path, values })
    }
  }
  return found
}

/** The state of one text in `locale`, from whether each language has text and the ledger. */
export function fieldState(
  locale: LocaleCode,
  filled: Record<LocaleCode, boolean>,
  lagging: Partial<Record<LocaleCode, string>> = {},
): FieldTranslation {
  if (!filled[locale]) return filled[otherLocale(locale)] ? 'missing' : 'current'
  if (!filled[otherLocale(locale)]) return 'current'
  return lagging[locale] === undefined ? 'current' : 'outdated'
}

export function translationStates(
  fields: readonly Field[],
  docs: Record<LocaleCode, Data>,
  ledger: TranslationLedger,
): TranslationStates {
  const states: TranslationStates = {}
  for (const { path, values } of localizedTexts(fields, docs)) {
    const filled = Object.fromEntries(
      localeCodes.map((code) => [code, isFilled(values[code])]),
    ) as Record<LocaleCode, boolean>
    if (!localeCodes.some((code) => filled[code])) continue
    states[path] = Object.fromEntries(
      localeCodes.map((code) => [code, fieldState(code, filled, ledger[path])]),
    ) as Record<LocaleCode, FieldTranslation>
  }
  return states
}

/** The document's summary: `missing-en`, `outdated-ar`, … for the list column and the queue. */
export function translationSummary(states: TranslationStates): string[] {
  const summary = new Set<string>()
  for (const byLocale of Object.values(states))
    for (const code of localeCodes)
      if (byLocale[code] !== 'current') summary.add(`${byLocale[code]}-${code}`)
  return [...summary].sort()
}

/**
 * The ledger after a save in `locale` (`before` and `after` in that language, `other` the
 * document in the other language). A changed text that was current makes the other language's
 * text lag from now; a changed text that lagged or was empty is a translation and lags no more;
 * a text marked translated lags no more. Entries of texts that no longer exist are dropped.
 */
export function updateLedger(
  fields: readonly Field[],
  locale: LocaleCode,
  docs: { before: Data; after: Data; other: Data },
  ledger: TranslationLedger,
  marked: readonly string[],
  now: string,
): TranslationLedger {
  const other = otherLocale(locale)
  const inLocale = (doc: Data) =>
    new Map(
      localizedTexts(fields, { ...emptyDocs(), [locale]: doc }).map((t) => [
        t.path,
        t.values[locale],
      ]),
    )
  const before = inLocale(docs.before)
  const otherTexts = new Map(
    localizedTexts(fields, { ...emptyDocs(), [other]: docs.other }).map((t) => [
      t.path,
      t.values[other],
    ]),
  )
  const next: TranslationLedger = {}
  for (const [path, value] of inLocale(docs.after)) {
    const entry = new Map(Object.entries(ledger[path] ?? {}))
    const previous = before.get(path)
    if (textOf(value) !== textOf(previous)) {
      const translating = entry.has(locale) || !isFilled(previous)
      if (translating || !isFilled(value)) entry.delete(locale)
      else if (isFilled(otherTexts.get(path))) entry.set(other, now)
    }
    if (marked.includes(path)) entry.delete(locale)
    if (entry.size > 0) next[path] = Object.fromEntries(entry)
  }
  return next
}

const emptyDocs = () =>
  Object.fromEntries(localeCodes.map((code) => [code, {}])) as Record<LocaleCode, Data>

/** The states of a document read with `locale: 'all'` (as the export and the seed hold it). */
export function statesOfAllLocales(
  fields: readonly Field[],
  all: Data,
  ledger: TranslationLedger,
): TranslationStates {
  const docs = Object.fromEntries(
    localeCodes.map((code) => [code, dataInLocale(fields, all, code)]),
  ) as Record<LocaleCode, Data>
  return translationStates(fields, docs, ledger)
}

/**
 * For each language with out-of-date text, the latest instant the other language's text changed
 * ahead of it: what the site's "this translation may lag" notice dates.
 */
export function translationLag(
  states: TranslationStates,
  ledger: TranslationLedger,
): Partial<Record<LocaleCode, string>> {
  const lag: Partial<Record<LocaleCode, string>> = {}
  for (const [path, byLocale] of Object.entries(states)) {
    for (const code of localeCodes) {
      const since = ledger[path]?.[code]
      if (byLocale[code] !== 'outdated' || since === undefined) continue
      const known = lag[code]
      if (known === undefined || since > known) lag[code] = since
    }
  }
  return lag
}
