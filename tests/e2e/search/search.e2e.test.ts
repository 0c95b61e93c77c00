/// <reference lib="dom" />
/**
 * Site search in real Chromium, both locales: the corpus site built by Astro, its Pagefind index
 * built by scripts/build-search-index.ts (the same modules), served on loopback.
 */
import axe from 'axe-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { indexVariants, normaliseWord, tokenise } from '@mahjar/shared/arabic'
import { useTranslations } from '@mahjar/shared/i18n'
import { formatNumber } from '@mahjar/shared/format'
import { locales, otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { searchCases } from '../../helpers/constants.ts'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import { indexSite, settledSearch as settled } from '../../helpers/search-page.ts'
import type { StaticServer } from '../../helpers/site-server.ts'

let server: StaticServer
let browser: Browser
/** The records the index was built from, by URL: the full text of each page. */
let recordText: Map<string, string>

let served: ServedSite | undefined

beforeAll(async () => {
  served = await serveBuiltSite('corpus', async (built) => {
    const records = await indexSite(built.snapshotDir, built.distDir)
    recordText = new Map(records.map((r) => [r.url, `${r.meta.title} ${r.content}`]))
  })
  ;({ server, browser } = served)
})

afterAll(async () => {
  await served?.close()
})

async function open(pathAndQuery: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled })
  const page = await context.newPage()
  await page.goto(`${server.origin}${pathAndQuery}`)
  return page
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval('#search-results a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  )
}

function countText(lang: LocaleCode, n: number): string {
  return useTranslations(lang)('search.results', { count: n, n: formatNumber(lang, n) })
}

