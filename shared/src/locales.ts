/**
 * The locale table: the one source of truth for which languages Mahjar publishes in.
 *
 * Digits: the Arabic edition uses Latin digits (`ar-u-nu-latn`). The source study writes every
 * figure with Latin digits (523 of them, no Arabic-Indic ones), as do most Maghreb and diaspora
 * publications, and readers search and cite with the digits they see. Plain `'ar'` already gives
 * Latin digits in current ICU, but that default has changed before; the `-u-nu-latn` extension
 * makes the choice explicit and stable.
 */
export const localeCodes = ['ar', 'en'] as const

export type LocaleCode = (typeof localeCodes)[number]
export type Direction = 'rtl' | 'ltr'

export interface Locale {
  readonly code: LocaleCode
  /** The language's own name, shown in the language switch. */
  readonly label: string
  readonly dir: Direction
  /** BCP 47 tag handed to `Intl` formatters (numbers, dates, plurals, collation). */
  readonly intlLocale: string
  /** The locale whose text is shown, with a notice, when this one is missing. */
  readonly fallback: LocaleCode
  /**
   * Between the items of a bare list of names (a table cell), where `formatList`'s prose "and"
   * does not belong: the language's own comma and a space.
   */
  readonly listComma: string
}

export const locales: Readonly<Record<LocaleCode, Locale>> = {
  ar: {
    code: 'ar',
    label: 'العربية',
    dir: 'rtl',
    intlLocale: 'ar-u-nu-latn',
    fallback: 'en',
    listComma: '، ',
  },
  en: {
    code: 'en',
    label: 'English',
    dir: 'ltr',
    intlLocale: 'en-GB',
    fallback: 'ar',
    listComma: ', ',
  },
}

export const defaultLocale: LocaleCode = 'ar'

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value)
}

/** `value` when it is one of the locale table's codes, else the default locale (Arabic). */
export function localeOrDefault(value: unknown): LocaleCode {
  return isLocaleCode(value) ? value : defaultLocale
}

export function getLocale(code: LocaleCode): Locale {
  return locales[code]
}

/** The other published language: the one a reader switches to, and the fallback source. */
export function otherLocale(code: LocaleCode): LocaleCode {
  return locales[code].fallback
}

/** Letters of the scripts written right to left (Unicode bidi class R or AL). */
const rightToLeftLetter =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u

/**
 * The direction of a text of unknown language, from its first letter (the rule of HTML's
 * `dir="auto"`, for places where a stylesheet overrides `dir`); undefined without any letter.
 */
export function directionOfText(text: string): Direction | undefined {
  const letter = /\p{L}/u.exec(text)?.[0]
  if (letter === undefined) return undefined
  return rightToLeftLetter.test(letter) ? 'rtl' : 'ltr'
}
