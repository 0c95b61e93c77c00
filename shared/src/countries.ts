/**
 * Country names in both languages from the maintained `i18n-iso-countries` package (ISO 3166-1),
 * never typed by hand.
 */
import countries from 'i18n-iso-countries'
import arabic from 'i18n-iso-countries/langs/ar.json' with { type: 'json' }
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import type { LocaleCode } from './locales.ts'

countries.registerLocale(arabic)
countries.registerLocale(english)

export function isCountryCode(value: string): boolean {
  return /^[A-Z]{2}$/.test(value) && countries.isValid(value)
}

export function countryName(code: string, lang: LocaleCode): string {
  const name = countries.getName(code, lang, { select: 'official' })
  if (!name) throw new Error(`Unknown ISO 3166-1 alpha-2 country code "${code}"`)
  return name
}

export function allCountryCodes(): string[] {
  return Object.keys(countries.getAlpha2Codes()).sort()
}
