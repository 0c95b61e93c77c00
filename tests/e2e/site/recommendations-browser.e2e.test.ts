/// <reference lib="dom" />
/**
 * The recommendations browser in real Chromium, in Arabic and English, on a phone and a desktop:
 * an audience then a theme narrow the list and every option's count to what the snapshot says
 * (computed here from the snapshot, not from the site's index); the URL holds the filters, a
 * reload and the back button keep them, clearing resets; without JavaScript the form stays hidden
 * and the static per-audience, per-theme and per-report pages list their recommendations; no
 * page scrolls sideways.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { formatNumber } from '@mahjar/shared/format'
import { currentStatus } from '@mahjar/shared/follow-up'
import { useTranslations } from '@mahjar/shared/i18n'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import { snapshotDocs, snapshotWithdrawals } from '../../helpers/snapshot-files.ts'

interface Rec {
  code: string
  report: string
  audiences: string[]
  themes: string[]
  status: string
}

const facets = ['audience', 'theme', 'report', 'status'] as const
type Facet = (typeof facets)[number]

const viewports = [
  { name: 'phone', width: 360, height: 800 },
  { name: 'desktop', width: 1280, height: 900 },
] as const

let served: ServedSite | undefined
let recs: Rec[] = []

beforeAll(async () => {
  served = await serveBuiltSite('corpus')
  const dir = served.site.snapshotDir
  const withdrawn = snapshotWithdrawals(dir)
  recs = snapshotDocs(dir, 'recommendations')
    .sort((a, b) => a.report.localeCompare(b.report) || a.order - b.order)
    .filter((r) => !withdrawn.some((w) => w.collection === 'recommendations' && w.key === r.code))
    .map((r) => ({
      code: r.code,
      report: r.report,
      audiences: r.audiences,
      themes: r.themes,
      status: currentStatus(r.followUp).status,
    }))
})

afterAll(async () => {
  await served?.close()
})

function live(): ServedSite {
  if (!served) throw new Error('the site was not built')
  return served
}

function valuesOf(rec: Rec, facet: Facet): string[] {
  if (facet === 'audience') return rec.audiences
  if (facet === 'theme') return rec.themes
  if (facet === 'report') return [rec.report]
  return [rec.status]
}

/** The most frequent value of a facet among `items`. */
function mostFrequent(items: Rec[], facet: Facet, except?: number): string {
  const counts = new Map<string, number>()
  for (const rec of items) {
    for (const value of valuesOf(rec, facet)) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1])
  const pick = sorted.find(([, n]) => n !== except) ?? sorted[0]
  if (!pick) throw new Error(`No ${facet} in the snapshot's recommendations`)
  return pick[0]
}

type State = Partial<Record<Facet, string>>

const matches = (rec: Rec, state: State, skip?: Facet) =>
  facets.every((f) => f === skip || !state[f] || valuesOf(rec, f).includes(state[f]))

/** Per facet, per value: how many recommendations match the other filters and that value. */
function expectedCounts(state: State): Record<Facet, Record<string, number>> {
  const out = {} as Record<Facet, Record<string, number>>
  for (const facet of facets) {
    const counts: Record<string, number> = {}
    for (const rec of recs.filter((r) => matches(r, state, facet))) {
      for (const value of new Set(valuesOf(rec, facet))) counts[value] = (counts[value] ?? 0) + 1
    }
    out[facet] = counts
  }
  return out
}

/** What the form shows: its options' counts (non-zero only) and the listed codes. */
async function shown(page: Page) {
  while (await page.isVisible('#recommendations-more')) await page.click('#recommendations-more')
  return page.evaluate((keys) => {
    const counts = {} as Record<string, Record<string, number>>
    for (const key of keys) {
      const select = document.getElementById(`recommendations-filter-${key}`) as HTMLSelectElement
      counts[key] = Object.fromEntries(
        Array.from(select.options)
          .filter((o) => o.value && Number(o.dataset.count) > 0)
          .map((o) => [o.value, Number(o.dataset.count)]),
      )
    }
    const list = document.getElementById('recommendations-results') as HTMLUListElement
    return {
      counts,
      hrefs: list.hidden
        ? []
        : Array.from(list.querySelectorAll('a')).map((a) => a.getAttribute('href')),
      status: document.getElementById('recommendations-status')?.textContent ?? '',
      values: Object.fromEntries(
        keys.map((k) => [
          k,
          (document.getElementById(`recommendations-filter-${k}`) as HTMLSelectElement).value,
        ]),
      ),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }
  }, facets)
}

