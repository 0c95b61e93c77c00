/**
 * The one statistic formatter (shared/src/statistic.ts), read by the site's pages, the findings
 * table and its JSON, and the share cards: qualifier words of the shared strings, percentages on
 * the study's 0–100 scale, ranges in the locale's own form, Latin digits in Arabic.
 */
import { describe, expect, it } from 'vitest'
import { cardHtml } from '@mahjar/publish/outputs/share-card'
import { statisticQualifiers } from '@mahjar/shared/schemas/findings'
import { formatStatisticValue, statisticText, type Statistic } from '@mahjar/shared/statistic'

type Figure = Pick<Statistic, 'value' | 'valueMax' | 'unit' | 'base' | 'qualifier'>

const lobbying: Figure = { value: 90, unit: 'percent', base: 104, qualifier: 'more-than' }

/** The text without the direction marks ICU puts around the Arabic percent sign, nor spaces. */
const bare = (text: string) => text.replace(/[\u200e\u200f\u061c\s]/g, '')

describe('statistic text', () => {
  it('reads a qualified percentage with its base in English', () => {
    expect(statisticText(lobbying, 'en')).toEqual({
      qualifier: 'more than',
      figure: '90%',
      base: 'n = 104',
    })
  })

  it('reads it in Arabic: the qualifier in Arabic, the figure in Latin digits', () => {
    const ar = statisticText(lobbying, 'ar')
    expect(ar.qualifier).toBe('أكثر من')
    expect(ar.figure).toMatch(/^90\D*%\D*$/)
    expect(bare(ar.figure)).toBe('90%')
    expect(ar.base).toBe('n = 104')
  })

  it.each([
    ['more-than', 'أكثر من', 'more than'],
    ['less-than', 'أقل من', 'less than'],
    ['about', 'نحو', 'about'],
    ['at-least', 'على الأقل', 'at least'],
    ['up-to', 'حتى', 'up to'],
  ] as const)('words the qualifier %s «%s» / "%s"', (qualifier, ar, en) => {
    expect(statisticText({ ...lobbying, qualifier }, 'ar').qualifier).toBe(ar)
    expect(statisticText({ ...lobbying, qualifier }, 'en').qualifier).toBe(en)
  })

  it('words every qualifier of the schema', () => {
    for (const qualifier of statisticQualifiers) {
      for (const lang of ['ar', 'en'] as const) {
        expect(statisticText({ ...lobbying, qualifier }, lang).qualifier).toMatch(/\S/)
      }
    }
  })

  it('leaves out the qualifier and the base when the figure has none', () => {
    expect(statisticText({ value: 3, unit: 'count' }, 'en')).toEqual({
      qualifier: undefined,
      figure: '3',
      base: undefined,
    })
  })

  it('writes counts with grouping and at most one decimal, Latin digits in both languages', () => {
    const count: Figure = { value: 176000, unit: 'count', base: 1520, qualifier: 'at-least' }
    expect(statisticText(count, 'en')).toEqual({
      qualifier: 'at least',
      figure: '176,000',
      base: 'n = 1,520',
    })
    const ar = statisticText(count, 'ar')
    expect(ar.figure).toMatch(/^176.000$/)
    expect(ar.base).toMatch(/^n = 1.520$/)
    expect(formatStatisticValue('en', 'count', 1234.56)).toBe('1,234.6')
  })

  it('writes a percentage on the 0–100 scale, decimals kept', () => {
    expect(formatStatisticValue('en', 'percent', 12.5)).toBe('12.5%')
    expect(bare(formatStatisticValue('ar', 'percent', 12.5))).toBe('12.5%')
    expect(formatStatisticValue('en', 'percent', 62)).toBe('62%')
  })

  it('reads a range as one figure, percent or count', () => {
    const percent: Figure = { value: 15, valueMax: 20, unit: 'percent', qualifier: 'about' }
    expect(statisticText(percent, 'en').figure).toMatch(/^15%?\s?–\s?20%$/)
    expect(bare(statisticText(percent, 'ar').figure)).toMatch(/^15%?–20%$/)
    expect(statisticText(percent, 'ar').qualifier).toBe('نحو')
    const count: Figure = { value: 1500, valueMax: 2000, unit: 'count' }
    expect(statisticText(count, 'en').figure).toBe('1,500–2,000')
    expect(bare(statisticText(count, 'ar').figure)).toMatch(/^1.500–2.000$/)
  })

  it('never writes Arabic-Indic digits (the site uses Latin digits in Arabic)', () => {
    const figures: Figure[] = [
      lobbying,
      { value: 15, valueMax: 20, unit: 'percent' },
      { value: 176000, unit: 'count', base: 1520 },
    ]
    for (const figure of figures) {
      const { qualifier, ...text } = statisticText(figure, 'ar')
      expect(Object.values(text).join(' '), qualifier).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/)
      expect(Object.values(text).join(' ')).toMatch(/[0-9]/)
    }
  })
})

describe('the share card states the statistic as the site does', () => {
  const report = {
    slug: 'activism-in-exile',
    title: { ar: 'الناشطية في المنفى', en: 'Activism in Exile' },
    publisher: { ar: 'هيومينا', en: 'HuMENA' },
    publishedOn: '2020-01-01',
    updatedAt: '2026-11-21T10:00:00.000Z',
  }
  const finding = {
    code: 'AIE-F04',
    statement: { ar: 'نص', en: 'Statement' },
    statistic: {
      value: 15,
      valueMax: 20,
      unit: 'percent' as const,
      qualifier: 'about' as const,
      base: 104,
      breakdown: [],
    },
  }

  it.each(['ar', 'en'] as const)('in %s', (lang) => {
    const html = cardHtml({ finding, report, lang, host: 'mahjar.example' })
    const text = statisticText(finding.statistic, lang)
    expect(html).toContain(
      `<p class="figure"><span class="qualifier">${text.qualifier}</span> <bdi>${text.figure}</bdi> <span class="base" dir="ltr">${text.base}</span></p>`,
    )
  })
})
