/// <reference lib="dom" />
/**
 * The built site in real Chromium, every page type in Arabic and English: direction, language
 * switch to the same item, no horizontal overflow at 360 px, no request to another host, and
 * axe-core finds no violation; the browse pages (reports, findings, campaigns, stories) reached
 * from the header on a phone and a desktop, each listing every item of the snapshot.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { formatNumber } from '@mahjar/shared/format'
import { useTranslations, type MessageKey } from '@mahjar/shared/i18n'
import { localeCodes, locales, otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { axeViolations } from '../../helpers/axe.ts'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import type { BuiltSite } from '../../helpers/site-build.ts'
import { snapshotDocs, snapshotWithdrawals } from '../../helpers/snapshot-files.ts'
import type { StaticServer } from '../../helpers/site-server.ts'
import { localizedPages, pageOfType, pageTypeNames } from './site-pages.ts'

let site: BuiltSite
let server: StaticServer
let browser: Browser

let served: ServedSite | undefined

beforeAll(async () => {
  served = await serveBuiltSite('corpus')
  ;({ site, server, browser } = served)
})

afterAll(async () => {
  await served?.close()
})

interface Visit {
  context: BrowserContext
  page: Page
  foreignRequests: string[]
  status: number | undefined
}

/** Opens a page at 360 px in a fresh browser context that prefers `locale` (Arabic unless told). */
async function visit(path: string, locale = 'ar'): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale })
  const page = await context.newPage()
  const foreignRequests: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(server.origin) && !url.startsWith('data:')) foreignRequests.push(url)
  })
  const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  return { context, page, foreignRequests, status: response?.status() }
}

// Two pages at a time, each in a browser context of its own (every test here only reads the built
// site): one page's loading, font and axe waits leave the cores to the other's rendering. 110, 115
// and 124 s for the file against 129, 130 and 143 s one at a time, all 91 passed (2 cores,
// otherwise idle: 9% of the CPUs idle two at a time, 30% one at a time).
vi.setConfig({ maxConcurrency: 2 })

describe.concurrent.each(localeCodes)('every page type in Chromium, in %s', (lang) => {
  it.for(pageTypeNames)(
    '%s: right lang/dir, no overflow at 360 px, no foreign request, no axe violation',
    async (type, { expect }) => {
      const entry = pageOfType(site, type, lang)
      const { context, page, foreignRequests, status } = await visit(entry.url)
      const html = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }))
      const violations = await axeViolations(page)
      await context.close()
      expect(status, entry.url).toBe(200)
      expect(html.lang).toBe(lang)
      expect(html.dir).toBe(locales[lang].dir)
      expect(html.overflow, `horizontal overflow on ${entry.url}`).toBeLessThanOrEqual(0)
      expect(foreignRequests).toEqual([])
      expect(violations).toEqual([])
    },
  )

  it.for(pageTypeNames)(
    '%s: the language switch lands on the same item',
    async (type, { expect }) => {
      const entry = pageOfType(site, type, lang)
      const { context, page } = await visit(entry.url)
      const other = otherLocale(lang)
      await page.click('[data-language-switch]')
      await page.waitForURL(`${server.origin}${entry.path(other)}`)
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(other)
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(locales[other].dir)
      await context.close()
    },
  )
})

/** What a browse page must list, from the snapshot the site was built from. */
interface BrowseCase {
  type: 'reports' | 'findings' | 'campaigns' | 'stories'
  /** The plural UI string of the count in its lead. */
  countKey: MessageKey
  /** The links that stand for its items, one per item. */
  itemLinks: string
  /** Each item's page. */
  expected: (lang: LocaleCode) => string[]
}

function browseCases(): BrowseCase[] {
  const dir = site.snapshotDir
  const withdrawn = snapshotWithdrawals(dir)
  const isWithdrawn = (collection: string, key: string) =>
    withdrawn.some((w) => w.collection === collection && w.key === key)
  const findings = snapshotDocs(dir, 'findings').filter((f) => !isWithdrawn('findings', f.code))
  const reports = snapshotDocs(dir, 'reports')
  const stories = snapshotDocs(dir, 'stories')
  const campaigns = new Set(snapshotDocs(dir, 'campaign-editions').map((e) => e.campaign))
  return [
    {
      type: 'reports',
      countKey: 'reports.count',
      itemLinks: '[data-browse="reports"] > li h2 a',
      expected: (lang) => reports.map((r) => urls.report(lang, r.slug)),
    },
    {
      type: 'findings',
      countKey: 'findings.count',
      itemLinks: '[data-findings-table] tbody tr > th[scope="row"] a',
      expected: (lang) => findings.map((f) => urls.finding(lang, f.code)),
    },
    {
      type: 'campaigns',
      countKey: 'campaigns.count',
      itemLinks: '[data-campaign] h2 a',
      expected: (lang) => [...campaigns].map((c) => urls.campaign(lang, c)),
    },
    {
      type: 'stories',
      countKey: 'stories.count',
      itemLinks: '[data-browse="stories"] > li > a',
      expected: (lang) => stories.map((s) => urls.story(lang, s.slug)),
    },
  ]
}

