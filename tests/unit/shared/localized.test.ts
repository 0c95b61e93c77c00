import { describe, expect, it } from 'vitest'
import { localeCodes, locales } from '@mahjar/shared/locales'
import { inEveryLanguage, textIn } from '@mahjar/shared/localized'
import { localized } from '@mahjar/shared/schemas/common'

describe('a localized text in a language', () => {
  it('takes the page language when it exists', () => {
    expect(textIn({ ar: 'نص', en: 'text' }, 'ar')).toEqual({
      text: 'نص',
      lang: 'ar',
      fallback: false,
    })
  })

  it('falls back to the other language and says so', () => {
    expect(textIn({ ar: 'نص' }, 'en')).toEqual({ text: 'نص', lang: 'ar', fallback: true })
    expect(textIn({ en: 'text' }, 'ar')).toEqual({ text: 'text', lang: 'en', fallback: true })
  })

  it('falls back to the language the locale table names, for every locale', () => {
    for (const lang of localeCodes) {
      const { fallback } = locales[lang]
      expect(textIn({ [fallback]: 'only this' }, lang)).toEqual({
        text: 'only this',
        lang: fallback,
        fallback: true,
      })
    }
  })

  it('treats a blank text as missing, so a page never shows an empty title as translated', () => {
    expect(textIn({ ar: '  ', en: 'text' }, 'ar')).toEqual({
      text: 'text',
      lang: 'en',
      fallback: true,
    })
    expect(textIn({ ar: '', en: ' ' }, 'en')).toBeUndefined()
  })

  it('gives nothing for a missing field', () => {
    expect(textIn(undefined, 'ar')).toBeUndefined()
    expect(textIn({}, 'en')).toBeUndefined()
  })
})

describe('a value for every language', () => {
  it('has exactly the locale table’s languages', () => {
    expect(inEveryLanguage((lang) => lang.toUpperCase())).toEqual({ ar: 'AR', en: 'EN' })
    expect(Object.keys(inEveryLanguage(() => 0))).toEqual([...localeCodes])
  })

  it('shapes the snapshot schema: a language outside the table is refused', () => {
    expect(localized('content').safeParse({ ar: 'نص', en: 'text' }).success).toBe(true)
    expect(localized('content').safeParse({ ar: 'نص', en: 'text', fr: 'texte' }).success).toBe(
      false,
    )
    expect(localized('snapshot').safeParse({ en: 'text' }).success).toBe(true)
    expect(localized('snapshot').safeParse({}).success).toBe(false)
  })
})
