/**
 * A text in the published languages, and the one rule for showing it in a language: the text in
 * that language, or else the text of its fallback language (the locale table's `fallback`), marked
 * so that it is shown with its own `lang`/`dir` and a notice. Every package uses these; none
 * spells out `ar`/`en`.
 */
import { getLocale, localeCodes, type LocaleCode } from './locales.ts'

/** A text in some of the published languages, as a document carries it: `title.ar`, `title.en`. */
export type LocalizedText = { readonly [lang in LocaleCode]?: string | undefined }

/** A value written in code for every published language: an admin label, a message. */
export type InEveryLanguage<T = string> = { readonly [lang in LocaleCode]: T }

/** A text and the language it is in; `fallback` when that is not the language asked for. */
export interface TextInLanguage {
  readonly text: string
  readonly lang: LocaleCode
  readonly fallback: boolean
}

/** Whether a language has text: a missing or blank field has none. */
const present = (text: string | undefined): text is string =>
  text !== undefined && text.trim() !== ''

/**
 * The text in `lang`, else in `lang`'s fallback language (a document may be translated into one
 * language only); undefined when neither has any.
 */
export function textIn(
  value: LocalizedText | undefined,
  lang: LocaleCode,
): TextInLanguage | undefined {
  const own = value?.[lang]
  if (present(own)) return { text: own, lang, fallback: false }
  const { fallback } = getLocale(lang)
  const other = value?.[fallback]
  return present(other) ? { text: other, lang: fallback, fallback: true } : undefined
}

/** A value for every published language, made by `make`: `{ ar: make('ar'), en: make('en') }`. */
export function inEveryLanguage<T>(make: (lang: LocaleCode) => T): InEveryLanguage<T> {
  return Object.fromEntries(localeCodes.map((lang) => [lang, make(lang)])) as InEveryLanguage<T>
}
