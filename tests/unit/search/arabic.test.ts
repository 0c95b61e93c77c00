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
import { pluralPairs, singularOf } from '@mahjar/shared/arabic-plurals'

/** A bare word as readers attach it: alone, after و ف ب ل, with the article, and stacked. */
const proclitics = ['', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'فال', 'بال', 'لل', 'ولل', 'وب']

/**
 * Whether the normaliser separates these proclitics from the word: after one-letter proclitics
 * only (و ف ب ل) a stem keeps three letters, so بحق stays بحق while بالحق is بال + حق.
 */
function attachable(proclitics: string, word: string): boolean {
  return (
    word.length >= 3 || proclitics === '' || proclitics.includes('ال') || proclitics.endsWith('لل')
  )
}

/** The highlighted words of a text for a query. */
function marked(text: string, query: string): string[] {
  return highlight(text, query)
    .filter((s) => s.match)
    .map((s) => s.text)
}

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

  it('marks the word typed and its variants, never a word that only shares its stem', () => {
    const text = 'في البلد الأصلي والأصلية، لا الإصلاح ولا الاصطلاح.'
    expect(marked(text, 'الاصلي')).toEqual(['الأصلي', 'والأصلية'])
    expect(marked(text, 'الأصلي')).toEqual(['الأصلي', 'والأصلية'])
    expect(marked('برامج الإصلاح', 'اصلاح')).toEqual(['الإصلاح'])
  })

  it('marks a word still being typed by its beginning', () => {
    expect(marked('المنظمات والمانحين', 'المنظ')).toEqual(['المنظمات'])
  })

  it('returns the text unmarked for an empty query', () => {
    expect(highlight('الشتات', '  ')).toEqual([{ text: 'الشتات', match: false }])
  })
})

describe('Arabic broken plurals in search', () => {
  it.each([
    ['النشطاء', 'ناشط'],
    ['للنشطاء', 'الناشط'],
    ['الناشط', 'النشطاء'],
    ['ناشط', 'ونشطاء'],
    ['وحقوق الإنسان', 'حق'],
    ['الحق', 'بالحقوق'],
    ['الدول المضيفة', 'دولة'],
    ['الدولة', 'ودول'],
    ['بالقضايا', 'قضية'],
    ['قضيتنا قضية', 'القضايا'],
    ['للأفراد', 'فرد'],
    ['ولا تسمّي أفرادًا', 'الفرد'],
    ['البرامج', 'برنامج'],
    ['الوسائل', 'بوسيلة'],
    ['الوسيلة', 'بالوسائل'],
    ['الرجال والنساء', 'المرأة'],
    ['المرأة', 'نساء'],
    ['الأطفال', 'طفل'],
  ])('finds the text %s with the query %s (singular and broken plural)', (text, query) => {
    expect(finds(text, query)).toBe(true)
  })

  it('reduces a broken plural, with any proclitics, to its singular on the query side', () => {
    for (const written of ['نشطاء', 'النشطاء', 'للنشطاء', 'والنشطاء', 'بالنشطاء']) {
      expect(canonicalWord(normaliseWord(written))).toBe('ناشط')
    }
    expect(normaliseQuery('حقوق الأطفال')).toBe('حق طفل')
  })

  it('indexes a broken plural under its singular as well', () => {
    expect(indexVariants('النشطاء')).toEqual(expect.arrayContaining(['النشطاء', 'نشطاء', 'ناشط']))
    expect(variantsOnly('دافع النشطاء عن الحقوق').split(' ')).toEqual(
      expect.arrayContaining(['ناشط', 'حق']),
    )
  })

  it('joins every pair of the lexicon, however either word is attached', () => {
    const failures: string[] = []
    for (const [plural, singular] of pluralPairs()) {
      const written = [plural, singular].flatMap((word) =>
        proclitics.filter((p) => attachable(p, word)).map((p) => p + word),
      )
      for (const query of written) {
        const canonical = canonicalWord(normaliseWord(query))
        for (const text of written) {
          if (!indexVariants(text).includes(canonical)) failures.push(`${query} ⇏ ${text}`)
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('keeps the lexicon normalised, one level deep, and free of proclitic look-alikes', () => {
    const problems = pluralPairs().flatMap(([plural, singular]) => [
      ...[plural, singular]
        .filter((w) => normaliseWord(w) !== w || !/^[\u0621-\u064A]+$/u.test(w))
        .map((w) => `${w} is not a normalised Arabic word`),
      ...(plural === singular ? [`${plural} is its own singular`] : []),
      ...(singularOf(singular) !== undefined ? [`the singular ${singular} is a plural too`] : []),
      ...(prefixVariants(singular).some((v) => singularOf(v) !== undefined)
        ? [`the singular ${singular} reads as a plural without a proclitic`]
        : []),
    ])
    expect(problems).toEqual([])
  })

  it('leaves out plurals whose spelling is also another common word', () => {
    expect(canonicalWord(normaliseWord('الأمم'))).toBe('امم')
    expect(canonicalWord(normaliseWord('إحداث'))).toBe('احداث')
    expect(canonicalWord(normaliseWord('إعداد'))).toBe('اعداد')
    expect(finds('الحقيقة', 'حقوق')).toBe(false)
  })

  it('highlights the broken plural in a shown text for a singular query, and the reverse', () => {
    const text = 'دافع النشطاء عن حقوقهم وحقوق الناشطة والحق في الحقيقة.'
    expect(marked(text, 'ناشط')).toEqual(['النشطاء', 'الناشطة'])
    expect(marked(text, 'للنشطاء')).toEqual(['النشطاء', 'الناشطة'])
    expect(marked(text, 'حق')).toEqual(['حقوقهم', 'وحقوق', 'والحق'])
    expect(marked(text, 'الحقوق')).toEqual(['حقوقهم', 'وحقوق', 'والحق'])
    expect(
      highlight(text, 'ناشط')
        .map((s) => s.text)
        .join(''),
    ).toBe(text)
  })
})
