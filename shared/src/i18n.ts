/**
 * UI strings: one JSON per locale (`i18n/<lang>.json`, flat dotted keys), served through one
 * i18next instance per locale. Keys are typed from the English file; a unit test fails when any
 * locale lacks a key or Arabic lacks one of its six plural forms.
 */
import i18next from 'i18next'
import ar from './i18n/ar.json' with { type: 'json' }
import en from './i18n/en.json' with { type: 'json' }
import {
  collectionNameKey,
  pageCollections,
  type NameForm,
  type PageCollection,
} from './collections.ts'
import { getLocale, localeCodes, type LocaleCode } from './locales.ts'
import { inEveryLanguage, type InEveryLanguage } from './localized.ts'

export const messages: Readonly<Record<LocaleCode, Readonly<Record<string, string>>>> = { ar, en }

type RawKey = keyof typeof en
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many'

/** The keys of a dictionary as callers write them: plural keys without their `_one`/`_other`… suffix. */
export type CallerKey<Raw> = Raw extends `${infer Base}_other`
  ? Base
  : Raw extends `${string}_${PluralForm}`
    ? never
    : Raw

/** A key of the site's dictionary as callers write it. */
export type MessageKey = CallerKey<RawKey>

export interface TranslateOptions {
  /** Selects the plural form (CLDR rules of the locale). */
  count?: number
  [variable: string]: string | number | undefined
}

export type Translate = (key: MessageKey, options?: TranslateOptions) => string

/** The CLDR plural suffixes i18next appends to a plural key. */
export const pluralSuffixes = ['zero', 'one', 'two', 'few', 'many', 'other'] as const

export type PluralSuffix = (typeof pluralSuffixes)[number]

/** Looks up a stored key as it is (a plural key with its suffix), interpolating `options`. */
export type Lookup = (key: string, options?: Readonly<Record<string, unknown>>) => string

/**
 * An i18next lookup over one locale's dictionary (`file` names it in errors), throwing on a key
 * the dictionary lacks: the site's strings here, the CMS's in `cms-i18n.ts`.
 */
export function dictionaryLookup(
  lang: LocaleCode,
  dictionary: Readonly<Record<string, string>>,
  file: string,
): Lookup {
  const instance = i18next.createInstance()
  void instance.init({
    lng: lang,
    fallbackLng: false,
    resources: { [lang]: { translation: dictionary } },
    keySeparator: false,
    nsSeparator: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  })
  // A key gives the same string for the same options while the dictionary's text for it is the
  // same: looked up once. A page asks for dozens, and i18next's lookup was 12 % of the warm
  // Astro's CPU rendering a finding's 786 pages at 10,000 recommendations (CPU profile, 7
  // December; the same pages' interpolated strings 10 % after the plain ones were kept). Not a
  // count or context (the text is then another key's), nor options other than plain values.
  const kept = new Map<string, { readonly text: string | undefined; readonly value: string }>()
  return (key, options) => {
    const keptAs = keptKey(key, options)
    const known = keptAs === undefined ? undefined : kept.get(keptAs)
    if (known !== undefined && known.text === dictionary[key]) return known.value
    const value = instance.t(key, { ...options })
    if (typeof value !== 'string' || value === key) {
      throw new Error(`Missing UI string "${key}" in ${file}`)
    }
    if (keptAs !== undefined) {
      // Options vary from page to page (dates, names): all are let go when there are many.
      if (kept.size >= keptLookups) kept.clear()
      kept.set(keptAs, { text: dictionary[key], value })
    }
    return value
  }
}

/** How many lookups `dictionaryLookup` keeps at most. */
const keptLookups = 20_000

/** What names a lookup `dictionaryLookup` keeps; undefined for one it does not. */
function keptKey(key: string, options: Readonly<Record<string, unknown>> | undefined) {
  if (options === undefined) return key
  if ('count' in options || 'context' in options || 'ordinal' in options) return undefined
  const values = Object.values(options)
  if (!values.every((value) => ['string', 'number', 'boolean'].includes(typeof value)))
    return undefined
  return `${key}\0${JSON.stringify(options)}`
}

const createTranslate = (lang: LocaleCode): Lookup =>
  dictionaryLookup(lang, messages[lang], `shared/src/i18n/${lang}.json`)

const translators = Object.fromEntries(
  localeCodes.map((code) => [code, createTranslate(code)]),
) as Record<LocaleCode, Lookup>

/** The translation function of a locale. */
export function useTranslations(lang: LocaleCode): Translate {
  return translators[lang]
}

/**
 * A plural string's variants as the dictionary stores them (`<key>_one`, `<key>_few`…), one per
 * form a count can select in the locale, in suffix order, each interpolated with `options`: what a
 * script needs to choose the form itself. `zero` is i18next's own form for a count of 0; a locale
 * whose dictionary has none (English "0 results") gets the form CLDR gives 0 there.
 */
export function pluralVariants(
  lang: LocaleCode,
  key: MessageKey,
  options?: Omit<TranslateOptions, 'count'>,
): Partial<Record<PluralSuffix, string>> {
  const rules = new Intl.PluralRules(getLocale(lang).intlLocale)
  const categories: readonly string[] = rules.resolvedOptions().pluralCategories
  const variants = pluralSuffixes
    .filter((suffix) => suffix === 'zero' || categories.includes(suffix))
    .map((suffix) => {
      const own = suffix !== 'zero' || `${key}_zero` in messages[lang]
      const form = own ? suffix : rules.select(0)
      return [suffix, translators[lang](`${key}_${form}`, options)] as const
    })
  return Object.fromEntries(variants)
}

/**
 * The labels of an enum's values in every locale, from the UI strings `<prefix>.<value>`: the CMS's
 * select options and the site read the same words.
 */
export function enumLabels<V extends string>(
  prefix: string,
  values: readonly V[],
): Record<V, InEveryLanguage> {
  return Object.fromEntries(
    values.map((value) => {
      const key = `${prefix}.${value}`
      return [
        value,
        inEveryLanguage((code) => {
          const label = messages[code][key]
          if (label === undefined) {
            throw new Error(`Missing UI string "${key}" in shared/src/i18n/${code}.json`)
          }
          return label
        }),
      ]
    }),
  ) as Record<V, InEveryLanguage>
}

/**
 * The name of every page collection in every locale, one item (`one`) or several (`other`), from
 * the UI strings `collection.<slug>.<form>`: the CMS's options and the site read the same words.
 */
export function collectionNames(form: NameForm): Record<PageCollection, InEveryLanguage> {
  return Object.fromEntries(
    pageCollections.map((collection) => [
      collection,
      inEveryLanguage((code) => translators[code](collectionNameKey(collection, form))),
    ]),
  ) as Record<PageCollection, InEveryLanguage>
}
