/**
 * The corrections to Payload's Arabic pack and the Latin-identifier rules of the admin: every
 * override is Arabic with Latin only inside its {{placeholders}}, keeps no known typo, and the
 * identifier rules accept codes and refuse interface words.
 */
import { describe, expect, it } from 'vitest'
import { isLatinIdentifier } from '@mahjar/cms/components/latinIdentifier'
import { hardCodedEnglish, payloadArabic } from '@mahjar/cms/i18n/payloadArabic'

const overrides = Object.entries(payloadArabic).flatMap(([group, keys]) =>
  Object.entries(keys).map(([key, text]) => [`${group}:${key}`, text] as const),
)

describe("the corrections to Payload's Arabic pack", () => {
  it.each(overrides)('%s is Arabic, with Latin only in placeholders', (_key, text) => {
    const placeholders = text.match(/\{\{[^}]*\}\}/g) ?? []
    for (const placeholder of placeholders) expect(placeholder).toMatch(/^\{\{[a-zA-Z]+\}\}$/)
    expect(text.replace(/\{\{[a-zA-Z]+\}\}/g, '')).not.toMatch(/[A-Za-z]|,/)
    expect(text).toMatch(/[\u0600-\u06FF]/)
  })

  it.each(['أنشاء', 'بنحاح', 'الموقع المحلي', 'للبدء,'])('has no «%s»', (typo) => {
    expect(overrides.map(([, text]) => text).join('\n')).not.toContain(typo)
  })

  it('names the content language and the interface language differently', () => {
    expect(payloadArabic.general.locale).not.toBe(payloadArabic.general.language)
  })

  it('gives every hard-coded English string an Arabic text', () => {
    for (const [english, arabic] of Object.entries(hardCodedEnglish)) {
      expect(arabic, english).toMatch(/[\u0600-\u06FF]/)
    }
  })
})

describe('Latin identifiers in the admin', () => {
  it.each([
    'AIE-F01',
    'AIE-B1-11',
    'SY',
    'editor@mahjar.test',
    '/ar/reports/',
    'activism-in-exile',
    '#AlMahjarCan_21',
    'A.1',
  ])('accepts %s', (text) => {
    expect(isLatinIdentifier(text)).toBe(true)
  })

  it.each(['Breakdown', 'All', 'Breakdown 01', 'Create new', 'ar, en', 'API'])(
    'refuses %s',
    (text) => {
      expect(isLatinIdentifier(text)).toBe(false)
    },
  )
})