describe('search page', () => {
  it('finds an Arabic word written with the conjunction و and highlights it as written', async () => {
    const { query, finds } = searchCases.arabicPrefixed
    const page = await open(urls.search('ar', query))
    const status = await settled(page)
    expect(await page.getAttribute('html', 'lang')).toBe('ar')
    expect(await page.getAttribute('html', 'dir')).toBe(locales.ar.dir)
    const links = await resultLinks(page)
    expect(links).toContain(urls.recommendation('ar', finds))
    expect(status).toBe(countText('ar', links.length))
    const marks = await page.$$eval('#search-results mark', (m) => m.map((x) => x.textContent))
    expect(marks.some((text) => text.includes('تمييز'))).toBe(true)
    expect(await page.inputValue('#search-input')).toBe(query)
  })

  it.each([
    ['360 px', { width: 360, height: 740 }],
    ['desktop', { width: 1280, height: 800 }],
  ] as const)(
    'at %s, puts first the one item that says the Arabic word typed and marks no stem neighbour',
    async (_, viewport) => {
      const { query, finding, neighbour } = searchCases.arabicOwnWord
      const context = await browser.newContext({ viewport })
      const page = await context.newPage()
      await page.goto(`${server.origin}${urls.search('ar', query)}`)
      await settled(page)
      const links = await resultLinks(page)
      expect(links.length).toBeGreaterThan(5)
      expect(links[0]).toBe(urls.finding('ar', finding))
      const marks = await page.$$eval('#search-results mark', (m) => m.map((x) => x.textContent))
      const firstMarks = await page.$$eval('#search-results > li:first-child mark', (m) =>
        m.map((x) => x.textContent),
      )
      expect(firstMarks).toContain('الأصلي')
      expect(marks.filter((text) => neighbour.test(text))).toEqual([])
      // The neighbours are shown, unmarked: the test would see a wrong mark.
      const shown = await page.textContent('#search-results')
      expect(shown).toMatch(neighbour)
      // For a look by eye: SCREENSHOT_DIR=… writes the Arabic results at 390 px.
      const shots = process.env.SCREENSHOT_DIR
      if (shots && viewport.width === 360) {
        await page.setViewportSize({ width: 390, height: 844 })
        await page.locator('#search-status').scrollIntoViewIfNeeded()
        await page.screenshot({ path: `${shots}/search-own-word-ar-390.png` })
      }
      await context.close()
    },
  )

  it.each([
    ['ar', searchCases.arabicDonors.query, searchCases.arabicDonors.finding],
    ['en', searchCases.englishDonors.query, searchCases.englishDonors.finding],
  ] as const)(
    'in %s, typing a query updates the results and the shareable URL',
    async (lang, query, finding) => {
      const page = await open(urls.search(lang))
      await settled(page)
      await page.fill('#search-input', query)
      await page.press('#search-input', 'Enter')
      await page.waitForURL((url) => url.searchParams.get('q') === query)
      const status = await settled(page)
      const links = await resultLinks(page)
      expect(links).toContain(urls.finding(lang, finding))
      expect(status).toBe(countText(lang, links.length))
    },
  )

  it.each(['ar', 'en'] as const)(
    'in %s, the content type filter keeps only recommendations and goes into the URL',
    async (lang) => {
      const query = lang === 'ar' ? searchCases.arabicDonors.query : searchCases.englishDonors.query
      const page = await open(urls.search(lang, query))
      await settled(page)
      await page.click('#search-filters summary')
      await page.check('#search-filters input[name="type"][value="recommendation"]')
      await page.waitForURL((url) => url.searchParams.getAll('type').includes('recommendation'))
      await settled(page)
      const links = await resultLinks(page)
      expect(links.length).toBeGreaterThan(0)
      expect(links.every((link) => link.startsWith(urls.recommendations(lang)))).toBe(true)
    },
  )

  it.each(['ar', 'en'] as const)(
    'in %s, a shared URL restores the query and the filters',
    async (lang) => {
      const { query, type, audience } = searchCases.sharedEnglish
      const shared = `${urls.search(lang, query)}&type=${type}&audience=${audience}`
      const page = await open(shared)
      await settled(page)
      expect(await page.inputValue('#search-input')).toBe(query)
      expect(await page.isChecked(`#search-filters input[name="type"][value="${type}"]`)).toBe(true)
      expect(
        await page.isChecked(`#search-filters input[name="audience"][value="${audience}"]`),
      ).toBe(true)
      expect(await page.getAttribute('#search-filters details', 'open')).not.toBeNull()
      const links = await resultLinks(page)
      if (lang === 'en') expect(links.length).toBeGreaterThan(0)
      expect(links.every((link) => link.startsWith(urls.recommendations(lang)))).toBe(true)
    },
  )

  it.each([
    ['ar', searchCases.englishOnlyWord],
    ['en', searchCases.arabicOnlyWord],
  ] as const)(
    'in %s, a query without hits links to the hits of the other language',
    async (lang, query) => {
      const page = await open(urls.search(lang, query))
      expect(await settled(page)).toBe(countText(lang, 0))
      await page.waitForSelector('#search-other a')
      const other = otherLocale(lang)
      const href = (await page.getAttribute('#search-other a', 'href')) ?? ''
      const target = new URL(href, server.origin)
      expect(target.pathname).toBe(urls.search(other))
      expect(target.searchParams.get('q')).toBe(query)
      const hint = (await page.textContent('#search-other a')) ?? ''
      const n = Number(/\d+/.exec(hint)?.[0] ?? '1')
      expect(hint).toBe(
        useTranslations(lang)('search.otherLanguage', { count: n, n: formatNumber(lang, n) }),
      )
      await page.click('#search-other a')
      await page.waitForURL((url) => url.pathname === urls.search(other))
      expect(await settled(page)).toBe(countText(other, n))
    },
  )

  it.each(['ar', 'en'] as const)('in %s, works with the keyboard alone', async (lang) => {
    const page = await open(urls.search(lang))
    await settled(page)
    for (let i = 0; i < 30; i += 1) {
      if (await page.evaluate(() => document.activeElement?.id === 'search-input')) break
      await page.keyboard.press('Tab')
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input')
    await page.keyboard.type(lang === 'ar' ? 'المانحين' : 'donors')
    await page.keyboard.press('Enter')
    await settled(page)
    await page.keyboard.press('Tab') // submit button
    await page.keyboard.press('Tab') // filters summary
    await page.keyboard.press('Enter')
    expect(await page.getAttribute('#search-filters details', 'open')).not.toBeNull()
    await page.keyboard.press('Tab') // first type checkbox
    await page.keyboard.press('Space')
    await page.waitForURL((url) => url.searchParams.has('type'))
    await settled(page)
    const first = (await resultLinks(page))[0]
    expect(first).toBeDefined()
    await page.focus('#search-results a')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname === first)
  })

  it.each(['ar', 'en'] as const)(
    'in %s, without JavaScript says so and links to the browsers',
    async (lang) => {
      const page = await open(urls.search(lang, 'x'), false)
      const t = useTranslations(lang)
      expect(await page.textContent('.search__noscript')).toBe(t('search.noscript'))
      const links = await page.$$eval('noscript ~ * a, .search ul a', (a) =>
        a.map((x) => (x as HTMLAnchorElement).getAttribute('href')),
      )
      expect(links).toEqual(
        expect.arrayContaining([urls.recommendations(lang), urls.practices(lang)]),
      )
      expect(await page.isVisible('#search-form')).toBe(false)
    },
  )
})

