import { describe, expect, it } from 'vitest'
import { useTranslations } from '@mahjar/shared/i18n'
import { layoutBars, chartWidth } from '@mahjar/site/lib/chart'
import { excerpt, fitTitle, pick } from '@mahjar/site/lib/localized'
import { shareLinks } from '@mahjar/site/lib/share'
import { statisticText } from '@mahjar/site/lib/statistic'

describe('picking a localized field', () => {
  it('takes the page language when it exists', () => {
    expect(pick({ ar: 'نص', en: 'text' }, 'ar')).toEqual({
      text: 'نص',
      lang: 'ar',
      fallback: false,
    })
  })

  it('falls back to the other language and says so', () => {
    expect(pick({ ar: 'نص' }, 'en')).toEqual({ text: 'نص', lang: 'ar', fallback: true })
    expect(pick({ en: 'text' }, 'ar')).toEqual({ text: 'text', lang: 'en', fallback: true })
  })

  it('gives nothing for a missing field', () => {
    expect(pick(undefined, 'ar')).toBeUndefined()
  })
})

describe('titles and excerpts', () => {
  it('keeps a <title> within 70 characters, site name included, in Arabic and English', () => {
    const arabic = fitTitle(
      'يرى معظم النشطاء أن التمويل هو العائق الأكبر أمام عملهم في بلدان المهجر كلها',
      ' · مهجر',
    )
    expect(arabic.length).toBeLessThanOrEqual(70)
    expect(arabic.endsWith('… · مهجر')).toBe(true)
    expect(fitTitle('About', ' · Mahjar')).toBe('About · Mahjar')
  })

  it('flattens Markdown and cuts at a word boundary', () => {
    expect(excerpt('**Bold** words _and_ more words here', 20)).toBe('Bold words and more…')
  })
})

describe('statistics', () => {
  it('reads a qualified percentage with its base in Arabic and English', () => {
    const statistic = {
      value: 90,
      unit: 'percent' as const,
      base: 104,
      qualifier: 'more-than' as const,
      breakdown: [],
    }
    expect(statisticText(statistic, 'en', useTranslations('en'))).toEqual({
      qualifier: 'more than',
      figure: '90%',
      base: 'n = 104',
    })
    const ar = statisticText(statistic, 'ar', useTranslations('ar'))
    expect(ar.qualifier).toBe('أكثر من')
    expect(ar.figure).toMatch(/^90\D*%\D*$/)
    expect(ar.base).toBe('n = 104')
  })

  it('reads a range as one figure', () => {
    const range = { value: 15, valueMax: 20, unit: 'percent' as const, breakdown: [] }
    expect(statisticText(range, 'en', useTranslations('en')).figure).toMatch(/^15%?\s?–\s?20%$/)
  })
})

describe('the breakdown chart geometry', () => {
  const parts = [
    { label: 'a', value: 50, display: '50%' },
    { label: 'b', value: 25, display: '25%' },
  ]

  it('grows bars from the left in English', () => {
    const { bars } = layoutBars(parts, 'ltr', 100)
    expect(bars.map((b) => b.barX)).toEqual([0, 0])
    expect(bars[0]?.barWidth).toBeCloseTo((bars[1]?.barWidth ?? 0) * 2)
  })

  it('grows bars from the right in Arabic, labels anchored on the right edge', () => {
    const { bars } = layoutBars(parts, 'rtl', 100)
    for (const bar of bars) {
      expect(bar.barX + bar.barWidth).toBeCloseTo(chartWidth)
      expect(bar.labelX).toBe(chartWidth)
      expect(bar.valueX).toBeLessThan(bar.barX)
    }
  })
})

describe('campaign share links', () => {
  it('carry the hashtag and the page URL', () => {
    const links = shareLinks({
      text: 'المهجر يستطيع',
      url: 'https://mahjar.example/ar/campaigns/almahjar-can/2021/',
      hashtag: '#AlMahjarCan_21',
    })
    expect(new URL(links.x).searchParams.get('hashtags')).toBe('AlMahjarCan_21')
    expect(new URL(links.x).searchParams.get('url')).toBe(
      'https://mahjar.example/ar/campaigns/almahjar-can/2021/',
    )
    expect(new URL(links.facebook).searchParams.get('hashtag')).toBe('#AlMahjarCan_21')
    expect(decodeURIComponent(links.email)).toContain('المهجر يستطيع #AlMahjarCan_21')
  })
})