const sorted = (values: readonly string[]) => [...values].sort()

async function hrefs(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (links) => links.map((a) => a.getAttribute('href') ?? ''))
}

/** Horizontal overflow of the page and of each header link beyond the viewport (px, > 0 is bad). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    return {
      page: document.documentElement.scrollWidth - width,
      header: Array.from(document.querySelectorAll('header a'))
        .map((a) => a.getBoundingClientRect())
        .filter((box) => box.left < 0 || box.right > width).length,
    }
  })
}

const viewports = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
] as const

describe.concurrent.each(localeCodes)('browse pages in %s', (lang) => {
  const t = useTranslations(lang)

  describe.each(viewports)('on a $name ($width px)', (viewport) => {
    /** A page in a browser context of its own at this viewport, preferring `lang`. */
    async function openPage(): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ viewport, locale: lang })
      return { context, page: await context.newPage() }
    }

    it.for(['reports', 'findings', 'campaigns', 'stories'] as const)(
      '%s: reached from the header, lists every item with its count, fits, no axe violation',
      async (type, { expect }) => {
        const entry = browseCases().find((c) => c.type === type)
        if (!entry) throw new Error(`no browse case ${type}`)
        const { context, page } = await openPage()
        await page.goto(`${server.origin}${urls.home(lang)}`)
        expect(await overflow(page), 'the home page at this width').toEqual({ page: 0, header: 0 })
        const target = pageOfType(site, type, lang).url
        await page.click(`header nav a[href="${target}"]`)
        await page.waitForURL(`${server.origin}${target}`)
        const expected = entry.expected(lang)
        expect(sorted(await hrefs(page, entry.itemLinks))).toEqual(sorted(expected))
        expect((await page.textContent('.lead .group-count'))?.trim()).toBe(
          `${t(entry.countKey, { count: expected.length, n: formatNumber(lang, expected.length) })}.`,
        )
        expect(await overflow(page)).toEqual({ page: 0, header: 0 })
        expect(await axeViolations(page)).toEqual([])
        await context.close()
      },
    )

    it('a campaign: reached from the campaigns page and the footer, lists its editions newest first', async ({
      expect,
    }) => {
      const editions = snapshotDocs(site.snapshotDir, 'campaign-editions')
      const campaign = pageOfType(site, 'campaign', lang).url
      const { context, page } = await openPage()
      await page.goto(
        `${server.origin}${urls.story(lang, snapshotDocs(site.snapshotDir, 'stories')[0]?.slug ?? '')}`,
      )
      await page.click(`footer a[href="${urls.campaigns(lang)}"]`)
      await page.waitForURL(`${server.origin}${urls.campaigns(lang)}`)
      await page.click(`[data-campaign] h2 a[href="${campaign}"]`)
      await page.waitForURL(`${server.origin}${campaign}`)
      const slug = campaign.split('/').at(-2) ?? ''
      const years = editions
        .filter((e) => e.campaign === slug)
        .map((e) => e.year)
        .sort((a, b) => b - a)
      expect(await hrefs(page, '[data-editions] a')).toEqual(
        years.map((year) => urls.campaignEdition(lang, slug, year)),
      )
      expect((await page.textContent('.lead .group-count'))?.trim()).toBe(
        `${t('campaigns.editions', { count: years.length, n: formatNumber(lang, years.length) })}.`,
      )
      expect(await overflow(page)).toEqual({ page: 0, header: 0 })
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    })
  })

  it('the findings table: a caption, scoped headers, its frame scrolls instead of the page, downloads answer 200', async ({
    expect,
  }) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 }, locale: lang })
    await page.goto(`${server.origin}${urls.findings(lang)}`)
    const table = await page.evaluate(() => {
      const frame = document.querySelector('.table-wrap')
      const tableElement = frame?.querySelector('table')
      return {
        caption: tableElement?.querySelector('caption')?.textContent.trim() ?? '',
        unscoped: tableElement?.querySelectorAll('th:not([scope])').length,
        frameScrolls: frame ? frame.scrollWidth > frame.clientWidth : false,
        pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }
    })
    expect(table.caption.length).toBeGreaterThan(0)
    expect(table.unscoped).toBe(0)
    expect(table.frameScrolls, 'the table is wider than a phone: its frame scrolls').toBe(true)
    expect(table.pageOverflow).toBeLessThanOrEqual(0)
    const downloads = await hrefs(page, '.downloads a[download]')
    expect(sorted(downloads)).toEqual(
      sorted([urls.dataFile('findings', 'csv'), urls.dataFile('findings', 'json')]),
    )
    for (const href of downloads) {
      const response = await page.request.get(`${server.origin}${href}`)
      expect(response.status(), href).toBe(200)
      expect((await response.body()).length, href).toBeGreaterThan(100)
    }
    await page.close()
  })
})

