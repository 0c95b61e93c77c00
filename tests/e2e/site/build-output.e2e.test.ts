/**
 * The built site on disk (real corpus when content/ can be turned into a snapshot, else the
 * fixture): links, HTML validity, no JavaScript on detail pages, page weight, discovery files.
 */
import { gzipSync } from 'node:zlib'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locales, localeCodes } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import {
  buildSite,
  testSiteUrl,
  type BuiltSite,
  removeSiteBuild,
} from '../../helpers/site-build.ts'
import {
  fileFor,
  htmlFiles,
  htmlProblems,
  ids,
  linksIn,
  pathOf,
  readHtml,
} from '../../helpers/site-dist.ts'
import { localizedPages } from './site-pages.ts'

let site: BuiltSite

beforeAll(() => {
  site = buildSite('corpus')
})

afterAll(() => {
  removeSiteBuild(site)
})

/** A page of a public URL family under /{lang}/ (product.md), the search page aside. */
function isLocalizedPage(sitePath: string): boolean {
  return localeCodes.some(
    (lang) => sitePath.startsWith(urls.home(lang)) && sitePath !== urls.search(lang),
  )
}

function pageHtml(sitePath: string): string {
  const file = fileFor(site.distDir, sitePath)
  if (!file) throw new Error(`No built file for ${sitePath}`)
  return readHtml(file)
}

