import { describe, expect, it } from 'vitest'
import {
  defaultLocale,
  directionOfText,
  getLocale,
  isLocaleCode,
  localeCodes,
  localeOrDefault,
  locales,
  otherLocale,
} from '@mahjar/shared/locales'

describe('the locale table', () => {
  it('publishes Arabic as the default locale, right to left', () => {
    expect(defaultLocale).toBe('ar')
    expect(getLocale('ar').dir).toBe('rtl')
  })

  it('publishes English left to right', () => {
    expect(getLocale('en').dir).toBe('ltr')
  })

  it('lists exactly Arabic and English, each keyed by its own code', () => {
    expect([...localeCodes]).toEqual(['ar', 'en'])
    for (const code of localeCodes) expect(locales[code].code).toBe(code)
  })

  it('formats Arabic numbers with Latin digits and Arabic separators, on purpose', () => {
    const formatted = new Intl.NumberFormat(getLocale('ar').intlLocale).format(1234.5)
    expect(formatted).toMatch(/^1[^\d]?234[^\d]5$/)
    expect(formatted).not.toMatch(/[\u0660-\u0669]/)
  })

  it('gives Arabic its six plural categories through Intl', () => {
    const rules = new Intl.PluralRules(getLocale('ar').intlLocale)
    expect([0, 1, 2, 3, 11, 100].map((n) => rules.select(n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ])
  })

  it('falls back from each language to the other', () => {
    expect(otherLocale('ar')).toBe('en')
    expect(otherLocale('en')).toBe('ar')
  })

  it('recognises only the published locale codes', () => {
    expect(isLocaleCode('ar')).toBe(true)
    expect(isLocaleCode('en')).toBe(true)
    for (const bad of ['fr', 'AR', 'ar-EG', '', undefined, 1]) expect(isLocaleCode(bad)).toBe(false)
  })
})

describe('a text of unknown language', () => {
  it('runs in the direction of its first letter, digits and marks aside', () => {
    expect(directionOfText('2013، غادرت حلب')).toBe('rtl')
    expect(directionOfText('"I left Aleppo" — غادرت')).toBe('ltr')
    expect(directionOfText('… שלום')).toBe('rtl')
    expect(directionOfText('2013 – 2021')).toBeUndefined()
  })

  it('reads an unknown or missing language as the default locale', () => {
    expect(localeOrDefault('en')).toBe('en')
    for (const other of ['fr', 'EN', undefined, 3])
      expect(localeOrDefault(other)).toBe(defaultLocale)
  })
})
