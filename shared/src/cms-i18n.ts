/**
 * The CMS's strings: one JSON per locale (`i18n/cms/<lang>.json`), in the site dictionary's
 * format (flat dotted keys, `{{name}}` interpolation, i18next plural suffixes) and read by i18next
 * like it, but apart from it so that the site's pages do not carry the admin's words. A label the
 * site already has a word for (`report.label`, `common.countries`) is read from the site's
 * dictionary instead of being copied; a unit test fails when a word is in two places.
 *
 * - `label(key)`: a field, option, group or collection label in every locale (Payload's config).
 * - `cmsTranslate(lang)`: a message in one locale, interpolated, in the plural form of its count.
 */
import ar from './i18n/cms/ar.json' with { type: 'json' }
import en from './i18n/cms/en.json' with { type: 'json' }
import {
  dictionaryLookup,
  messages as siteMessages,
  type CallerKey,
  type MessageKey as SiteKey,
} from './i18n.ts'
import { localeCodes, type LocaleCode } from './locales.ts'
import { inEveryLanguage, type InEveryLanguage } from './localized.ts'

export const cmsMessages: Readonly<Record<LocaleCode, Readonly<Record<string, string>>>> = {
  ar,
  en,
}

/** A key of the CMS dictionary as callers write it (plural keys without their suffix). */
export type CmsKey = CallerKey<keyof typeof en>

/** A label's key: the CMS's own, or the site's word for the same thing. */
export type LabelKey = CmsKey | SiteKey

function stored(lang: LocaleCode, key: string): string {
  const value = cmsMessages[lang][key] ?? siteMessages[lang][key]
  if (value === undefined) {
    throw new Error(`Missing string "${key}" in shared/src/i18n/cms/${lang}.json (or ${lang}.json)`)
  }
  return value
}

/** A label in every locale, for Payload's config (`label`, `labels`, `description`, groups). */
export function label(key: LabelKey): InEveryLanguage {
  return inEveryLanguage((lang) => stored(lang, key))
}

/** The labels of an enum's values, from the keys `<prefix>.<value>` (CMS or site dictionary). */
export function labels<V extends string>(
  prefix: string,
  values: readonly V[],
): Record<V, InEveryLanguage> {
  return Object.fromEntries(
    values.map((value) => [value, label(`${prefix}.${value}` as LabelKey)]),
  ) as Record<V, InEveryLanguage>
}

export type CmsTranslateOptions = {
  /** Selects the plural form (CLDR rules of the locale). */
  readonly count?: number
  /** The values of the `{{name}}` placeholders. */
  readonly replace?: Readonly<Record<string, string | number>>
}

export type CmsTranslate = (key: CmsKey, options?: CmsTranslateOptions) => string

const createTranslate = (lang: LocaleCode): CmsTranslate =>
  dictionaryLookup(lang, cmsMessages[lang], `shared/src/i18n/cms/${lang}.json`)

const translators = Object.fromEntries(
  localeCodes.map((code) => [code, createTranslate(code)]),
) as Record<LocaleCode, CmsTranslate>

/** The CMS's translation function of a locale; plural keys take the form of `options.count`. */
export function cmsTranslate(lang: LocaleCode): CmsTranslate {
  return translators[lang]
}

/** Whether a CMS key is a plural one (stored with `_one`/`_other`… suffixes). */
export function isPluralKey(key: CmsKey): boolean {
  return `${key}_other` in cmsMessages.en
}