describe('search page accessibility', () => {
  it.each(['ar', 'en'] as const)(
    'in %s, with results and open filters at 360 px, axe finds no violation and nothing overflows',
    async (lang) => {
      const query = lang === 'ar' ? searchCases.arabicDonors.query : searchCases.englishDonors.query
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } })
      const page = await context.newPage()
      await page.goto(`${server.origin}${urls.search(lang, query)}&type=recommendation`)
      await settled(page)
      // The site's CSP allows no inline script: axe goes in through the DevTools protocol.
      await page.evaluate(axe.source)
      const violations = await page.evaluate(async () => {
        const results = await (window as unknown as { axe: typeof axe }).axe.run(document)
        return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
      })
      expect(violations).toEqual([])
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      await context.close()
    },
  )
})

describe('search index', () => {
  it.each(['ar', 'en'] as const)(
    'in %s holds only content words: no page chrome, no glued words',
    async (lang) => {
      const page = await open(urls.search(lang))
      await settled(page)
      const t = useTranslations(lang)
      const chrome = [
        t('site.skipToContent'),
        t('nav.label'),
        t('footer.label'),
        t('search.submit'),
      ]
      // Every record of the language's index, as Pagefind stored it (a string: Vite must not
      // rewrite the dynamic import, which runs in the page).
      // Every bundle's: the first bundle's Pagefind with the others merged, as the page does.
      const { bundles, contents } = await page.evaluate<{
        bundles: number
        contents: { url: string; content: string }[]
      }>(
        `Promise.all([
          fetch('/pagefind/bundles.json').then((response) => response.json()),
          import('/pagefind/0/pagefind.js?every-record'),
        ]).then(async ([{ bundles }, pagefind]) => {
          for (let n = 1; n < bundles; n += 1) await pagefind.mergeIndex('/pagefind/' + n + '/')
          const all = await pagefind.search(null, { filters: {} })
          return { bundles, contents: await Promise.all(all.results.map((result) => result.data())) }
        })`,
      )
      // Several bundles (helpers/search-page.ts), all of them searched.
      expect(bundles).toBeGreaterThan(1)
      expect(new Set(contents.map((record) => record.url))).toEqual(
        new Set([...recordText.keys()].filter((url) => url.startsWith(`/${lang}/`))),
      )
      expect(contents.length).toBeGreaterThan(100)
      for (const { url, content } of contents) {
        for (const label of chrome) expect(content).not.toContain(label)
        // Every word Pagefind holds is a word of the record's own title or text, or one of its
        // indexed forms (Pagefind drops diacritics, hence normalised words): none is glued.
        const text = recordText.get(url)
        expect(text, `record of ${url}`).toBeDefined()
        const own = new Set(tokenise(text ?? '').flatMap((w) => indexVariants(w.text)))
        const held = tokenise(content).map((w) => normaliseWord(w.text))
        for (const word of held) expect(own.has(word), `${url}: "${word}"`).toBe(true)
      }
    },
  )
})
