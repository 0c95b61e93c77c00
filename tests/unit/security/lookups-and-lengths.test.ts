/**
 * Words and identifiers from content that once broke every build: lookups by word never touch
 * Object.prototype ("constructor", "__proto__" …), and slugs and codes are bounded well under
 * file-name limits, with a clear message.
 */
import { describe, expect, it } from 'vitest'
import { indexVariants, normaliseText, normaliseWord, tokenise } from '@mahjar/shared/arabic'
import { pluralPairs, singularOf } from '@mahjar/shared/arabic-plurals'
import { identifierMaxLength, normaliseCode, assertSlug } from '@mahjar/shared/identifiers'
import { code, slug } from '@mahjar/shared/schemas/common'

const prototypeWords = [
  'constructor',
  'toString',
  'valueOf',
  '__proto__',
  'hasOwnProperty',
  'isPrototypeOf',
]

describe('lookups by word', () => {
  it.each(prototypeWords.map((w) => [w]))(
    'finds no plural for %j and indexes it as a word',
    (word) => {
      expect(singularOf(normaliseWord(word))).toBeUndefined()
      expect(indexVariants(word)).toContain(normaliseWord(word))
      const text = `أكثر من 90% من النشطاء ${word} and the ${word} word`
      expect(tokenise(text).length).toBeGreaterThan(0)
      expect(normaliseText(text)).toContain(normaliseText(word))
    },
  )

  it('still finds the singular of an Arabic broken plural', () => {
    expect(singularOf('نشطاء')).toBe('ناشط')
    expect(pluralPairs().length).toBeGreaterThan(50)
  })
})

describe('length of slugs and codes', () => {
  const longestSlug = 'a'.repeat(identifierMaxLength)
  const longestCode = `X-${'A'.repeat(identifierMaxLength - 2)}`

  it(`accepts a slug and a code of ${String(identifierMaxLength)} characters`, () => {
    expect(slug.safeParse(longestSlug).success).toBe(true)
    expect(code.safeParse(longestCode).success).toBe(true)
    expect(assertSlug(longestSlug)).toBe(longestSlug)
    expect(normaliseCode(longestCode.toLowerCase())).toBe(longestCode)
  })

  it('refuses one character more, saying how long it may be', () => {
    const slugResult = slug.safeParse(`${longestSlug}a`)
    expect(slugResult.error?.issues[0]?.message).toBe(
      `must be at most ${String(identifierMaxLength)} characters`,
    )
    expect(code.safeParse(`${longestCode}A`).error?.issues[0]?.message).toBe(
      `must be at most ${String(identifierMaxLength)} characters`,
    )
    expect(() => assertSlug(`${longestSlug}a`)).toThrow(/at most 100 characters/)
    expect(() => normaliseCode(`${longestCode}A`)).toThrow(/at most 100 characters/)
  })
})
