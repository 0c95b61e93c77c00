import { describe, expect, it } from 'vitest'
import {
  canonicalWord,
  highlight,
  indexVariants,
  normaliseQuery,
  normaliseText,
  normaliseWord,
  prefixVariants,
  tokenise,
  variantsOnly,
} from '@mahjar/shared/arabic'

/**
 * What a query finds in a text indexed as the search index holds it (the words as written plus
 * their other forms), comparing whole words as Pagefind does before its own stemming.
 */
function finds(text: string, query: string): boolean {
  const indexed = new Set(`${normaliseText(text)} ${variantsOnly(text)}`.split(' '))
  return normaliseQuery(query)
    .split(' ')
    .every((word) => indexed.has(word))
}

describe('Arabic search normalisation', () => {
  it('removes diacritics and tatweel', () => {
    expect(normaliseWord('المُنَظَّمَاتُ')).toBe('المنظمات')
    expect(normaliseWord('الشـــتات')).toBe('الشتات')
  })

  it('folds hamza forms, taa marbuta and alef maqsura', () => {
    expect(normaliseWord('أإآٱ')).toBe('اااا')
    expect(normaliseWord('مسؤول')).toBe(normaliseWord('مسئول'))
    expect(normaliseWord('المدرسة')).toBe(normaliseWord('المدرسه'))
    expect(normaliseWord('مستوى')).toBe(normaliseWord('مستوي'))
  })

  it('writes Arabic-Indic digits as Latin digits and lowercases Latin letters', () => {
    expect(normaliseWord('١٠٤')).toBe('104')
    expect(normaliseWord('Donors Café')).toBe('donors cafe')
  })

  it('lists the forms of a word without its proclitics', () => {
    expect(prefixVariants('والشتات').sort()).toEqual(['الشتات', 'شتات'].sort())
    expect(prefixVariants('للشتات')).toContain('شتات')
    expect(prefixVariants('بالمنفي')).toContain('منفي')
    expect(prefixVariants('وللمانحين')).toContain('مانحين')
    expect(prefixVariants('فالحكومات')).toContain('حكومات')
  })

  it('keeps short words whose first letter only looks like a proclitic', () => {
    expect(prefixVariants('وطن')).toEqual([])
    expect(canonicalWord('بلد')).toBe('بلد')
    expect(prefixVariants('donors')).toEqual([])
  })

  it.each([
    ['والشتات', 'الشتات'],
    ['الشتات', 'والشتات'],
    ['للشتات', 'شتات'],
    ['شتات', 'وبالشتات'],
    ['اللاجئين', 'لاجئين'],
    ['للاجئين', 'اللاجئين'],
    ['لاجئين', 'للاجئين'],
    ['المنظّمات', 'والمنظمات'],
    ['الأمم المتحدة', 'الامم المتحده'],
    ['مُسْتَوى', 'مستوي'],
    ['الحـقوق', 'حقوق'],
  ])('finds the text %s with the query %s', (text, query) => {
    expect(finds(text, query)).toBe(true)
  })

  it('does not find a different word', () => {
    expect(finds('الشتات', 'المنفى')).toBe(false)
    expect(finds('وطن', 'طن')).toBe(false)
  })

  it('indexes the word as written (normalised) beside its variants', () => {
    expect(indexVariants('والشتات')).toEqual(expect.arrayContaining(['والشتات', 'الشتات', 'شتات']))
  })

  it('keeps word positions so highlights use the original text', () => {
    const text = 'دعم «المانحين» والمنظمات'
    const tokens = tokenise(text)
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['دعم', 'المانحين', 'والمنظمات'])
  })

  it('highlights the original spelling of every word a query matches', () => {
    const text = 'على المانحين دعمُ المنظَّمات والمنظمات في الشتات.'
    const marked = highlight(text, 'منظمات')
      .filter((s) => s.match)
      .map((s) => s.text)
    expect(marked).toEqual(['المنظَّمات', 'والمنظمات'])
    expect(
      highlight(text, 'منظمات')
        .map((s) => s.text)
        .join(''),
    ).toBe(text)
  })

  it('highlights English words by their stem and keeps the rest of the text', () => {
    const segments = highlight('Donors should fund diaspora organisations.', 'donor')
    expect(segments[0]).toEqual({ text: 'Donors', match: true })
    expect(segments.map((s) => s.text).join('')).toBe('Donors should fund diaspora organisations.')
  })

  it('returns the text unmarked for an empty query', () => {
    expect(highlight('الشتات', '  ')).toEqual([{ text: 'الشتات', match: false }])
  })
})