describe.concurrent('navigation', () => {
  it('navigation reaches every page type from the home page by following links', async ({
    expect,
  }) => {
    const { context, page } = await visit('/ar/')
    const reachable = new Set<string>()
    const queue = ['/ar/']
    while (queue.length > 0 && reachable.size < 400) {
      const next = queue.shift() ?? '/ar/'
      if (reachable.has(next)) continue
      reachable.add(next)
      await page.goto(`${server.origin}${next}`)
      const hrefs = await page.$$eval('a[href^="/ar/"]', (links) =>
        links.map((a) => a.getAttribute('href')?.split('#')[0] ?? ''),
      )
      for (const href of hrefs) if (href && !reachable.has(href)) queue.push(href)
    }
    for (const entry of localizedPages(site).filter((p) => p.lang === 'ar')) {
      expect(reachable, `${entry.type} ${entry.url}`).toContain(entry.url)
    }
    await context.close()
  })
})

// One at a time, after the pages above: the first times a redirect (under 500 ms), which a
// page rendering beside it could slow.
describe('the root and the not-found page', () => {
  it('/ sends an Arabic-speaking browser to /ar/ at once, without a timed refresh', async () => {
    const context = await browser.newContext({ locale: 'ar-SY' })
    const page = await context.newPage()
    const requested = new Map<string, number>()
    page.on('request', (request) => requested.set(new URL(request.url()).pathname, Date.now()))
    expect(readFileSync(path.join(site.distDir, 'index.html'), 'utf8')).not.toMatch(/http-equiv/i)
    await page.goto(`${server.origin}/`, { waitUntil: 'commit' })
    await page.waitForURL(`${server.origin}/ar/`)
    const delay = (requested.get('/ar/') ?? Infinity) - (requested.get('/') ?? 0)
    expect(delay, `${String(delay)} ms between / and /ar/`).toBeLessThan(500)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await context.close()
  })

  it('/ sends an English-speaking browser to /en/ and defaults to Arabic for other languages', async () => {
    const english = await visit('/', 'en-GB')
    await english.page.waitForURL(`${server.origin}/en/`)
    await english.page.context().close()
    const french = await visit('/', 'fr-FR')
    await french.page.waitForURL(`${server.origin}/ar/`)
    await french.page.context().close()
  })

  it('/ offers both languages as links without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${server.origin}/`)
    expect(page.url()).toBe(`${server.origin}/`)
    expect(await page.$$eval('a[hreflang]', (a) => a.map((l) => l.getAttribute('href')))).toEqual([
      '/ar/',
      '/en/',
    ])
    expect(
      await page.$$eval('section[lang]', (s) =>
        s.map((e) => `${e.getAttribute('lang') ?? ''}:${e.getAttribute('dir') ?? ''}`),
      ),
    ).toEqual(['ar:rtl', 'en:ltr'])
    await context.close()
  })

  it('an unknown address gets a 404 page in both languages with links home', async () => {
    const { page, status } = await visit('/ar/findings/no-such-code/', 'ar')
    expect(status).toBe(404)
    expect(
      await page.$$eval('section[lang]', (s) =>
        s.map((e) => `${e.getAttribute('lang') ?? ''}:${e.getAttribute('dir') ?? ''}`),
      ),
    ).toEqual(['ar:rtl', 'en:ltr'])
    expect(await page.$$eval('main a', (a) => a.map((l) => l.getAttribute('href')))).toEqual([
      '/ar/',
      '/en/',
    ])
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  })
})
