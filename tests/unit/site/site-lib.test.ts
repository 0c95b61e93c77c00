import { describe, expect, it } from 'vitest'
import { layoutStackedBars, wrapLabel } from '@mahjar/site/lib/chart'
import { campaignsOf, isCurrentEdition } from '@mahjar/site/lib/editions'
import { snapshotDay } from '@mahjar/shared/site-data'
import { followUpFeed, followUpFeedSize } from '@mahjar/site/lib/follow-up-feed'
import { excerpt, fitTitle, localizedExcerpt, markdownExcerpt } from '@mahjar/site/lib/localized'
import { pageCount, pageItems, pageParams } from '@mahjar/shared/paging'
import { shareLinks } from '@mahjar/site/lib/share'

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
    expect(markdownExcerpt('**Bold** words _and_ more words here', 20)).toBe('Bold words and more…')
    expect(markdownExcerpt('## النتائج\nبـ[«سفّرني»](https://example.org/) نقطة', 40)).toBe(
      'النتائج بـ«سفّرني» نقطة',
    )
  })

  it('keeps a plain text as written: a hashtag keeps its # and _', () => {
    expect(excerpt('Add #AlMahjarCan_21   to your posts.')).toBe(
      'Add #AlMahjarCan_21 to your posts.',
    )
  })
})

describe('the breakdown chart geometry', () => {
  const parts = [
    { label: 'a', labelDir: 'ltr' as const, value: 50, display: '50%' },
    { label: 'b', labelDir: 'ltr' as const, value: 25, display: '25%' },
  ].map((part) => ({
    ...part,
    segments: [{ key: 'value', value: part.value, display: part.display }],
    total: part.display,
  }))

  it('grows bars from the left in English, on a scale of 100 for percentages', () => {
    const { rows, width } = layoutStackedBars(parts, 'ltr', 100)
    const [a, b] = rows.map((row) => row.segments[0])
    expect([a?.x, b?.x]).toEqual([0, 0])
    expect(a?.width).toBeCloseTo((b?.width ?? 0) * 2)
    // Half of the scale, not the whole track: the largest part is 50%.
    expect(a?.width).toBeLessThan(width / 2)
  })

  it('grows bars from the right in Arabic, labels anchored on the right edge', () => {
    const { rows, width } = layoutStackedBars(parts, 'rtl', 100)
    for (const row of rows) {
      const [bar] = row.segments
      expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeCloseTo(width)
      expect(row.labelX).toBe(width)
      expect(row.totalX).toBeLessThan(bar?.x ?? 0)
    }
  })

  it('widens the gutter for a long value so that it stays inside the drawing', () => {
    const long = [
      {
        ...parts[0],
        total: '1,234,567',
        label: 'a',
        labelDir: 'ltr' as const,
        segments: [{ key: 'value', value: 1234567, display: '1,234,567' }],
      },
    ]
    const [row] = layoutStackedBars(long, 'ltr').rows
    expect((row?.totalX ?? 0) + '1,234,567'.length * 9).toBeLessThanOrEqual(360)
  })
})

describe('the current campaign', () => {
  const today = snapshotDay([
    { updatedAt: '2026-11-20T09:00:00.000Z' },
    { updatedAt: '2026-11-21T23:59:00.000Z' },
    { updatedAt: '2025-01-01T00:00:00.000Z' },
  ])

  it('takes the snapshot’s newest update as the build’s today', () => {
    expect(today).toBe('2026-11-21')
  })

  it('is an edition still running or to come, its last day included; a past one is not', () => {
    expect(isCurrentEdition({ endDate: '2026-12-31' }, today)).toBe(true)
    expect(isCurrentEdition({ endDate: '2026-11-21' }, today)).toBe(true)
    expect(isCurrentEdition({ endDate: '2026-11-20' }, today)).toBe(false)
    expect(isCurrentEdition({ endDate: '2021-01-25' }, today)).toBe(false)
  })
})

describe('the campaigns of the editions', () => {
  it('groups editions by campaign, newest first, campaigns by their newest edition', () => {
    const editions = [
      { campaign: 'almahjar-can', year: 2021 },
      { campaign: 'voices', year: 2022 },
      { campaign: 'almahjar-can', year: 2023 },
      { campaign: 'archive', year: 2019 },
      { campaign: 'echo', year: 2023 },
    ]
    expect(
      campaignsOf(editions).map((c) => `${c.slug}: ${c.editions.map((e) => e.year).join(' ')}`),
    ).toEqual(['almahjar-can: 2023 2021', 'echo: 2023', 'voices: 2022', 'archive: 2019'])
    expect(editions[0]?.year).toBe(2021)
  })

  it('has no campaign without editions', () => {
    expect(campaignsOf([])).toEqual([])
  })
})

