/// <reference lib="dom" />
/**
 * The follow-up of the fixture snapshot (AIE-B1-11: supported then in progress, by donors;
 * AIE-C2: noted by the host governments; AIE-A1: nothing) as readers get it, in Chromium and over
 * HTTP: the report's overview tables and charts (counts, right-to-left bars, axe, no text under
 * 12 px at 360 px), the links and feed advertisement leading to it, the Atom feed of entries and
 * the open data files.
 */
import axe from 'axe-core'
import { parse as parseCsv } from 'csv-parse/sync'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { useTranslations } from '@mahjar/shared/i18n'
import { localeCodes, locales, type LocaleCode } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { renderedTextSizes } from '../../helpers/chart-text.ts'
import { reportSlug } from '../../helpers/constants.ts'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import { testSiteUrl } from '../../helpers/site-build.ts'
import { htmlProblems } from '../../helpers/site-dist.ts'
import type { StaticServer } from '../../helpers/site-server.ts'

let served: ServedSite | undefined
let server: StaticServer
let browser: Browser

beforeAll(async () => {
  served = await serveBuiltSite('fixture')
  ;({ server, browser } = served)
})

afterAll(async () => {
  await served?.close()
})

declare global {
  interface Window {
    axe: typeof axe
  }
}

async function open(sitePath: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  await page.goto(`${server.origin}${sitePath}`)
  await page.evaluate(() => document.fonts.ready)
  return page
}

/** Every count cell of one overview table, as `row key → status → text`. */
async function tableCounts(page: Page, dimension: 'audience' | 'theme') {
  return page.$$eval(`table[data-follow-up-table="${dimension}"] tbody tr`, (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-key') ?? '',
        Object.fromEntries(
          Array.from(row.querySelectorAll('td[data-status]')).map((cell) => [
            cell.getAttribute('data-status') ?? '',
            cell.textContent.trim(),
          ]),
        ),
      ]),
    ),
  )
}

const none = 'none'
const expectedByAudience = {
  'diaspora-activists-and-organisations': { noted: '0', 'in-progress': '0', [none]: '1' },
  'donors-ingos-and-governments': { noted: '0', 'in-progress': '1', [none]: '1' },
  'host-governments-and-international-actors': { noted: '1', 'in-progress': '0', [none]: '0' },
}
const expectedByTheme = {
  advocacy: { noted: '0', 'in-progress': '0', [none]: '1' },
  funding: { noted: '0', 'in-progress': '1', [none]: '0' },
  'partnerships-and-networks': { noted: '0', 'in-progress': '1', [none]: '0' },
  'countering-extremism': { noted: '1', 'in-progress': '0', [none]: '0' },
}