describe('the built site', () => {
  it('has every page type of product.md in Arabic and English, plus /, 404, sitemap and feeds', () => {
    for (const page of localizedPages(site)) {
      expect(fileFor(site.distDir, page.url), `${page.type} ${page.url}`).toBeDefined()
    }
    for (const extra of [
      '/',
      '/404.html',
      '/sitemap.xml',
      '/robots.txt',
      '/ar/feed.xml',
      '/en/feed.xml',
    ]) {
      expect(fileFor(site.distDir, extra), extra).toBeDefined()
    }
  })

  it('has no broken internal link, asset or fragment in any page', () => {
    const broken: string[] = []
    const files = htmlFiles(site.distDir)
    expect(files.length).toBeGreaterThan(20)
    for (const file of files) {
      const from = pathOf(site.distDir, file)
      const html = readHtml(file)
      for (const { value } of linksIn(html)) {
        const url = new URL(value, `${testSiteUrl}${from}`)
        if (url.origin !== testSiteUrl || value.startsWith('mailto:')) continue
        const target = fileFor(site.distDir, url.pathname)
        if (!target) {
          broken.push(`${from} → ${value}`)
          continue
        }
        if (url.hash && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1))
          if (!ids(target === file ? html : readHtml(target)).has(id))
            broken.push(`${from} → ${value} (no #${id})`)
        }
      }
    }
    expect(broken).toEqual([])
  })

  it('the HTML of every page validates (html-validate, recommended rules)', async () => {
    expect((await htmlProblems(site.distDir)).slice(0, 30)).toEqual([])
  })

  it('localized pages ship no JavaScript (JSON-LD data aside), the search page, the recommendations browser, the findings table and the edition pages excepted', () => {
    const browsers = new Set(localeCodes.map((lang) => urls.recommendations(lang)))
    /** The findings table's pages load its filter and sort script (the table works without it). */
    const findingsTable = new RegExp(`^/(${localeCodes.join('|')})/findings/(\\d+/)?$`)
    /** An edition page loads the voice recorder of its submission form (the form works without it). */
    const editionPage = new RegExp(`^/(${localeCodes.join('|')})/campaigns/[^/]+/\\d{4}/$`)
    for (const file of htmlFiles(site.distDir)) {
      const sitePath = pathOf(site.distDir, file)
      if (
        !isLocalizedPage(sitePath) ||
        browsers.has(sitePath) ||
        findingsTable.test(sitePath) ||
        editionPage.test(sitePath)
      )
        continue
      const scripts = [...readHtml(file).matchAll(/<script([^>]*)>/g)].map((m) => m[1] ?? '')
      expect(
        scripts.filter((attrs) => !attrs.includes('application/ld+json')),
        sitePath,
      ).toEqual([])
    }
    for (const page of localizedPages(site).filter((p) => p.detail)) {
      if (editionPage.test(page.url)) continue
      expect(pageHtml(page.url), page.url).not.toMatch(/\.js["']/)
    }
  })

  it('a finding page, with its stylesheet, is under 15 KB gzipped (fonts excluded)', () => {
    const finding = localizedPages(site).filter((p) => p.type === 'finding')
    for (const page of finding) {
      const html = pageHtml(page.url)
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
        readFileSync(fileFor(site.distDir, m[1] ?? '') ?? ''),
      )
      const bytes = [Buffer.from(html), ...css].reduce((sum, b) => sum + gzipSync(b).length, 0)
      expect(bytes, `${page.url}: ${String(bytes)} bytes gzipped`).toBeLessThan(15 * 1024)
    }
  })

  it('every page declares lang/dir from the locale table, canonical, hreflang both ways and x-default', () => {
    for (const page of localizedPages(site)) {
      const html = pageHtml(page.url)
      const locale = locales[page.lang]
      expect(html).toContain(`<html lang="${locale.code}" dir="${locale.dir}">`)
      expect(html).toContain(`<link rel="canonical" href="${testSiteUrl}${page.url}">`)
      for (const lang of localeCodes) {
        expect(html).toContain(`hreflang="${lang}" href="${testSiteUrl}${page.path(lang)}"`)
      }
      expect(html).toMatch(/hreflang="x-default" href="https:\/\/mahjar\.example\/[^"]*"/)
      expect(html).toContain(`<meta property="og:url" content="${testSiteUrl}${page.url}">`)
      expect(html).toContain('<meta name="twitter:card"')
    }
  })

  it('JSON-LD describes the report, the organisation and the breadcrumb trail', () => {
    const ld = (sitePath: string) =>
      [
        ...pageHtml(sitePath).matchAll(
          /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
        ),
      ].map((m) => JSON.parse(m[1] ?? '{}') as Record<string, unknown>)
    const pages = localizedPages(site)
    const report = pages.find((p) => p.type === 'report' && p.lang === 'ar')
    const finding = pages.find((p) => p.type === 'finding' && p.lang === 'ar')
    expect(ld('/ar/').map((d) => d['@type'])).toContain('Organization')
    const reportLd = ld(report?.url ?? '')
    expect(reportLd.map((d) => d['@type'])).toEqual(
      expect.arrayContaining(['Report', 'Organization', 'BreadcrumbList']),
    )
    expect(reportLd.find((d) => d['@type'] === 'Report')?.inLanguage).toBe('ar')
    // The page's Report is the typed one of shared/src/citation/jsonld.ts (reportJsonLd, checked
    // against schema.org in the unit tests), with the page's description.
    expect(reportLd.find((d) => d['@type'] === 'Report')).toMatchObject({
      '@id': `${testSiteUrl}${report?.url ?? ''}`,
      author: { '@type': 'Organization' },
      license: expect.stringMatching(/^https:\/\//) as unknown,
      description: expect.stringMatching(/\S/) as unknown,
    })
    const crumbs = ld(finding?.url ?? '').find((d) => d['@type'] === 'BreadcrumbList')
    expect(JSON.stringify(crumbs)).toContain(`${testSiteUrl}/ar/`)
  })

  it('the sitemap lists every page in both languages with its alternates and x-default', () => {
    const sitemap = readFileSync(path.join(site.distDir, 'sitemap.xml'), 'utf8')
    for (const page of localizedPages(site)) {
      expect(sitemap).toContain(`<loc>${testSiteUrl}${page.url}</loc>`)
    }
    const entries = sitemap.split('<url>').slice(1)
    for (const entry of entries) {
      expect(entry).toContain('hreflang="ar"')
      expect(entry).toContain('hreflang="en"')
      expect(entry).toContain('hreflang="x-default"')
    }
    for (const file of htmlFiles(site.distDir)) {
      const sitePath = pathOf(site.distDir, file)
      if (isLocalizedPage(sitePath))
        expect(sitemap, sitePath).toContain(`<loc>${testSiteUrl}${sitePath}</loc>`)
    }
  })

  it('each language has an Atom feed of reports, findings and stories in that language', () => {
    for (const lang of localeCodes) {
      const feed = readFileSync(path.join(site.distDir, lang, 'feed.xml'), 'utf8')
      expect(feed).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`)
      expect(feed).toContain(`${testSiteUrl}/${lang}/reports/`)
      expect(feed).toContain(`${testSiteUrl}/${lang}/findings/`)
      expect(feed).toContain(`${testSiteUrl}/${lang}/stories/`)
      expect(feed).not.toMatch(/<title>\s*<\/title>/)
    }
  })

  it('the stylesheet uses logical properties only and fonts are self-hosted woff2 with swap', () => {
    const assets = path.join(site.distDir, '_astro')
    const css = readdirSync(assets)
      .filter((name) => name.endsWith('.css'))
      .map((name) => readFileSync(path.join(assets, name), 'utf8'))
      .join('\n')
    expect(css).not.toMatch(/(?:margin|padding|border)-(?:left|right|top|bottom)\s*:/)
    expect(css).not.toMatch(/[;{\s](?:left|right|top|bottom)\s*:/)
    expect(css).not.toMatch(/text-align\s*:\s*(?:left|right)/)
    const home = pageHtml('/ar/')
    const faces = [...home.matchAll(/@font-face\{([^}]*)\}/g)].map((m) => m[1] ?? '')
    expect(faces.length).toBeGreaterThanOrEqual(2)
    for (const face of faces) {
      expect(face).toContain('font-display:swap')
      expect(face).toMatch(/src:url\(\/_astro\/[^)]+\.woff2\)/)
    }
  })
})
