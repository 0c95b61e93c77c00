import { describe, expect, it } from 'vitest'
import { absoluteUrl, documentPath, pagedPath, urls } from '@mahjar/shared/urls'
import { UnsafeIdentifierError } from '@mahjar/shared/identifiers'
import { campaignSlug, campaignYear, reportSlug } from '../../helpers/constants.ts'

describe('public URL builders', () => {
  it.each(['ar', 'en'] as const)('prefix every page with the locale (%s)', (lang) => {
    expect(urls.home(lang)).toBe(`/${lang}/`)
    expect(urls.report(lang, reportSlug)).toBe(`/${lang}/reports/${reportSlug}/`)
    expect(urls.recommendations(lang)).toBe(`/${lang}/recommendations/`)
    expect(urls.practices(lang)).toBe(`/${lang}/practices/`)
    expect(urls.practice(lang, 'kampala-for-all')).toBe(`/${lang}/practices/kampala-for-all/`)
    expect(urls.story(lang, 'living-together')).toBe(`/${lang}/stories/living-together/`)
    expect(urls.campaignEdition(lang, campaignSlug, campaignYear)).toBe(
      `/${lang}/campaigns/${campaignSlug}/${campaignYear}/`,
    )
    expect(urls.page(lang, 'about')).toBe(`/${lang}/about/`)
    expect(urls.search(lang)).toBe(`/${lang}/search/`)
  })

  it.each(['ar', 'en'] as const)('has a browse page for every kind of content (%s)', (lang) => {
    expect(urls.reports(lang)).toBe(`/${lang}/reports/`)
    expect(urls.findings(lang)).toBe(`/${lang}/findings/`)
    expect(urls.stories(lang)).toBe(`/${lang}/stories/`)
    expect(urls.campaigns(lang)).toBe(`/${lang}/campaigns/`)
    expect(urls.campaign(lang, campaignSlug)).toBe(`/${lang}/campaigns/${campaignSlug}/`)
    expect(urls.campaignEdition(lang, campaignSlug, campaignYear)).toBe(
      `${urls.campaign(lang, campaignSlug)}${String(campaignYear)}/`,
    )
  })

  it('numbers the pages of a paginated list after the first, which keeps the list URL', () => {
    expect(pagedPath(urls.findings('ar'))).toBe('/ar/findings/')
    expect(pagedPath(urls.findings('ar'), 1)).toBe('/ar/findings/')
    expect(pagedPath(urls.findings('en'), 3)).toBe('/en/findings/3/')
    for (const page of [0, -1, 1.5, Number.NaN]) {
      expect(() => pagedPath(urls.findings('en'), page)).toThrow(UnsafeIdentifierError)
    }
  })

  it('puts finding and recommendation codes in URLs in lowercase', () => {
    expect(urls.finding('ar', 'AIE-F03')).toBe('/ar/findings/aie-f03/')
    expect(urls.recommendation('en', 'AIE-B1-11')).toBe('/en/recommendations/aie-b1-11/')
    expect(urls.finding('en', 'aie-f03')).toBe('/en/findings/aie-f03/')
  })

  it('encodes an Arabic search query so the URL can be shared', () => {
    const url = urls.search('ar', 'المانحين')
    expect(url.startsWith('/ar/search/?q=')).toBe(true)
    expect(new URL(url, 'https://example.org').searchParams.get('q')).toBe('المانحين')
  })

  it('builds language-neutral open data paths', () => {
    expect(urls.dataFile('findings', 'json')).toBe('/data/findings.json')
    expect(urls.dataFile('campaign-editions', 'csv')).toBe('/data/campaign-editions.csv')
    expect(urls.findingsByData('country', 'sy', 'csv')).toBe('/data/findings/country/sy.csv')
  })

  it('names the open data schema, its readme and the sitemap at fixed root paths', () => {
    expect(urls.dataSchema()).toBe('/data/schema.json')
    expect(urls.dataReadme()).toBe('/data/README.md')
    expect(urls.sitemap()).toBe('/sitemap.xml')
  })

  it.each([
    ['ar', '/cite/findings/aie-f04.ar.bib', '/cite/recommendations/aie-b1-11.ar.ris'],
    ['en', '/cite/findings/aie-f04.en.bib', '/cite/recommendations/aie-b1-11.en.ris'],
  ] as const)('puts citation downloads under /cite/ per language (%s)', (lang, finding, rec) => {
    expect(urls.citationFile('finding', 'AIE-F04', lang, 'bibtex')).toBe(finding)
    expect(urls.citationFile('recommendation', 'AIE-B1-11', lang, 'ris')).toBe(rec)
    expect(urls.citationFile('report', reportSlug, lang, 'csl')).toBe(
      `/cite/reports/${reportSlug}.${lang}.csl.json`,
    )
  })

  it.each([
    ['ar', '/cards/findings/aie-f04.ar.png'],
    ['en', '/cards/findings/aie-f04.en.png'],
  ] as const)('puts a finding’s share card under /cards/ per language (%s)', (lang, card) => {
    expect(urls.shareCard('AIE-F04', lang)).toBe(card)
    expect(urls.shareCard('aie-f04', lang)).toBe(card)
  })

  it('gives findings and recommendations language-neutral short links in lowercase', () => {
    expect(urls.shortLink('finding', 'AIE-F04')).toBe('/f/aie-f04/')
    expect(urls.shortLink('recommendation', 'AIE-B1-11')).toBe('/r/aie-b1-11/')
    expect(urls.shortLink('recommendation', 'aie-a1')).toBe('/r/aie-a1/')
  })

  it.each(['ar', 'en'] as const)(
    'filters the findings table by report, theme, country (%s)',
    (lang) => {
      expect(urls.findingsBy(lang, 'report', reportSlug)).toBe(
        `/${lang}/findings/report/${reportSlug}/`,
      )
      expect(urls.findingsBy(lang, 'theme', 'funding')).toBe(`/${lang}/findings/theme/funding/`)
      expect(urls.findingsTableData(lang)).toBe(`/${lang}/findings/table.json`)
    },
  )

  it.each(['ar', 'en'] as const)('sorts the findings table by a column (%s)', (lang) => {
    expect(urls.findingsSorted(lang, 'figure', 'asc')).toBe(`/${lang}/findings/sorted/figure/asc/`)
    expect(pagedPath(urls.findingsSorted(lang, 'report', 'desc'), 2)).toBe(
      `/${lang}/findings/sorted/report/desc/2/`,
    )
  })

  it.each([
    ['path traversal', () => urls.report('ar', '../admin')],
    ['a slash', () => urls.practice('en', 'a/b')],
    ['upper case slug', () => urls.story('en', 'Living-Together')],
    ['spaces', () => urls.report('en', 'activism in exile')],
    ['markup', () => urls.finding('en', '<script>')],
    ['an empty code', () => urls.finding('ar', '')],
    ['a code with a dot', () => urls.recommendation('ar', 'AIE-A.1')],
    ['a code without a prefix', () => urls.finding('ar', 'F03')],
    ['a non-ASCII code', () => urls.finding('ar', 'AIE-F٣')],
    ['an unknown locale', () => urls.home('fr' as 'ar')],
    ['a locale in upper case', () => urls.home('AR' as 'ar')],
    ['a non-integer year', () => urls.campaignEdition('ar', campaignSlug, 2021.5)],
    ['a campaign slug with a slash', () => urls.campaign('ar', 'a/../b')],
    ['an unknown page', () => urls.page('en', 'admin' as 'about')],
    ['an unknown data file', () => urls.dataFile('users' as 'findings', 'json')],
    ['an unknown data format', () => urls.dataFile('findings', 'xml' as 'json')],
    ['an unknown findings filter', () => urls.findingsBy('en', 'year' as 'theme', '2024')],
    ['a country code in upper case', () => urls.findingsBy('en', 'country', 'SY')],
    ['an unknown sort column', () => urls.findingsSorted('en', 'base' as 'code', 'asc')],
    ['an unknown sort order', () => urls.findingsSorted('en', 'code', 'up' as 'asc')],
    ['a filter key with a slash', () => urls.findingsByData('theme', 'a/../b', 'json')],
    ['an unknown citable kind', () => urls.citationFile('story' as 'report', 'x', 'en', 'ris')],
    ['an unknown citation format', () => urls.citationFile('report', 'x', 'en', 'pdf' as 'ris')],
    [
      'a citation in an unknown locale',
      () => urls.citationFile('report', 'x', 'fr' as 'en', 'ris'),
    ],
    ['a citation key with a slash', () => urls.citationFile('report', '../x', 'en', 'ris')],
    ['a share card code with a slash', () => urls.shareCard('AIE-F04/../x', 'ar')],
    ['an unknown short link kind', () => urls.shortLink('story' as 'finding', 'AIE-F04')],
    ['a short link code without a prefix', () => urls.shortLink('finding', 'F04')],
  ])('rejects unsafe input: %s', (_name, build) => {
    expect(build).toThrow(UnsafeIdentifierError)
  })

  it('joins a site origin and a path, refusing protocol-relative paths', () => {
    expect(absoluteUrl('https://mahjar.example', urls.finding('ar', 'AIE-F03'))).toBe(
      'https://mahjar.example/ar/findings/aie-f03/',
    )
    expect(() => absoluteUrl('https://mahjar.example', '//evil.example/')).toThrow(
      UnsafeIdentifierError,
    )
  })

  it.each(['ar', 'en'] as const)(
    'gives each kind of document its permalink from its key fields (%s)',
    (lang) => {
      expect(documentPath('findings', { code: 'AIE-F03' }, lang)).toBe(`/${lang}/findings/aie-f03/`)
      expect(documentPath('recommendations', { code: 'AIE-A1' }, lang)).toBe(
        `/${lang}/recommendations/aie-a1/`,
      )
      expect(documentPath('reports', { slug: reportSlug }, lang)).toBe(
        `/${lang}/reports/${reportSlug}/`,
      )
      expect(
        documentPath('campaign-editions', { campaign: campaignSlug, year: campaignYear }, lang),
      ).toBe(`/${lang}/campaigns/${campaignSlug}/${String(campaignYear)}/`)
      expect(() => documentPath('stories', { slug: '../x' }, lang)).toThrow(UnsafeIdentifierError)
    },
  )
})
