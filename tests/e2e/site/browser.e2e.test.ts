/// <reference lib="dom" />
/**
 * The built site in real Chromium, every page type in Arabic and English: direction, language
 * switch to the same item, no horizontal overflow at 360 px, no request to another host, and
 * axe-core finds no violation.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { localeCodes, locales, otherLocale } from '@mahjar/shared/locales'
import { axeViolations } from '../../helpers/axe.ts'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import type { BuiltSite } from '../../helpers/site-build.ts'
import type { StaticServer } from '../../helpers/site-server.ts'
import { localizedPages, pageOfType, pageTypeNames } from './site-pages.ts'

let site: BuiltSite
let server: StaticServer
let browser: Browser
let arabicContext: BrowserContext

let served: ServedSite | undefined

beforeAll(async () => {
  served = await serveBuiltSite('corpus')
  ;({ site, server, browser } = served)
  arabicContext = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'ar' })
})

afterAll(async () => {
  await served?.close()
})

interface Visit {
  page: Page
  foreignRequests: string[]
  status: number | undefined
}

/** Opens a page at 360 px; with a `locale`, in a fresh browser context that prefers it. */
async function visit(path: string, locale?: string): Promise<Visit> {
  const context = locale
    ? await browser.newContext({ viewport: { width: 360, height: 800 }, locale })
    : arabicContext
  const page = await context.newPage()
  const foreignRequests: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(server.origin) && !url.startsWith('data:')) foreignRequests.push(url)
  })
  const response = await page.goto(`${server.origin}${path}`, { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  return { page, foreignRequests, status: response?.status() }
}

describe.each(localeCodes)('every page type in Chromium, in %s', (lang) => {
  it.each(pageTypeNames)(
    '%s: right lang/dir, no overflow at 360 px, no foreign request, no axe violation',
    async (type) => {
      const entry = pageOfType(site, type, lang)
      const { page, foreignRequests, status } = await visit(entry.url)
      const html = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }))
      const violations = await axeViolations(page)
      await page.close()
      expect(status, entry.url).toBe(200)
      expect(html.lang).toBe(lang)
      expect(html.dir).toBe(locales[lang].dir)
      expect(html.overflow, `horizontal overflow on ${entry.url}`).toBeLessThanOrEqual(0)
      expect(foreignRequests).toEqual([])
      expect(violations).toEqual([])
    },
  )

  it.each(pageTypeNames)('%s: the language switch lands on the same item', async (type) => {
    const entry = pageOfType(site, type, lang)
    const { page } = await visit(entry.url)
    const other = otherLocale(lang)
    await page.click('[data-language-switch]')
    await page.waitForURL(`${server.origin}${entry.path(other)}`)
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(other)
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(locales[other].dir)
    await page.close()
  })
})

describe('navigation', () => {
  it('navigation reaches every page type from the home page by following links', async () => {
    const { page } = await visit('/ar/')
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
    await page.close()
  })
})

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
