/// <reference lib="dom" />
/**
 * What the hand-made fixture snapshot exercises, in Chromium: untranslated fields shown in the
 * other language with its lang/dir and a notice, translations that may lag dated in the page's
 * language, the statistic with its base, the breakdown chart, campaign share links, story
 * outcomes, and clear errors for a bad snapshot.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { formatDate, formatNumber } from '@mahjar/shared/format'
import { gcmObjectiveTitle } from '@mahjar/shared/gcm'
import { useTranslations } from '@mahjar/shared/i18n'
import { locales, otherLocale } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { renderedTextSizes } from '../../helpers/chart-text.ts'
import { siteFixture } from '../../helpers/constants.ts'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import {
  buildSiteFrom,
  fixtureSnapshotDir,
  removeSiteBuild,
  testCmsUrl,
  testSiteUrl,
  type BuiltSite,
} from '../../helpers/site-build.ts'
import { snapshotDocs } from '../../helpers/snapshot-files.ts'
import { indexSite, settledSearch } from '../../helpers/search-page.ts'
import { serveStatic, type StaticServer } from '../../helpers/site-server.ts'
import { htmlProblems } from '../../helpers/site-dist.ts'

let site: BuiltSite
let server: StaticServer
let browser: Browser

let served: ServedSite | undefined

beforeAll(async () => {
  served = await serveBuiltSite('fixture')
  ;({ site, server, browser } = served)
})

afterAll(async () => {
  await served?.close()
})

async function open(sitePath: string, width = 1000): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } })
  await page.goto(`${server.origin}${sitePath}`)
  return page
}

describe('untranslated fields', () => {
  it('an Arabic-only finding statement on the English page carries lang="ar" dir="rtl" and a visible notice', async () => {
    const page = await open(urls.finding('en', siteFixture.findingArabicOnly))
    const heading = page.locator('h1')
    expect(await heading.getAttribute('lang')).toBe('ar')
    expect(await heading.getAttribute('dir')).toBe('rtl')
    const notice = page.locator('h1 + .fallback-notice')
    expect(await notice.isVisible()).toBe(true)
    expect(await notice.textContent()).toBe('Not yet translated: shown in العربية.')
    await page.close()
  })

  it('an English-only recommendation on the Arabic page carries lang="en" dir="ltr" and an Arabic notice', async () => {
    const page = await open(urls.recommendation('ar', siteFixture.recommendationEnglishOnly))
    const heading = page.locator('h1')
    expect(await heading.getAttribute('lang')).toBe('en')
    expect(await heading.getAttribute('dir')).toBe('ltr')
    expect(await page.locator('h1 + .fallback-notice').textContent()).toBe(
      'لم يُترجم بعد: معروض بـEnglish.',
    )
    await page.close()
  })

  it('an Arabic-only statement in the English findings table carries lang="ar" dir="rtl" and a notice', async () => {
    const page = await open(urls.findings('en'), 360)
    const cell = page.locator(
      `[data-findings-table] tr[data-code="${siteFixture.findingArabicOnly}"] .findings-table__statement`,
    )
    expect(await cell.locator('[lang]').first().getAttribute('lang')).toBe('ar')
    expect(await cell.locator('[lang]').first().getAttribute('dir')).toBe('rtl')
    expect(await cell.locator('.fallback-notice').textContent()).toBe(
      'Not yet translated: shown in العربية.',
    )
    await page.close()
  })

  it('an untranslated list item keeps its notice inside the item, in the page language', async () => {
    const page = await open(
      urls.campaignEdition('en', siteFixture.campaignSlug, siteFixture.campaignYear),
    )
    const item = page.locator('#objectives ~ ol > li').nth(1)
    expect(await item.getAttribute('lang')).toBe('ar')
    expect(await item.locator('.fallback-notice').getAttribute('lang')).toBe('en')
    expect(await page.locator('#objectives ~ ol > :not(li)').count()).toBe(0)
    await page.close()
  })

  it('the fixture build, fallbacks included, is valid HTML', async () => {
    expect(await htmlProblems(site.distDir)).toEqual([])
  })

  it('search results show untranslated titles in their own language, with a notice in the page language', async () => {
    await indexSite(site.snapshotDir, site.distDir)
    const cases = [
      {
        lang: 'en',
        query: 'التمويل',
        url: urls.finding('en', siteFixture.findingArabicOnly),
        titleLang: 'ar',
        dir: 'rtl',
      },
      {
        lang: 'ar',
        query: 'extremism',
        url: urls.recommendation('ar', siteFixture.recommendationEnglishOnly),
        titleLang: 'en',
        dir: 'ltr',
      },
    ] as const
    for (const c of cases) {
      const page = await open(urls.search(c.lang, c.query))
      await settledSearch(page)
      const result = page.locator('.search-result', { has: page.locator(`a[href="${c.url}"]`) })
      const title = result.locator('.search-result__title a')
      expect(await title.getAttribute('lang')).toBe(c.titleLang)
      expect(await title.getAttribute('dir')).toBe(c.dir)
      const notice = result.locator('.fallback-notice')
      expect(await notice.getAttribute('lang')).toBeNull()
      expect(await notice.textContent()).toBe(
        useTranslations(c.lang)('fallback.notice', { language: locales[c.titleLang].label }),
      )
      await page.close()
    }
    // A filter value whose name is not translated yet (this audience is named in Arabic only).
    const filters = await open(urls.search('en', 'solidarity'))
    await settledSearch(filters)
    await filters.click('#search-filters summary')
    const audience = filters.locator(
      '#search-filters label:has(input[name="audience"][value="diaspora-activists-and-organisations"]) bdi',
    )
    expect(await audience.getAttribute('lang')).toBe('ar')
    expect(await audience.getAttribute('dir')).toBe('rtl')
    await filters.close()
    // A translated result carries no lang of its own and no notice.
    const page = await open(urls.search('en', 'extremism'))
    await settledSearch(page)
    const translated = page.locator('.search-result', {
      has: page.locator(
        `a[href="${urls.recommendation('en', siteFixture.recommendationEnglishOnly)}"]`,
      ),
    })
    expect(await translated.locator('.search-result__title a').getAttribute('lang')).toBeNull()
    expect(await translated.locator('.fallback-notice').count()).toBe(0)
    await page.close()
  })

  it('a byline not translated yet is isolated in its own language inside the Arabic sentence', async () => {
    const page = await open(urls.story('ar', siteFixture.storySlug))
    const name = page.locator('.meta bdi')
    expect(await name.textContent()).toBe('IOM Egypt')
    expect(await name.getAttribute('lang')).toBe('en')
    expect(await name.getAttribute('dir')).toBe('ltr')
    expect(await page.locator('.meta').innerText()).toMatch(/^بقلم\s+IOM Egypt/)
    await page.close()
  })

  it('translated fields carry no lang attribute of their own and no notice', async () => {
    const page = await open(urls.finding('ar', siteFixture.findingWithBase))
    expect(await page.locator('h1').getAttribute('lang')).toBeNull()
    expect(await page.locator('main .fallback-notice').count()).toBe(0)
    await page.close()
  })
})

describe('translations that may lag', () => {
  const cases = [
    { ...siteFixture.findingLagging, path: urls.finding },
    { ...siteFixture.recommendationLagging, path: urls.recommendation },
  ]

  it.each(cases)(
    'the $lagging page of $code dates the change of the other language in its own words, lang and dir',
    async ({ code, lagging, since, path }) => {
      const page = await open(path(lagging, code))
      const notice = page.locator('main h1 + .translation-lag')
      expect(await notice.isVisible()).toBe(true)
      expect(await notice.textContent()).toBe(
        useTranslations(lagging)('translationLag.notice', { date: formatDate(lagging, since) }),
      )
      // The day as readers write it, e.g. "18 November 2026" / «15 نوفمبر 2026».
      expect(await notice.textContent()).toContain(formatDate(lagging, since))
      expect(await notice.textContent()).not.toBe(
        useTranslations(lagging)('fallback.notice', { language: locales[lagging].label }),
      )
      expect(await notice.getAttribute('lang')).toBe(lagging)
      expect(await notice.getAttribute('dir')).toBe(locales[lagging].dir)
      expect(await notice.evaluate((e) => getComputedStyle(e).direction)).toBe(locales[lagging].dir)
      expect(await notice.getAttribute('data-pagefind-ignore')).not.toBeNull()
      await page.close()
    },
  )

  it.each(cases)(
    'the page of $code in the language that changed shows no lag notice',
    async ({ code, lagging, path }) => {
      const page = await open(path(otherLocale(lagging), code))
      expect(await page.locator('h1').isVisible()).toBe(true)
      expect(await page.locator('.translation-lag').count()).toBe(0)
      await page.close()
    },
  )

  it.each(['ar', 'en'] as const)(
    'the %s page of a finding whose texts do not lag shows no lag notice',
    async (lang) => {
      const page = await open(urls.finding(lang, siteFixture.findingWithBase))
      expect(await page.locator('h1').isVisible()).toBe(true)
      expect(await page.locator('.translation-lag').count()).toBe(0)
      await page.close()
    },
  )
})

describe('withdrawn items', () => {
  const code = siteFixture.findingWithdrawn

  it.each(['ar', 'en'] as const)(
    'the %s page of a withdrawn finding is its notice: what it was, when and why, the citation that was valid, where to go instead',
    async (lang) => {
      const t = useTranslations(lang)
      const page = await open(urls.finding(lang, code))
      const main = page.locator('main')
      expect(await page.locator('html').getAttribute('lang')).toBe(lang)
      expect(await page.locator('h1').textContent()).toBe(t('withdrawn.title', { what: code }))
      const reason = main.locator('.withdrawn-reason')
      expect(await reason.getAttribute('lang')).toBeNull()
      expect(await reason.textContent()).toContain(
        lang === 'ar' ? 'أُعيد حساب الرقم' : 'The figure was recalculated',
      )
      expect(await main.locator('.withdrawn-title').textContent()).toContain('12%')
      const citation = await main.locator('.cite-text').first().textContent()
      expect(citation).toContain(code)
      expect(citation).toContain(`${testSiteUrl}${urls.finding(lang, code)}`)
      // Readers are sent to the page in their own language.
      expect(await main.locator('.withdrawn-next a').getAttribute('href')).toBe(
        urls.finding(lang, 'AIE-F04'),
      )
      await page.close()
    },
  )

  it('an untranslated reason or title on a notice carries its own lang and dir with a notice', async () => {
    const page = await open(urls.practice('en', siteFixture.practiceWithdrawn))
    const reason = page.locator('main .withdrawn-reason')
    expect(await reason.getAttribute('lang')).toBe('ar')
    expect(await reason.getAttribute('dir')).toBe('rtl')
    expect(await page.locator('main .withdrawn-reason + .fallback-notice').isVisible()).toBe(true)
    const arabic = await open(urls.practice('ar', siteFixture.practiceWithdrawn))
    expect(await arabic.locator('main .withdrawn-title').getAttribute('lang')).toBe('en')
    expect(await arabic.locator('main .withdrawn-next a').getAttribute('href')).toBe(
      urls.home('ar'),
    )
    await Promise.all([page.close(), arabic.close()])
  })

  it.each(['ar', 'en'] as const)(
    'the %s findings table lists every published finding and not the withdrawn one',
    async (lang) => {
      const page = await open(urls.findings(lang))
      const rows = await page.$$eval('[data-findings-table] tbody tr', (trs) =>
        trs.map((tr) => tr.getAttribute('data-code')),
      )
      expect(rows).toEqual(snapshotDocs(fixtureSnapshotDir, 'findings').map((f) => f.code))
      expect(rows).not.toContain(code)
      await page.close()
    },
  )

  it('the short link of a withdrawn finding leads to its notice, whatever the case of the code', async () => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    for (const typed of [`/f/${code}`, `/f/${code.toLowerCase()}`, `/f/${code}/`]) {
      await page.goto(`${server.origin}${typed}`)
      await page.waitForURL(`**${urls.finding('en', code)}`)
      expect(await page.locator('h1').textContent()).toBe(
        useTranslations('en')('withdrawn.title', { what: code }),
      )
    }
    await context.close()
  })
})

describe('findings', () => {
  it('the statistic is shown large with its qualifier and base, isolated for RTL', async () => {
    const ar = await open(urls.finding('ar', siteFixture.findingWithBase))
    expect(await ar.locator('.statistic').innerText()).toMatch(
      /^أكثر من\s+90\u200e?%\u200e?\s+القاعدة: n = 104$/,
    )
    expect(await ar.locator('.statistic__base bdi').getAttribute('dir')).toBe('ltr')
    const size = await ar
      .locator('.statistic__figure')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
    expect(size).toBeGreaterThanOrEqual(40)
    expect(await ar.locator('.eyebrow').innerText()).toContain('المستند 1-أ')
    await ar.close()
    const en = await open(urls.finding('en', siteFixture.findingWithBase))
    expect(await en.locator('.statistic').innerText()).toMatch(/^more than\s+90%\s+Base: n = 104$/)
    expect(await en.locator('.eyebrow').innerText()).toContain('Exhibit 1-A')
    await en.close()
  })

  it('a multi-part exhibit is drawn as an inline SVG bar chart that grows from the inline start', async () => {
    for (const [lang, dir] of [
      ['ar', 'rtl'],
      ['en', 'ltr'],
    ] as const) {
      const page = await open(urls.finding(lang, siteFixture.findingWithBreakdown))
      const bars = page.locator('figure.chart svg rect')
      expect(await bars.count()).toBe(3)
      const box = await page.locator('figure.chart svg').boundingBox()
      const first = await bars.first().boundingBox()
      if (!box || !first) throw new Error('chart not rendered')
      const edge = dir === 'rtl' ? box.x + box.width - (first.x + first.width) : first.x - box.x
      expect(Math.abs(edge), `${lang} bars start at the inline start`).toBeLessThan(2)
      expect(await page.locator('figure.chart svg').getAttribute('role')).toBe('img')
      expect(await page.locator('figure.chart table th').allTextContents()).toHaveLength(3)
      // The third label exists in Arabic only: on the English page it keeps lang="ar" and RTL.
      const untranslated = page.locator('figure.chart svg text[lang]')
      expect(await untranslated.count()).toBe(lang === 'en' ? 1 : 0)
      if (lang === 'en') {
        expect(await untranslated.getAttribute('lang')).toBe('ar')
        expect(await untranslated.getAttribute('direction')).toBe('rtl')
        expect(await page.locator('figure.chart th [lang="ar"][dir="rtl"]').count()).toBe(1)
      }
      await page.close()
    }
  })

  it.each(['ar', 'en'] as const)(
    'at 360 px the %s breakdown chart reflows: no text under 12 px, labels above their bars, no overflow',
    async (lang) => {
      const page = await open(urls.finding(lang, siteFixture.findingWithBreakdown), 360)
      await page.evaluate(() => document.fonts.ready)
      const sizes = await renderedTextSizes(page, 'figure.chart svg text')
      // Three labels and three values.
      expect(sizes).toHaveLength(6)
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12)
      const label = await page.locator('figure.chart svg text').first().boundingBox()
      const bar = await page.locator('figure.chart svg rect').first().boundingBox()
      if (!label || !bar) throw new Error('chart not rendered')
      expect(label.y + label.height).toBeLessThanOrEqual(bar.y + 1)
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0)
      // The table of the same figures stays beside the drawing.
      expect(await page.locator('figure.chart table tbody tr').count()).toBe(3)
      await page.close()
    },
  )

  it('a finding links to the recommendations resting on it, and back', async () => {
    const page = await open(urls.finding('ar', siteFixture.findingWithBase))
    const link = page.locator(
      `a[href="${urls.recommendation('ar', siteFixture.recommendationWithEvidence)}"]`,
    )
    await link.click()
    await page.waitForURL(
      `${server.origin}${urls.recommendation('ar', siteFixture.recommendationWithEvidence)}`,
    )
    expect(
      await page.locator(`a[href="${urls.finding('ar', siteFixture.findingWithBase)}"]`).count(),
    ).toBe(1)
    await page.close()
  })
})

describe('typography and print', () => {
  it('Arabic text is set in Noto Naskh Arabic with generous line height and no letter-spacing', async () => {
    const page = await open(urls.finding('ar', siteFixture.findingWithBase))
    const style = await page
      .locator('main .details dd')
      .first()
      .evaluate((e) => {
        const s = getComputedStyle(e)
        return {
          family: s.fontFamily,
          letterSpacing: s.letterSpacing,
          ratio: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
        }
      })
    expect(style.family).toMatch(/^"Noto Naskh Arabic"/)
    expect(['normal', '0px']).toContain(style.letterSpacing)
    expect(style.ratio).toBeGreaterThanOrEqual(1.8)
    await page.evaluate(() => document.fonts.ready)
    const loaded = await page.evaluate(() => {
      const names: string[] = []
      document.fonts.forEach((face) => {
        if (face.status === 'loaded') names.push(face.family.replace(/"/g, ''))
      })
      return names
    })
    expect(loaded).toContain('Noto Naskh Arabic')
    await page.close()
  })

  it('printing a finding drops the site chrome and keeps the statement, statistic and chart', async () => {
    const page = await open(urls.finding('en', siteFixture.findingWithBreakdown))
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.site-footer').isVisible()).toBe(false)
    expect(await page.locator('h1').isVisible()).toBe(true)
    expect(await page.locator('.statistic').isVisible()).toBe(true)
    expect(await page.locator('figure.chart svg').isVisible()).toBe(true)
    await page.close()
  })
})

describe('campaigns and stories', () => {
  it('share links carry the edition hashtag and the dates read as a range in each language', async () => {
    const ar = await open(
      urls.campaignEdition('ar', siteFixture.campaignSlug, siteFixture.campaignYear),
    )
    const hrefs = await ar
      .locator('#share ~ ul a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs).toHaveLength(3)
    for (const href of hrefs) expect(decodeURIComponent(href)).toContain('AlMahjarCan_21')
    expect(await ar.locator('main').innerText()).toMatch(/15\s?–\s?25 يناير 2021/)
    await ar.close()
    const en = await open(
      urls.campaignEdition('en', siteFixture.campaignSlug, siteFixture.campaignYear),
    )
    expect(await en.locator('main').innerText()).toMatch(/15\s?–\s?25 January 2021/)
    await en.close()
  })

  it.each(['ar', 'en'] as const)(
    'the %s edition page has a working "raise your voice" form without JavaScript: posts to the CMS, every field labelled, the bot trap hidden',
    async (lang) => {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
      })
      const page = await context.newPage()
      await page.goto(
        `${server.origin}${urls.campaignEdition(lang, siteFixture.campaignSlug, siteFixture.campaignYear)}`,
      )
      const t = useTranslations(lang)
      const form = page.locator('form[enctype="multipart/form-data"]')
      expect(await form.getAttribute('action')).toBe(`${testCmsUrl}/api/submissions/send`)
      expect(await form.getAttribute('method')).toBe('post')
      expect(await form.locator('input[name="lang"]').inputValue()).toBe(lang)
      expect(await form.locator('input[name="campaign"]').inputValue()).toBe(
        siteFixture.campaignSlug,
      )
      expect(await form.locator('input[name="consent"]').getAttribute('required')).not.toBeNull()
      // Every control a person fills has a label they can read, in the page's language.
      const unlabelled = await form
        .locator('input:not([type="hidden"]), textarea, select')
        .evaluateAll((controls) =>
          controls
            .filter((control) => {
              const labels = (control as HTMLInputElement).labels
              return !labels || labels.length === 0 || !labels[0]?.textContent.trim()
            })
            .map((control) => control.getAttribute('name')),
        )
      expect(unlabelled).toEqual([])
      expect(await page.getByRole('button', { name: t('voice.send') }).count()).toBe(1)
      // The bot trap: not visible, not in the accessibility tree, not reached by Tab.
      const trap = form.locator('input[name="website"]')
      expect(await trap.getAttribute('tabindex')).toBe('-1')
      expect(await page.getByRole('textbox', { name: t('voice.honeypot') }).count()).toBe(0)
      const shown = await trap.evaluate((input) => {
        const box = input.closest('[aria-hidden="true"]')?.getBoundingClientRect()
        return box ? box.width * box.height : Number.POSITIVE_INFINITY
      })
      expect(shown).toBeLessThanOrEqual(1)
      // At 390 px nothing of the form runs past the screen.
      const widest = await form.evaluate((element) => element.scrollWidth)
      expect(widest).toBeLessThanOrEqual(390)
      // The page tells the CMS its origin when it posts (no-referrer would send "Origin: null"),
      // and no link from it to another host sends anything.
      expect(await page.locator('head meta[name="referrer"]').getAttribute('content')).toBe(
        'strict-origin',
      )
      const leaky = await page.locator('a[href^="http"]').evaluateAll((links) =>
        links
          .filter((link) => new URL((link as HTMLAnchorElement).href).origin !== location.origin)
          .filter((link) => !/\bnoreferrer\b/.test(link.getAttribute('rel') ?? ''))
          .map((link) => link.getAttribute('href')),
      )
      expect(leaky).toEqual([])
      const check = page.locator(`form[action="${testCmsUrl}/api/submissions/receipt"]`)
      expect(await check.locator('button[name="action"]').count()).toBe(2)
      await context.close()
    },
  )

  it('a story shows its measured outcomes as figures with Intl grouping', async () => {
    const page = await open(urls.story('en', siteFixture.storySlug))
    const figures = await page.locator('#outcomes ~ dl dt').allInnerTexts()
    expect(figures).toEqual(['176,000', '16,000', '3,000 times'])
    await page.close()
  })
})

describe('small truths', () => {
  it.each(['ar', 'en'] as const)(
    'the %s home page calls a past edition the latest edition, never the current campaign',
    async (lang) => {
      // The fixture's edition ran in January 2021; the snapshot is of November 2026.
      const t = useTranslations(lang)
      const page = await open(urls.home(lang))
      const heading = page.locator('#campaign-edition')
      expect(await heading.textContent()).toBe(t('home.latestEdition'))
      expect(await page.locator('main').innerText()).not.toContain(t('home.currentCampaign'))
      await page.close()
    },
  )

  it('calls an edition running on the snapshot date the current campaign, in both languages', async () => {
    const snapshotDir = mkdtempSync(path.join(tmpdir(), 'mahjar-running-edition-'))
    cpSync(fixtureSnapshotDir, snapshotDir, { recursive: true })
    const file = path.join(snapshotDir, 'campaign-editions.json')
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as {
      docs: { startDate: string; endDate: string }[]
    }
    // The snapshot's newest update is 2026-11-20: the edition's last day is that day.
    for (const doc of snapshot.docs)
      Object.assign(doc, { startDate: '2026-11-10', endDate: '2026-11-20' })
    writeFileSync(file, JSON.stringify(snapshot))
    const running = buildSiteFrom(snapshotDir)
    const runningServer = await serveStatic(running.distDir)
    try {
      for (const lang of ['ar', 'en'] as const) {
        const page = await browser.newPage()
        await page.goto(`${runningServer.origin}${urls.home(lang)}`)
        expect(await page.locator('#campaign-edition').textContent()).toBe(
          useTranslations(lang)('home.currentCampaign'),
        )
        await page.close()
      }
    } finally {
      await runningServer.close()
      removeSiteBuild(running)
      rmSync(snapshotDir, { recursive: true, force: true })
    }
  })

  it.each(['ar', 'en'] as const)(
    'on %s pages a theme tag looks like a link only when it is one',
    async (lang) => {
      for (const sitePath of [
        urls.report(lang, siteFixture.reportSlug),
        urls.finding(lang, siteFixture.findingWithBreakdown),
        urls.practice(lang, siteFixture.practiceSlug),
        urls.recommendation(lang, siteFixture.recommendationWithEvidence),
      ]) {
        const page = await open(sitePath)
        const tags = await page.$$eval('main .tags li', (items) =>
          items.map((item) => {
            const link = item.querySelector('a')
            const face = getComputedStyle(link ?? item)
            return {
              link: link !== null,
              plainClass: item.classList.contains('tag-plain'),
              underlined: face.textDecorationLine.includes('underline'),
              colour: face.color,
              fill: getComputedStyle(item).backgroundColor,
            }
          }),
        )
        expect(tags.length, sitePath).toBeGreaterThan(0)
        for (const tag of tags) {
          // Every tag is either a link or marked plain, never both.
          expect(tag.link, sitePath).toBe(!tag.plainClass)
          expect(tag.underlined, sitePath).toBe(tag.link)
        }
        await page.close()
      }
      // The report has one of each: advocacy has recommendations (a link), repression does not.
      const page = await open(urls.report(lang, siteFixture.reportSlug))
      const link = await page
        .locator('main .tags li > a')
        .first()
        .evaluate((a) => {
          const li = a.parentElement ?? a
          return { colour: getComputedStyle(a).color, fill: getComputedStyle(li).backgroundColor }
        })
      const plain = await page
        .locator('main .tags li.tag-plain')
        .first()
        .evaluate((li) => ({
          colour: getComputedStyle(li).color,
          fill: getComputedStyle(li).backgroundColor,
          border: getComputedStyle(li).borderTopColor,
        }))
      expect(plain.colour).not.toBe(link.colour)
      expect(plain.fill).not.toBe(link.fill)
      expect(plain.border).not.toBe('rgba(0, 0, 0, 0)')
      await page.close()
    },
  )

  it.each(['ar', 'en'] as const)(
    'a %s practice page names its Global Compact objectives by number and official title',
    async (lang) => {
      const t = useTranslations(lang)
      const expected = {
        [siteFixture.practiceSlug]: [19],
        'kampala-for-all': [15, 16],
      }
      for (const [slug, numbers] of Object.entries(expected)) {
        const page = await open(urls.practice(lang, slug))
        const items = await page.locator('.gcm-objectives li').allTextContents()
        expect(items.map((item) => item.trim())).toEqual(
          numbers.map((n) =>
            t('practice.gcmObjective', {
              number: formatNumber(lang, n),
              title: gcmObjectiveTitle(n, lang),
            }),
          ),
        )
        await page.close()
      }
      const page = await open(urls.practice(lang, siteFixture.practiceSlug))
      expect(await page.locator('.gcm-objectives').innerText()).toContain(
        lang === 'en'
          ? 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries'
          : 'الهدف 19',
      )
      await page.close()
    },
  )
})

describe('a bad snapshot', () => {
  it('fails the build with the file, the document and the field named', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-bad-snapshot-'))
    cpSync(fixtureSnapshotDir, dir, { recursive: true })
    const file = path.join(dir, 'findings.json')
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as {
      docs: { code: string; statistic?: { value: number } }[]
    }
    const broken = snapshot.docs.find((d) => d.code === siteFixture.findingWithBase)
    if (!broken?.statistic) throw new Error('fixture changed')
    broken.statistic.value = 140
    writeFileSync(file, JSON.stringify(snapshot))
    expect(() => buildSiteFrom(dir)).toThrow(
      /findings\.json[\s\S]*docs\[0\] \(AIE-F01\) statistic\.value: a percentage cannot exceed 100/,
    )
  })
})