describe('paginated lists', () => {
  it('count pages, one at least, so an empty list still has its page', () => {
    expect(pageCount(0, 200)).toBe(1)
    expect(pageCount(200, 200)).toBe(1)
    expect(pageCount(201, 200)).toBe(2)
    expect(pageCount(10_000, 100)).toBe(100)
  })

  it('slice each page and give page 1 no segment of its own', () => {
    const items = Array.from({ length: 5 }, (_, i) => i + 1)
    expect(pageItems(items, 1, 2)).toEqual([1, 2])
    expect(pageItems(items, 3, 2)).toEqual([5])
    expect(pageParams(5, 2)).toEqual([
      { page: undefined, number: 1 },
      { page: '2', number: 2 },
      { page: '3', number: 3 },
    ])
    expect(pageParams(0, 2)).toEqual([{ page: undefined, number: 1 }])
  })
})

describe('localized excerpts for lists', () => {
  it('cuts each language at a word boundary and keeps a missing language missing', () => {
    const long = `${'word '.repeat(80)}end`
    const cut = localizedExcerpt({ en: long }, 40)
    expect(cut?.en?.endsWith('…')).toBe(true)
    expect(cut?.en?.length).toBeLessThanOrEqual(41)
    expect(cut).not.toHaveProperty('ar')
    expect(localizedExcerpt({ ar: '**نص** قصير', en: 'short' })).toEqual({
      ar: 'نص قصير',
      en: 'short',
    })
    expect(localizedExcerpt(undefined)).toBeUndefined()
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

describe('the follow-up stacked bar geometry', () => {
  const rows = [
    {
      label: 'Donors, international NGOs and governments of host countries',
      labelDir: 'ltr' as const,
      segments: [
        { key: 'noted', value: 1, display: '1' },
        { key: 'none', value: 0, display: '0' },
        { key: 'implemented', value: 3, display: '3' },
      ],
      total: '4',
    },
    {
      label: 'Funding',
      labelDir: 'ltr' as const,
      segments: [{ key: 'noted', value: 2, display: '2' }],
      total: '2',
    },
  ]

  it('wraps a long label onto lines above its bar, and draws no empty segment', () => {
    expect(wrapLabel('a bb ccc dddd', 6)).toEqual(['a bb', 'ccc', 'dddd'])
    const [first] = layoutStackedBars(rows, 'ltr').rows
    expect(first?.lines.length).toBe(2)
    expect(first?.segments.map((s) => s.key)).toEqual(['noted', 'implemented'])
    expect(first?.segments[0]?.y).toBeGreaterThan(first?.lineYs[1] ?? Infinity)
  })

  it('stacks from the left in English and from the right in Arabic, on one scale', () => {
    const ltr = layoutStackedBars(rows, 'ltr')
    const rtl = layoutStackedBars(rows, 'rtl')
    const [a, b] = ltr.rows[0]?.segments ?? []
    expect(a?.x).toBe(0)
    expect(b?.x).toBeCloseTo(a?.width ?? 0, 6)
    expect(ltr.rows[1]?.segments[0]?.width).toBeCloseTo(((a?.width ?? 0) + (b?.width ?? 0)) / 2, 6)
    const [r] = rtl.rows[0]?.segments ?? []
    expect((r?.x ?? 0) + (r?.width ?? 0)).toBeCloseTo(rtl.width, 6)
    expect(rtl.rows[0]?.labelX).toBe(rtl.width)
    expect(rtl.rows[0]?.totalAnchor).toBe('end')
  })
})

describe('the follow-up feed', () => {
  const entry = (date: string, statement: { ar?: string; en?: string }) => ({
    date,
    audience: 'donors',
    kind: 'response' as const,
    status: 'noted' as const,
    statement,
    sources: [],
    findings: [],
  })
  const site = (followUp: ReturnType<typeof entry>[]) => [{ code: 'AIE-A1', followUp }]

  it('marks an untranslated statement with its own language', () => {
    const xml = followUpFeed(site([entry('2026-01-02', { ar: 'نص عربي فقط' })]), 'en')
    expect(xml).toContain('<title>AIE-A1: Noted</title>')
    expect(xml).toContain('<summary xml:lang="ar">نص عربي فقط</summary>')
  })

  it(`carries the newest ${String(followUpFeedSize)} entries, newest first`, () => {
    const many = Array.from({ length: followUpFeedSize + 20 }, (_, i) =>
      entry(new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10), { en: `e${String(i)}` }),
    )
    const xml = followUpFeed(site(many), 'en')
    const dates = [...xml.matchAll(/<updated>([^<]+)<\/updated>/g)].map((m) => m[1] ?? '')
    expect(dates.length).toBe(followUpFeedSize + 1)
    expect(dates[0]).toBe(dates[1])
    expect(dates.slice(1)).toEqual([...dates.slice(1)].sort().reverse())
    expect(xml).not.toContain('<summary>e0</summary>')
  })
})