async function waitForState(page: Page, query: string) {
  await page.waitForSelector(`#recommendations-filters[data-state="${query}"]`, { timeout: 10_000 })
}

function expectShown(lang: LocaleCode, state: State, actual: Awaited<ReturnType<typeof shown>>) {
  const t = useTranslations(lang)
  const expected = recs.filter((r) => matches(r, state))
  expect(actual.hrefs).toEqual(expected.map((r) => urls.recommendation(lang, r.code)))
  expect(actual.status).toBe(
    t('recommendations.count', { count: expected.length, n: formatNumber(lang, expected.length) }),
  )
  expect(actual.counts).toEqual(expectedCounts(state))
  expect(actual.overflow).toBeLessThanOrEqual(0)
}

describe.each(localeCodes)('the recommendations browser in %s', (lang) => {
  describe.each(viewports)('on a $name ($width px)', (viewport) => {
    let context: BrowserContext

    beforeAll(async () => {
      context = await live().browser.newContext({ viewport, locale: lang })
    })

    afterAll(async () => {
      await context.close()
    })

    it('audience then theme: list and counts match the snapshot, the URL holds them, reload, back and clear', async () => {
      const audience = mostFrequent(recs, 'audience')
      const ofAudience = recs.filter((r) => r.audiences.includes(audience))
      const theme = mostFrequent(ofAudience, 'theme', ofAudience.length)
      const page = await context.newPage()
      const base = `${live().server.origin}${urls.recommendations(lang)}`
      await page.goto(base)
      await waitForState(page, '')
      expect(await page.isVisible('#recommendations-filters')).toBe(true)
      expect(await page.isVisible('#recommendations-results')).toBe(false)

      await page.selectOption('#recommendations-filter-audience', audience)
      await waitForState(page, `audience=${audience}`)
      expectShown(lang, { audience }, await shown(page))

      await page.selectOption('#recommendations-filter-theme', theme)
      const query = `audience=${audience}&theme=${theme}`
      await waitForState(page, query)
      expect(page.url()).toBe(`${base}?${query}`)
      const combined = await shown(page)
      expect(combined.hrefs.length).toBeGreaterThan(0)
      expect(combined.hrefs.length).toBeLessThan(ofAudience.length)
      expectShown(lang, { audience, theme }, combined)

      await page.reload()
      await waitForState(page, query)
      const reloaded = await shown(page)
      expect(reloaded.values).toEqual({ audience, theme, report: '', status: '' })
      expectShown(lang, { audience, theme }, reloaded)

      await page.goBack()
      await waitForState(page, `audience=${audience}`)
      expect(page.url()).toBe(`${base}?audience=${audience}`)
      expectShown(lang, { audience }, await shown(page))

      await page.click('#recommendations-clear')
      await waitForState(page, '')
      expect(page.url()).toBe(base)
      const cleared = await shown(page)
      expect(cleared.hrefs).toEqual([])
      expect(cleared.values).toEqual({ audience: '', theme: '', report: '', status: '' })
      expect(cleared.counts).toEqual(expectedCounts({}))
      expect(cleared.overflow).toBeLessThanOrEqual(0)
      await page.close()
    })

    it('without JavaScript: no form, and the static audience, theme and report pages list their recommendations', async () => {
      const noScript = await live().browser.newContext({
        viewport,
        locale: lang,
        javaScriptEnabled: false,
      })
      const page = await noScript.newPage()
      const indexRequests: string[] = []
      page.on('request', (request) => {
        if (request.url().endsWith('.json')) indexRequests.push(request.url())
      })
      await page.goto(`${live().server.origin}${urls.recommendations(lang)}`)
      expect(await page.isVisible('#recommendations-filters')).toBe(false)
      for (const facet of ['audience', 'theme', 'report'] as const) {
        const value = mostFrequent(recs, facet)
        const expected = recs.filter((r) => valuesOf(r, facet).includes(value))
        await page.goto(`${live().server.origin}${urls.recommendations(lang)}`)
        await page.click(`[data-groups="${facet}"] li[data-key="${value}"] a`)
        expect(page.url()).toBe(
          `${live().server.origin}${urls.recommendationsByTerm(lang, facet, value)}`,
        )
        const listed = await page.evaluate(() => ({
          hrefs: Array.from(document.querySelectorAll('.item-list a')).map((a) =>
            a.getAttribute('href'),
          ),
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }))
        expect(listed.hrefs).toEqual(
          expected.slice(0, 100).map((r) => urls.recommendation(lang, r.code)),
        )
        expect(listed.overflow).toBeLessThanOrEqual(0)
      }
      expect(indexRequests).toEqual([])
      await noScript.close()
    })
  })
})
