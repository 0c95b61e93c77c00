/// <reference lib="dom" />
/**
 * The findings table's filters and sorting in real Chromium, in Arabic and English, at 360 px and
 * on a desktop. With JavaScript: filtering by theme and report shows exactly the matching
 * findings of the whole table, with their count (plural forms, page digits) and the state in the
 * URL, which a reload keeps; so does a report's chapter; sorting by figure reorders the rows in
 * place; the downloads hold exactly the rows shown, in the open data's columns. Without it: the
 * filter links lead to static pages of the same rows, whose CSV and JSON hold exactly those rows,
 * and the sortable headers to the whole table sorted (ascending, then descending), `aria-sort`
 * on the column; each order is computed here from the snapshot. No page overflows sideways, and
 * axe-core finds no violation in the filtered table, on a static filtered page nor a sorted one.
 */
import { readFileSync } from 'node:fs'
import { parse as parseCsv } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { countryKey } from '@mahjar/shared/finding-filters'
import { formatNumber } from '@mahjar/shared/format'
import { useTranslations } from '@mahjar/shared/i18n'
import { getLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { axeViolations } from '../../helpers/axe.ts'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import { snapshotDocs } from '../../helpers/snapshot-files.ts'
import type { StaticServer } from '../../helpers/site-server.ts'

interface Finding {
  code: string
  report: string
  chapter: string
  themes: string[]
  countries: string[]
  order: number
  statistic?: { value: number }
}

let served: ServedSite | undefined
let server: StaticServer
let browser: Browser
let findings: Finding[]

beforeAll(async () => {
  served = await serveBuiltSite('corpus')
  ;({ server, browser } = served)
  findings = snapshotDocs(served.site.snapshotDir, 'findings').sort(
    (a, b) => a.report.localeCompare(b.report) || a.order - b.order,
  )
}, 600_000)

afterAll(async () => {
  await served?.close()
})

const viewports = [
  { name: '360 px', width: 360, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
] as const

/** The theme with the fewest findings but more than one (a real narrowing), and its report. */
function themeCase(): { theme: string; report: string; codes: string[] } {
  const counts = new Map<string, number>()
  for (const f of findings) for (const t of f.themes) counts.set(t, (counts.get(t) ?? 0) + 1)
  const [theme] = [...counts].filter(([, n]) => n > 1).sort((a, b) => a[1] - b[1])[0] ?? []
  if (!theme) throw new Error('the corpus has no theme with two findings')
  const report = findings.find((f) => f.themes.includes(theme))?.report ?? ''
  const codes = findings.filter((f) => f.report === report && f.themes.includes(theme))
  return { theme, report, codes: codes.map((f) => f.code) }
}

/**
 * The codes of `rows` in figure order, computed here from the snapshot: by value (`sign` 1
 * ascending, -1 descending), ties by code; findings without a figure last, by code.
 */
function byFigure(rows: readonly Finding[], lang: LocaleCode, sign: 1 | -1): string[] {
  const collator = new Intl.Collator(getLocale(lang).intlLocale, { numeric: true })
  return [...rows]
    .sort((a, b) =>
      a.statistic === undefined || b.statistic === undefined
        ? Number(a.statistic === undefined) - Number(b.statistic === undefined) ||
          collator.compare(a.code, b.code)
        : sign * (a.statistic.value - b.statistic.value) || collator.compare(a.code, b.code),
    )
    .map((f) => f.code)
}

/** The report with the most chapters that have findings, and its smallest such chapter. */
function chapterCase(): { report: string; chapter: string; chapters: string[]; codes: string[] } {
  const chaptersOf = (report: string) => [
    ...new Set(findings.filter((f) => f.report === report).map((f) => f.chapter)),
  ]
  const [report = ''] = [...new Set(findings.map((f) => f.report))].sort(
    (a, b) => chaptersOf(b).length - chaptersOf(a).length,
  )
  const chapters = chaptersOf(report)
  const inChapter = (c: string) => findings.filter((f) => f.report === report && f.chapter === c)
  const [chapter = ''] = [...chapters].sort((a, b) => inChapter(a).length - inChapter(b).length)
  return { report, chapter, chapters, codes: inChapter(chapter).map((f) => f.code) }
}

async function sortState(page: Page): Promise<Record<string, string | null>> {
  const pairs = await page.$$eval('[data-findings-table] th[data-sort]', (ths) =>
    ths.map((th): [string, string | null] => [
      (th as HTMLElement).dataset.sort ?? '',
      th.getAttribute('aria-sort'),
    ]),
  )
  return Object.fromEntries(pairs)
}

async function shownCodes(page: Page): Promise<string[]> {
  return page.$$eval('[data-findings-table] tbody tr', (rows) =>
    rows.map((row) => (row as HTMLElement).dataset.code ?? ''),
  )
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
}

async function downloaded(page: Page, format: 'csv' | 'json'): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-download="${format}"]`),
  ])
  const file = await download.path()
  return readFileSync(file, 'utf8')
}

function csvCodes(text: string): { header: string[]; codes: string[] } {
  const rows: string[][] = parseCsv(text, { bom: true })
  const [header = [], ...body] = rows
  return { header, codes: body.map((row) => row[header.indexOf('code')] ?? '') }
}

describe.each(localeCodes)('the findings table in %s', (lang: LocaleCode) => {
  const t = useTranslations(lang)
  const countText = (n: number) => t('findings.count', { count: n, n: formatNumber(lang, n) })

  it.each(viewports)(
    'with JavaScript at $name: filters, URL state, reload, sorting, downloads',
    async (viewport) => {
      const { theme, report, codes } = themeCase()
      const page = await browser.newPage({ viewport, locale: lang })
      await page.goto(`${server.origin}${urls.findings(lang)}`)
      await page.waitForSelector('[data-findings-form]:not([hidden])')
      await page.selectOption('select[name="report"]', report)
      await page.selectOption('select[name="theme"]', theme)
      await page.waitForFunction(
        (n) => document.querySelector<HTMLElement>('[data-findings-table]')?.dataset.shown === n,
        String(codes.length),
      )
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-findings-table] tbody tr').length === n,
        codes.length,
      )
      expect(await shownCodes(page)).toEqual(codes)
      expect((await page.textContent('[data-shown-count]'))?.trim()).toBe(countText(codes.length))
      const query = new URL(page.url()).searchParams
      expect(query.get('theme')).toBe(theme)
      expect(query.get('report')).toBe(report)
      expect(await overflow(page), 'horizontal overflow, filtered').toBeLessThanOrEqual(0)

      await page.reload()
      await page.waitForFunction(
        (n) => document.querySelector<HTMLElement>('[data-findings-table]')?.dataset.shown === n,
        String(codes.length),
      )
      expect(await shownCodes(page)).toEqual(codes)
      expect(await page.inputValue('select[name="theme"]')).toBe(theme)

      // Sorting by figure in place, highest first after two clicks; rows without a figure last.
      const filtered = findings.filter((f) => codes.includes(f.code))
      const figureHeader = 'th[data-sort="figure"]'
      expect(await page.$$(`${figureHeader} a`), 'the header link became a button').toEqual([])
      await page.click(`${figureHeader} button`)
      await page.waitForSelector(`${figureHeader}[aria-sort="ascending"]`)
      expect(await shownCodes(page)).toEqual(byFigure(filtered, lang, 1))
      await page.click(`${figureHeader} button`)
      await page.waitForSelector(`${figureHeader}[aria-sort="descending"]`)
      const shown = await shownCodes(page)
      expect(shown).toEqual(byFigure(filtered, lang, -1))
      expect(new URL(page.url()).pathname, 'sorted in place').toBe(urls.findings(lang))
      expect(new URL(page.url()).searchParams.get('sort')).toBe('figure')
      expect(new URL(page.url()).searchParams.get('order')).toBe('desc')

      // The downloads hold exactly the rows shown, in their order, in the open data's format.
      const json = JSON.parse(await downloaded(page, 'json')) as {
        collection: string
        docs: { code: string }[]
      }
      expect(json.collection).toBe('findings')
      expect(json.docs.map((d) => d.code)).toEqual(shown)
      const full = await page.request.get(`${server.origin}${urls.dataFile('findings', 'csv')}`)
      const csv = csvCodes(await downloaded(page, 'csv'))
      expect(csv.codes).toEqual(shown)
      expect(csv.header).toEqual(csvCodes(await full.text()).header)
      expect(await overflow(page), 'horizontal overflow, sorted').toBeLessThanOrEqual(0)
      expect(await axeViolations(page)).toEqual([])
      // The static page of the same theme (axe needs JavaScript to run).
      await page.goto(`${server.origin}${urls.findingsBy(lang, 'theme', theme)}`)
      expect(await axeViolations(page), 'theme page').toEqual([])
      await page.close()
    },
  )

  it.each(viewports)(
    'without JavaScript at $name: filter links lead to static pages of the right rows and files',
    async (viewport) => {
      const context = await browser.newContext({ viewport, locale: lang, javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${server.origin}${urls.findings(lang)}`)
      expect(await page.isVisible('[data-findings-form]')).toBe(false)
      expect(await overflow(page), 'horizontal overflow, table').toBeLessThanOrEqual(0)
      const { theme } = themeCase()
      const country = findings.flatMap((f) => f.countries).map(countryKey)[0]
      const cases = [
        { kind: 'theme' as const, key: theme, match: (f: Finding) => f.themes.includes(theme) },
        ...(country
          ? [
              {
                kind: 'country' as const,
                key: country,
                match: (f: Finding) => f.countries.map(countryKey).includes(country),
              },
            ]
          : []),
      ]
      for (const { kind, key, match } of cases) {
        const expected = findings.filter(match).map((f) => f.code)
        await page.goto(`${server.origin}${urls.findings(lang)}`)
        await page.click(`details:has([data-filter-kind="${kind}"]) summary`)
        await page.click(`[data-filter-kind="${kind}"] a[data-key="${key}"]`)
        await page.waitForURL(`${server.origin}${urls.findingsBy(lang, kind, key)}`)
        expect(await shownCodes(page)).toEqual(expected.slice(0, 200))
        expect(await page.textContent('.lead [data-count]')).toContain(countText(expected.length))
        expect(await overflow(page), `horizontal overflow, ${kind} page`).toBeLessThanOrEqual(0)
        const links = await page.$$eval('.downloads a[download]', (as) =>
          as.map((a) => a.getAttribute('href') ?? ''),
        )
        expect(links.sort()).toEqual(
          [urls.findingsByData(kind, key, 'csv'), urls.findingsByData(kind, key, 'json')].sort(),
        )
        const json = (await (
          await page.request.get(`${server.origin}${urls.findingsByData(kind, key, 'json')}`)
        ).json()) as { docs: { code: string }[] }
        expect(json.docs.map((d) => d.code)).toEqual(expected)
        const csv = await page.request.get(
          `${server.origin}${urls.findingsByData(kind, key, 'csv')}`,
        )
        expect(csvCodes(await csv.text()).codes).toEqual(expected)
      }
      await context.close()
    },
  )

  it.each(viewports)(
    'with JavaScript at $name: a report, then one of its chapters; URL state and reload',
    async (viewport) => {
      const { report, chapter, chapters, codes } = chapterCase()
      expect(chapters.length, 'the corpus report has several chapters').toBeGreaterThan(1)
      const inReport = findings.filter((f) => f.report === report).length
      expect(codes.length).toBeGreaterThan(0)
      expect(codes.length).toBeLessThan(inReport)
      const page = await browser.newPage({ viewport, locale: lang })
      await page.goto(`${server.origin}${urls.findings(lang)}`)
      await page.waitForSelector('[data-findings-form]:not([hidden])')
      expect(await page.isDisabled('select[name="chapter"]')).toBe(true)
      await page.selectOption('select[name="report"]', report)
      await page.waitForSelector(`select[name="chapter"]:enabled option[value="${chapter}"]`, {
        state: 'attached',
      })
      const options = await page.$$eval('select[name="chapter"] option', (os) =>
        os.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
      )
      expect(options.sort()).toEqual([...chapters].sort())
      await page.selectOption('select[name="chapter"]', chapter)
      const shownIs = (n: number) =>
        page.waitForFunction(
          (count) =>
            document.querySelector<HTMLElement>('[data-findings-table]')?.dataset.shown === count &&
            document.querySelectorAll('[data-findings-table] tbody tr').length === Number(count),
          String(n),
        )
      await shownIs(codes.length)
      expect(await shownCodes(page)).toEqual(codes)
      expect((await page.textContent('[data-shown-count]'))?.trim()).toBe(countText(codes.length))
      const query = new URL(page.url()).searchParams
      expect(query.get('report')).toBe(report)
      expect(query.get('chapter')).toBe(chapter)
      expect(await overflow(page), 'horizontal overflow, one chapter').toBeLessThanOrEqual(0)

      await page.reload()
      await shownIs(codes.length)
      expect(await shownCodes(page)).toEqual(codes)
      expect(await page.inputValue('select[name="report"]')).toBe(report)
      expect(await page.inputValue('select[name="chapter"]')).toBe(chapter)
      expect((await page.textContent('[data-shown-count]'))?.trim()).toBe(countText(codes.length))
      // The static sorted table (axe needs JavaScript to run).
      await page.goto(`${server.origin}${urls.findingsSorted(lang, 'figure', 'desc')}`)
      expect(await axeViolations(page), 'sorted page').toEqual([])
      await page.close()
    },
  )

  it.each(viewports)(
    'without JavaScript at $name: the sortable headers link to the whole table in their order',
    async (viewport) => {
      const context = await browser.newContext({ viewport, locale: lang, javaScriptEnabled: false })
      const page = await context.newPage()
      await page.goto(`${server.origin}${urls.findings(lang)}`)
      expect(await sortState(page)).toEqual({ code: null, figure: null, report: null })
      const figureLink = '[data-findings-table] th[data-sort="figure"] a'

      await page.click(figureLink)
      await page.waitForURL(`${server.origin}${urls.findingsSorted(lang, 'figure', 'asc')}`)
      expect(await shownCodes(page)).toEqual(byFigure(findings, lang, 1).slice(0, 200))
      expect(await sortState(page)).toEqual({ code: null, figure: 'ascending', report: null })
      expect(await overflow(page), 'horizontal overflow, sorted').toBeLessThanOrEqual(0)

      // Again: highest first, as a second click on the script's button does.
      await page.click(figureLink)
      await page.waitForURL(`${server.origin}${urls.findingsSorted(lang, 'figure', 'desc')}`)
      expect(await shownCodes(page)).toEqual(byFigure(findings, lang, -1).slice(0, 200))
      expect(await sortState(page)).toEqual({ code: null, figure: 'descending', report: null })
      expect(await overflow(page), 'horizontal overflow, sorted descending').toBeLessThanOrEqual(0)

      // Another column from there: ascending again.
      const collator = new Intl.Collator(getLocale(lang).intlLocale, { numeric: true })
      await page.click('[data-findings-table] th[data-sort="code"] a')
      await page.waitForURL(`${server.origin}${urls.findingsSorted(lang, 'code', 'asc')}`)
      expect(await shownCodes(page)).toEqual(
        findings
          .map((f) => f.code)
          .sort((a, b) => collator.compare(a, b))
          .slice(0, 200),
      )
      expect(await sortState(page)).toEqual({ code: 'ascending', figure: null, report: null })
      await context.close()
    },
  )
})
