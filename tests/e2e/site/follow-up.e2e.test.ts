/// <reference lib="dom" />
/**
 * A recommendation's follow-up on the built site, in Chromium, both languages: the status badge
 * and its date, the dated timeline with sources and findings, the page of each status reached from
 * the badge, the browser's counts, search filtered by status, the citation's "status as of", and
 * a statement not translated yet shown in its own language. Built from the fixture snapshot with
 * one change: the follow-up statement of AIE-C2 exists in English only.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { formatDate, formatNumber } from '@mahjar/shared/format'
import { followUpAnchor } from '@mahjar/shared/follow-up'
import { useTranslations } from '@mahjar/shared/i18n'
import { localeCodes, locales } from '@mahjar/shared/locales'
import type { Recommendation } from '@mahjar/shared/schemas/collections'
import { urls } from '@mahjar/shared/urls'
import { axeViolations } from '../../helpers/axe.ts'
import { launchChromium } from '../../helpers/chromium.ts'
import { indexSite, settledSearch } from '../../helpers/search-page.ts'
import { buildSiteFrom, fixtureSnapshotDir, removeSiteBuild } from '../../helpers/site-build.ts'
import { snapshotDocs } from '../../helpers/snapshot-files.ts'
import { serveStatic, type StaticServer } from '../../helpers/site-server.ts'

const followedUp = 'AIE-B1-11'
const without = 'AIE-A1'
const untranslated = 'AIE-C2'

let built: ReturnType<typeof buildSiteFrom> | undefined
let server: StaticServer
let browser: Browser
let entries: Recommendation['followUp']

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-follow-up-'))
  cpSync(fixtureSnapshotDir, dir, { recursive: true })
  const file = path.join(dir, 'recommendations.json')
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { docs: Recommendation[] }
  const c2 = snapshot.docs.find((r) => r.code === untranslated)?.followUp[0]
  if (!c2) throw new Error(`fixture changed: ${untranslated} has no follow-up entry`)
  c2.statement = { en: c2.statement.en }
  writeFileSync(file, JSON.stringify(snapshot))
  built = buildSiteFrom(dir)
  await indexSite(dir, built.distDir)
  entries = snapshotDocs(dir, 'recommendations').find((r) => r.code === followedUp)?.followUp ?? []
  server = await serveStatic(built.distDir)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser.close()
  await server.close()
  if (built) removeSiteBuild(built)
})

async function open(sitePath: string, width = 1000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  await page.goto(`${server.origin}${sitePath}`)
  return page
}

describe.each(localeCodes)('follow-up in %s', (lang) => {
  const t = useTranslations(lang)

  it('the recommendation shows its status as of its latest entry and the timeline oldest first, with sources and findings', async () => {
    const page = await open(urls.recommendation(lang, followedUp))
    const badge = page.locator('[data-follow-up-status]')
    expect(await badge.getAttribute('data-follow-up-status')).toBe('in-progress')
    const badgeText = (await badge.innerText()).replace(/\s+/g, ' ')
    expect(badgeText).toContain(t('followUpStatus.in-progress'))
    expect(badgeText).toContain(
      t('recommendation.statusAsOf', { date: formatDate(lang, '2026-09-15') }),
    )
    const items = page.locator('ol#follow-up > li')
    expect(await items.count()).toBe(2)
    const ids = await items.evaluateAll((lis) => lis.map((li) => li.id))
    const [response, implementation] = [...entries].sort((a, b) => a.date.localeCompare(b.date))
    if (!response || !implementation) throw new Error('fixture changed: two entries expected')
    expect(ids).toEqual([
      followUpAnchor(entries, response),
      followUpAnchor(entries, implementation),
    ])
    const first = items.nth(0)
    const firstText = await first.innerText()
    expect(firstText).toContain(formatDate(lang, '2026-03-02'))
    expect(firstText).toContain(t('followUpKind.response'))
    expect(firstText).toContain(t('followUpStatus.supported'))
    expect(firstText).toContain(response.body?.[lang] ?? '')
    expect(firstText).toContain(response.statement[lang] ?? '')
    expect(firstText).toContain(formatDate(lang, '2026-03-01'))
    const source = first.locator('a[href="https://example.org/donor-statement"]')
    expect(await source.getAttribute('rel')).toBe('noreferrer noopener')
    expect(await source.innerText()).toBe(response.sources[0]?.label[lang])
    if (lang === 'ar') {
      expect(
        await first.locator('bdi[dir="ltr"]', { hasText: 'https://example.org' }).count(),
      ).toBe(1)
    }
    const second = items.nth(1)
    expect(await second.innerText()).toContain(t('followUpStatus.in-progress'))
    expect(await second.locator('a[href="https://example.org/grant-report"]').count()).toBe(1)
    await second.locator(`a[href="${urls.finding(lang, 'AIE-F03')}"]`).click()
    await page.waitForURL(`${server.origin}${urls.finding(lang, 'AIE-F03')}`)
    await page.close()
  })

  it('a recommendation without follow-up says so and cites no status', async () => {
    const page = await open(urls.recommendation(lang, without))
    expect(
      await page.locator('[data-follow-up-status]').getAttribute('data-follow-up-status'),
    ).toBe('none')
    expect(await page.locator('ol#follow-up').count()).toBe(0)
    expect(await page.locator('.follow-up').innerText()).toContain(t('recommendation.noFollowUp'))
    const citation = await page.locator('.cite-text').first().innerText()
    expect(citation).not.toContain(lang === 'ar' ? 'الحالة حتى' : 'status as of')
    await page.close()
  })

  it('the citation says "status as of" the date of the latest entry, in both languages', async () => {
    const page = await open(urls.recommendation(lang, followedUp))
    const [own, other] = await page.locator('.cite-text').allInnerTexts()
    const sentence = (l: 'ar' | 'en') =>
      `${l === 'ar' ? 'الحالة حتى' : 'status as of'} ${formatDate(l, '2026-09-15')}: ${useTranslations(l)('followUpStatus.in-progress')}`
    expect(own).toContain(sentence(lang))
    expect(other).toContain(sentence(lang === 'ar' ? 'en' : 'ar'))
    await page.close()
  })

  it('the badge leads to the page of its status, which lists the recommendation with a count', async () => {
    const page = await open(urls.recommendation(lang, followedUp))
    await page.locator('[data-follow-up-status] a').click()
    await page.waitForURL(`${server.origin}${urls.recommendationsByStatus(lang, 'in-progress')}`)
    expect(await page.locator('h1').innerText()).toContain(t('followUpStatus.in-progress'))
    expect(await page.locator('.group-count').innerText()).toContain(
      t('recommendations.count', { count: 1, n: formatNumber(lang, 1) }),
    )
    const links = await page
      .locator('main .item-list a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toEqual([urls.recommendation(lang, followedUp)])
    await page.close()
  })

  it('the browser counts recommendations by status, each linking to its page', async () => {
    const page = await open(urls.recommendations(lang))
    const statuses = page.locator('[data-groups="status"] > li')
    expect(await statuses.evaluateAll((lis) => lis.map((li) => li.dataset.key))).toEqual([
      'noted',
      'in-progress',
      'none',
    ])
    const inProgress = page.locator('[data-groups="status"] > li[data-key="in-progress"]')
    expect(await inProgress.locator('a').getAttribute('href')).toBe(
      urls.recommendationsByStatus(lang, 'in-progress'),
    )
    expect(await inProgress.locator('.group-count').getAttribute('data-count')).toBe('1')
    expect(await inProgress.innerText()).toContain(
      t('recommendations.count', { count: 1, n: formatNumber(lang, 1) }),
    )
    await page.close()
  })

  it('search filtered by status finds the recommendation by the words of its follow-up', async () => {
    const query = lang === 'ar' ? 'منحة' : 'grant'
    const page = await open(`${urls.search(lang, query)}&status=in-progress`)
    await settledSearch(page)
    const box = page.locator('input[name="status"][value="in-progress"]')
    expect(await box.isChecked()).toBe(true)
    expect(await page.locator('#search-filters label', { has: box }).textContent()).toContain(
      t('followUpStatus.in-progress'),
    )
    const links = await page.$$eval('#search-results .search-result__title a', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    )
    expect(links).toEqual([urls.recommendation(lang, followedUp)])
    await page.click('#search-filters input[name="status"][value="none"]')
    await page.waitForURL((url) => url.searchParams.getAll('status').includes('none'))
    await page.click('#search-filters input[name="status"][value="in-progress"]')
    await page.waitForURL((url) => !url.searchParams.getAll('status').includes('in-progress'))
    // Only "none" now: nothing without follow-up speaks of a grant.
    await page.waitForFunction(
      (text) => document.getElementById('search-status')?.textContent === text,
      t('search.results', { count: 0, n: formatNumber(lang, 0) }),
    )
    expect(await page.locator('#search-results .search-result').count()).toBe(0)
    await page.close()
  })

  it('the follow-up pages fit 360 px and pass axe', async () => {
    for (const sitePath of [
      urls.recommendation(lang, followedUp),
      urls.recommendationsByStatus(lang, 'in-progress'),
      urls.recommendations(lang),
    ]) {
      const page = await open(sitePath, 360)
      await page.evaluate(() => document.fonts.ready)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, sitePath).toBeLessThanOrEqual(0)
      expect(await axeViolations(page), sitePath).toEqual([])
      await page.close()
    }
  })
})

it('a statement not translated yet is shown in its own language with a notice in the page language', async () => {
  const page = await open(urls.recommendation('ar', untranslated))
  const statement = page.locator('ol#follow-up > li .follow-up__statement')
  expect(await statement.getAttribute('lang')).toBe('en')
  expect(await statement.getAttribute('dir')).toBe('ltr')
  const notice = page.locator('ol#follow-up > li .follow-up__statement + .fallback-notice')
  expect(await notice.textContent()).toBe(
    useTranslations('ar')('fallback.notice', { language: locales.en.label }),
  )
  expect(await notice.getAttribute('lang')).toBeNull()
  await page.close()
  const english = await open(urls.recommendation('en', untranslated))
  expect(
    await english.locator('ol#follow-up > li .follow-up__statement').getAttribute('lang'),
  ).toBeNull()
  expect(await english.locator('ol#follow-up .fallback-notice').count()).toBe(0)
  await english.close()
})
