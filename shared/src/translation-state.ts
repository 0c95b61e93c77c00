/**
 * A published document's translation state in each language, as the open data publishes it, read
 * from the snapshot alone: `missing` when some text of the document exists in the other language
 * only (what the site shows with its "not yet translated" notice), `outdated` when the other
 * language's text changed after this one was translated (the snapshot's `translationLag`, the
 * site's "this translation may lag" notice), else `complete`. A language both missing a text and
 * lagging in another is `missing`: some of it cannot be read in that language at all.
 */
import { isLocaleCode, localeCodes, type LocaleCode } from './locales.ts'

export const translationStates = ['complete', 'missing', 'outdated'] as const
export type TranslationState = (typeof translationStates)[number]

/** A localized text of the snapshot: an object of language keys only, each holding its text. */
function isLocalizedText(value: object): value is Partial<Record<LocaleCode, string>> {
  const entries = Object.entries(value)
  return (
    entries.length > 0 &&
    entries.every(([key, text]) => isLocaleCode(key) && typeof text === 'string')
  )
}

/** The languages that lack a text the other language has, anywhere in a snapshot document. */
export function missingLanguages(doc: object): Set<LocaleCode> {
  const missing = new Set<LocaleCode>()
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk)
    else if (typeof value !== 'object' || value === null) return
    else if (isLocalizedText(value)) {
      for (const code of localeCodes) if (value[code] === undefined) missing.add(code)
    } else Object.values(value).forEach(walk)
  }
  walk(doc)
  return missing
}

/** Each language's translation state of a snapshot document. */
export function translationState(doc: {
  readonly translationLag?: Partial<Record<LocaleCode, string>> | undefined
  readonly [field: string]: unknown
}): Record<LocaleCode, TranslationState> {
  // The lag's own `{ ar?, en? }` is dates, not texts: it must not count as a text missing a language.
  const { translationLag, ...texts } = doc
  const missing = missingLanguages(texts)
  return Object.fromEntries(
    localeCodes.map((code) => [
      code,
      missing.has(code) ? 'missing' : translationLag?.[code] ? 'outdated' : 'complete',
    ]),
  ) as Record<LocaleCode, TranslationState>
}