describe.each(localeCodes)('the follow-up overview in %s', (lang: LocaleCode) => {
  const overview = urls.followUp(lang, reportSlug)

  it('counts each recommendation once per audience with that audience’s status, and by theme with its overall status', async () => {
    const page = await open(overview, 1280)
    expect(await tableCounts(page, 'audience')).toEqual(expectedByAudience)
    expect(await tableCounts(page, 'theme')).toEqual(expectedByTheme)
    const t = useTranslations(lang)
    const headers = await page.$$eval('table[data-follow-up-table="theme"] thead th', (cells) =>
      cells.map((cell) => cell.textContent.trim()),
    )
    expect(headers.slice(1)).toEqual([
      t('followUpStatus.noted'),
      t('followUpStatus.in-progress'),
      t('followUpStatus.none'),
      t('followUpOverview.total'),
    ])
    // The chart draws the same counts: one segment per non-zero cell, in the table's order.
    const segments = await page.$$eval('.follow-up-chart svg g[data-status]', (groups) =>
      groups.map((g) => g.getAttribute('data-status')),
    )
    expect(segments).toEqual([
      'none',
      'in-progress',
      'none',
      'noted',
      'none',
      'in-progress',
      'in-progress',
      'noted',
    ])
    await page.close()
  })

  it('passes axe, keeps within 360 px, and no chart text renders under 12 px', async () => {
    const page = await open(overview, 360)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    const sizes = await renderedTextSizes(page, '.follow-up-chart svg text, .follow-up-legend li')
    expect(sizes.length).toBeGreaterThan(10)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
    await page.evaluate(axe.source)
    const results = await page.evaluate(() => window.axe.run(document))
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join()}`),
    ).toEqual([])
    await page.close()
  })

  it('grows the bars from the inline start and keeps an untranslated name in its own direction', async () => {
    const page = await open(overview, 360)
    const chart = page.locator('.follow-up-chart svg[role="img"]').first()
    const box = await chart.boundingBox()
    const first = await chart.locator('rect').first().boundingBox()
    if (!box || !first) throw new Error('chart not rendered')
    const rtl = locales[lang].dir === 'rtl'
    const edge = rtl ? box.x + box.width - (first.x + first.width) : first.x - box.x
    expect(Math.abs(edge)).toBeLessThan(1)
    // The diaspora audience is named in Arabic only: on the English page it keeps lang and RTL.
    const untranslated = chart.locator('text[lang]')
    expect(await untranslated.count()).toBe(lang === 'en' ? 1 : 0)
    if (lang === 'en') expect(await untranslated.getAttribute('direction')).toBe('rtl')
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy()
    expect(await chart.locator('desc').textContent()).toBe(
      useTranslations(lang)('followUpOverview.chartDescription'),
    )
    await page.close()
  })

  it('is reached from the report and the recommendations browser, which advertise the feed', async () => {
    for (const from of [urls.report(lang, reportSlug), urls.recommendations(lang)]) {
      const page = await open(from, 1280)
      await page.locator(`a[href="${overview}"]`).first().click()
      await page.waitForURL(`${server.origin}${overview}`)
      expect(await page.locator('h1').textContent()).toContain(
        useTranslations(lang)('followUpOverview.crumb'),
      )
      await page.close()
    }
    for (const sitePath of [overview, urls.recommendations(lang)]) {
      const page = await open(sitePath, 1280)
      expect(
        await page
          .locator('head link[rel="alternate"][type="application/atom+xml"]')
          .evaluateAll((links) => links.map((l) => l.getAttribute('href'))),
      ).toContain(urls.followUpFeed(lang))
      await page.close()
    }
  })

  it('has a feed of every entry, newest first, titled with code and status, linking to the entry', async () => {
    const response = await fetch(`${server.origin}${urls.followUpFeed(lang)}`)
    expect(response.headers.get('content-type')).toMatch(/xml/)
    const xml = await response.text()
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      feed: {
        'xml:lang': string
        entry: { title: string; link: { href: string }; updated: string; summary: unknown }[]
      }
    }
    const t = useTranslations(lang)
    expect(feed.feed['xml:lang']).toBe(lang)
    const entry = (code: string, date: string) =>
      `${testSiteUrl}${urls.recommendation(lang, code)}#follow-up-${date}`
    expect(feed.feed.entry.map((e) => [e.title, e.link.href, e.updated])).toEqual([
      [
        `AIE-B1-11: ${t('followUpStatus.in-progress')}`,
        entry('AIE-B1-11', '2026-09-15'),
        '2026-09-15T00:00:00.000Z',
      ],
      [
        `AIE-C2: ${t('followUpStatus.noted')}`,
        entry('AIE-C2', '2026-05-20'),
        '2026-05-20T00:00:00.000Z',
      ],
      [
        `AIE-B1-11: ${t('followUpStatus.supported')}`,
        entry('AIE-B1-11', '2026-03-02'),
        '2026-03-02T00:00:00.000Z',
      ],
    ])
    expect(String(feed.feed.entry[0]?.summary)).toMatch(
      lang === 'ar' ? /^\[بيانات اختبارية\]/ : /^\[Test data\]/,
    )
  })
})

describe('follow-up as served data and valid pages', () => {
  it('serves the fixture entries as JSON and CSV, and recommendation rows with their status', async () => {
    const json = (await (await fetch(`${server.origin}${urls.followUpData('json')}`)).json()) as {
      docs: { recommendation: string; status: string }[]
    }
    expect(json.docs.map((d) => `${d.recommendation} ${d.status}`)).toEqual([
      'AIE-B1-11 supported',
      'AIE-B1-11 in-progress',
      'AIE-C2 noted',
    ])
    const csv = await (await fetch(`${server.origin}${urls.followUpData('csv')}`)).text()
    const rows = parseCsv<Record<string, string>>(csv, { bom: true, columns: true })
    expect(rows.map((r) => r.recommendation)).toEqual(['AIE-B1-11', 'AIE-B1-11', 'AIE-C2'])
    const recs = (await (
      await fetch(`${server.origin}${urls.dataFile('recommendations', 'json')}`)
    ).json()) as { docs: { code: string; status: string }[] }
    expect(recs.docs.find((d) => d.code === 'AIE-B1-11')?.status).toBe('in-progress')
  })

  it('the overview pages validate (html-validate)', async () => {
    const problems = await htmlProblems(served?.site.distDir ?? '')
    expect(problems.filter((p) => p.includes('/follow-up/'))).toEqual([])
  })
})
