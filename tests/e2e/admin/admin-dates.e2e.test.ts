/**
 * A read-only date in the admin reads in the admin's language from the first load of an edit
 * view: the sidebar's "first published" of a published report, opened fresh (a new browser
 * session, no save before), shows "7 ديسمبر 2026 13:05" in the Arabic admin (Arabic month name,
 * Latin digits, day first) and "7 December 2026 13:05" in the English one (cms/src/fields/dates.ts),
 * and the date carries its own language and direction, so the right-to-left page cannot reorder
 * it. Every text the field shows from the first paint on is read, not only the last: Payload's
 * date picker had the Arabic month names only after its first render, so the Arabic admin showed
 * "7 December 2026 13:05" (reordered into "December 2026 13:05 7") until something rendered the
 * field again (about a second later here; in the report that found it, until the next save).
 * An editable date keeps working with the same component (components/AdminDateField.tsx).
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../helpers/chromium.ts'
import { reportSlug } from '../../helpers/constants.ts'
import { api, createBilingualOverRest } from '../../helpers/http.ts'
import { testPassword } from '../../helpers/payload.ts'
import { report, theme, type Builder } from '../../helpers/payload-fixtures.ts'
import { startCmsServer, type CmsServer } from '../../helpers/payload-server.ts'

type AdminLanguage = 'ar' | 'en'

let server: CmsServer | undefined
let browser: Browser | undefined
let baseUrl = ''
let token = ''
let reportId = ''
let firstPublishedAt = ''

/** Set-up over REST as the admin, in both languages, published. */
const publishBoth = (collection: string, build: Builder) =>
  createBilingualOverRest(baseUrl, token, collection, build)

/**
 * The date as the admin's style writes it (day, month name, year, 24-hour time), from the
 * locale's own month names through Intl, in UTC (the browser below runs in UTC).
 */
function expectedText(lang: AdminLanguage, iso: string): string {
  const date = new Date(iso)
  const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(date)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${String(date.getUTCDate())} ${month} ${String(date.getUTCFullYear())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`
}

beforeAll(async () => {
  server = await startCmsServer()
  baseUrl = server.baseUrl
  const registered = await api(baseUrl, '/users/first-register', {
    method: 'POST',
    body: { email: 'dates@mahjar.test', password: testPassword, name: 'ليلى حداد' },
  })
  expect(registered.status, JSON.stringify(registered.json)).toBe(200)
  token = String(registered.json.token)
  const themeId = await publishBoth('themes', theme('repression'))
  reportId = await publishBoth('reports', report(reportSlug, [themeId]))
  const stored = await api(baseUrl, `/reports/${reportId}?depth=0`, { token })
  firstPublishedAt = String((stored.json as { firstPublishedAt?: string }).firstPublishedAt)
  expect(firstPublishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/**
 * Opens the report's edit view in a new browser session (fresh: nothing cached, no save before)
 * with the admin in `lang`, recording every text the first-published date shows from the first
 * paint on (`datesShown`), and waits until the admin has hydrated and settled.
 */
async function openReportFresh(
  lang: AdminLanguage,
): Promise<{ page: Page; close: () => Promise<void> }> {
  if (!browser) throw new Error('Chromium did not start')
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    timezoneId: 'UTC',
  })
  const { hostname } = new URL(baseUrl)
  await context.addCookies([
    { name: 'payload-token', value: token, domain: hostname, path: '/' },
    { name: 'payload-lng', value: lang, domain: hostname, path: '/' },
  ])
  await context.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { datesShown: seen })
    const look = () => {
      const input = document.querySelector<HTMLInputElement>('#field-firstPublishedAt input')
      if (input && input.value !== seen.at(-1)) seen.push(input.value)
    }
    new MutationObserver(look).observe(document, { childList: true, subtree: true })
    setInterval(look, 10)
  })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/collections/reports/${reportId}?locale=${lang}`, {
    waitUntil: 'networkidle',
  })
  // Hydrated, and the admin's client effects (Payload's import of the date-fns locale among
  // them, and the re-render it causes) done.
  await page.locator('.template-default--nav-hydrated').first().waitFor()
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1_000)
  return { page, close: () => context.close() }
}

describe('a date in the admin, on the first load of an edit view', () => {
  const cases = [
    { lang: 'ar', dir: 'rtl', monthName: /^[\u0600-\u06FF]+$/ },
    { lang: 'en', dir: 'ltr', monthName: /^[A-Z][a-z]+$/ },
  ] as const
  for (const { lang, dir, monthName } of cases) {
    it(`a read-only date reads day first, its month in the admin's language, with its own lang and dir (${lang})`, async () => {
      const { page, close } = await openReportFresh(lang)
      try {
        const shown = await page
          .locator('#field-firstPublishedAt input')
          .evaluate((input: HTMLInputElement) => ({
            text: input.value,
            ownLang: input.getAttribute('lang'),
            ownDir: input.getAttribute('dir'),
            direction: getComputedStyle(input).direction,
            disabled: input.disabled,
          }))
        const everShown = await page.evaluate(
          () => (window as unknown as { datesShown: string[] }).datesShown,
        )
        const expected = expectedText(lang, firstPublishedAt)
        expect(everShown, 'every text the date showed since the first paint').toEqual([expected])
        expect(shown.text).toBe(expected)
        expect(shown.text).toMatch(/^\d{1,2} \S+ \d{4} \d{2}:\d{2}$/)
        expect(shown.text.split(' ')[1]).toMatch(monthName)
        expect(shown.ownLang, 'the date names its own language').toBe(lang)
        expect(shown.ownDir, 'the date sets its own direction').toBe(dir)
        expect(shown.direction).toBe(dir)
        expect(shown.disabled, 'the first publication stays read-only').toBe(true)
      } finally {
        await close()
      }
    })
  }

  it('an editable date stays editable: its calendar in Arabic, the day picked there shown in Arabic', async () => {
    const { page, close } = await openReportFresh('ar')
    try {
      const publishedOn = page.locator('#field-publishedOn input')
      // The report fixture's publication day: 2021-06-01.
      expect(await publishedOn.inputValue()).toBe('1 يونيو 2021')
      expect(await publishedOn.getAttribute('lang')).toBe('ar')
      await publishedOn.click()
      const calendar = page.locator('.react-datepicker').first()
      await expect.poll(() => calendar.innerText()).toContain('يونيو')
      expect(await calendar.innerText()).not.toContain('June')
      await calendar
        .locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)')
        .click()
      await expect.poll(() => publishedOn.inputValue()).toBe('15 يونيو 2021')
    } finally {
      await close()
    }
  })
})
