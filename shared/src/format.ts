/**
 * Numbers, percentages and dates through `Intl`, with the tags of the locale table (Arabic uses
 * Latin digits on purpose: see locales.ts). One formatter per locale and kind, built once.
 */
import { getLocale, type LocaleCode } from './locales.ts'

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()

function numberFormat(lang: LocaleCode, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n:${lang}:${JSON.stringify(options)}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.NumberFormat(getLocale(lang).intlLocale, options)
    cache.set(key, format)
  }
  return format as Intl.NumberFormat
}

/** 176000 → "176,000" (en) / "176,000" with Arabic separators (ar). */
export function formatNumber(lang: LocaleCode, value: number): string {
  return numberFormat(lang, { maximumFractionDigits: 1 }).format(value)
}

/** A percentage given on the 0–100 scale the study uses: 62 → "62%" / "62‎%‎". */
export function formatPercent(lang: LocaleCode, value: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100)
}

/** An ISO calendar date (`2021-01-15`) in long form, read as a calendar day (no time zone shift). */
export function formatDate(lang: LocaleCode, isoDate: string): string {
  const key = `d:${lang}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(getLocale(lang).intlLocale, {
      dateStyle: 'long',
      timeZone: 'UTC',
    })
    cache.set(key, format)
  }
  const day = isoDate.slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not an ISO date: "${isoDate}"`)
  return (format as Intl.DateTimeFormat).format(new Date(`${day}T00:00:00Z`))
}

/**
 * The year of an ISO date. Reports are published and cited by year: a study often carries only
 * its year, and its `publishedOn` is then the first of January, which must not be shown as a day.
 */
export function formatYear(lang: LocaleCode, isoDate: string): string {
  const year = Number(isoDate.slice(0, 4))
  if (!Number.isInteger(year) || year < 1000) throw new Error(`Not an ISO date: "${isoDate}"`)
  return numberFormat(lang, { useGrouping: false }).format(year)
}

/** A span of calendar days, e.g. "15–25 January 2021", in the locale's own range form. */
export function formatDateRange(lang: LocaleCode, startIso: string, endIso: string): string {
  const format = new Intl.DateTimeFormat(getLocale(lang).intlLocale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  })
  return format.formatRange(new Date(`${startIso}T00:00:00Z`), new Date(`${endIso}T00:00:00Z`))
}

/** A range on the 0–100 scale: 15, 20 → "15–20%" in the locale's own range form. */
export function formatPercentRange(lang: LocaleCode, low: number, high: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).formatRange(
    low / 100,
    high / 100,
  )
}

export function formatNumberRange(lang: LocaleCode, low: number, high: number): string {
  return numberFormat(lang, { maximumFractionDigits: 1 }).formatRange(low, high)
}

const listFormats = new Map<LocaleCode, Intl.ListFormat>()

/**
 * Names in a row (a finding's, report's or practice's countries) in the locale's own list form:
 * "Germany, France, Turkey" / «ألمانيا، وفرنسا، وتركيا». CLDR's `unit` list: English keeps the
 * plain commas the pages always had (no "and"); Arabic joins with «، و», as Arabic prose does.
 */
export function formatList(lang: LocaleCode, items: readonly string[]): string {
  let format = listFormats.get(lang)
  if (!format) {
    format = new Intl.ListFormat(getLocale(lang).intlLocale, { type: 'unit' })
    listFormats.set(lang, format)
  }
  return format.format(items)
}
