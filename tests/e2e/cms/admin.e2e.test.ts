/**
 * The admin in Chromium, in Arabic and English: dashboard, a list and an edit view render with
 * the right `lang`/`dir`, no horizontal overflow, and no failed or outside requests.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../helpers/chromium.ts'
import { api } from '../../helpers/http.ts'
import { testPassword } from '../../helpers/payload.ts'
import { finding, report, rowIds } from '../../helpers/payload-fixtures.ts'
import { startCmsServer, type CmsServer } from '../../helpers/payload-server.ts'
import { reportSlug } from '../../helpers/constants.ts'

let server: CmsServer | undefined
let baseUrl = ''
let browser: Browser | undefined
let token = ''
let reportId = ''

beforeAll(async () => {
  server = await startCmsServer()
  baseUrl = server.baseUrl
  const registered = await api(baseUrl, '/users/first-register', {
    method: 'POST',
    body: { email: 'admin@mahjar.test', password: testPassword },
  })
  expect(registered.status, JSON.stringify(registered.json)).toBe(200)
  token = String(registered.json.token)
  const row = rowIds()
  const created = await api(baseUrl, '/reports?locale=ar', {
    method: 'POST',
    token,
    body: { ...report(reportSlug)('ar', row), _status: 'published' },
  })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  reportId = (created.json.doc as { id: string }).id
  await api(baseUrl, `/reports/${reportId}?locale=en`, {
    method: 'PATCH',
    token,
    body: { ...report(reportSlug)('en', row), _status: 'published' },
  })
  await api(baseUrl, '/findings?locale=ar', {
    method: 'POST',
    token,
    body: { ...finding('AIE-F01', reportId)('ar', rowIds()), _status: 'published' },
  })
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

type Watch = { outside: string[]; failed: string[] }

async function open(
  lang: 'ar' | 'en',
): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  if (!browser) throw new Error('Chromium did not start')
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const { hostname } = new URL(baseUrl)
  await context.addCookies([
    { name: 'payload-token', value: token, domain: hostname, path: '/' },
    { name: 'payload-lng', value: lang, domain: hostname, path: '/' },
  ])
  const page = await context.newPage()
  const watch: Watch = { outside: [], failed: [] }
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(baseUrl) && !/^(data|blob):/.test(url)) watch.outside.push(url)
  })
  page.on('requestfailed', (request) => {
    watch.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400)
      watch.failed.push(`${response.url()} ${String(response.status())}`)
  })
  return { context, page, watch }
}

/** Each view, and a label it shows in each admin language (so the language really switched). */
const views = [
  ['the dashboard', () => '/admin', { ar: 'التقارير', en: 'Reports' }],
  // The list shows the computed translation status column.
  [
    'the findings list',
    () => '/admin/collections/findings',
    { ar: 'حالة الترجمة', en: 'Translation status' },
  ],
  [
    'a report edit view',
    () => `/admin/collections/reports/${reportId}`,
    { ar: 'المنهجية', en: 'Methodology' },
  ],
] as const

describe.each([
  ['ar', 'rtl'],
  ['en', 'ltr'],
] as const)('the admin in %s', (lang, dir) => {
  it.each(views)(
    `renders %s ${dir.toUpperCase()}, without overflow or failed and outside requests`,
    async (_name, target, label) => {
      const { context, page, watch } = await open(lang)
      const url = target()
      await page.goto(`${baseUrl}${url}`, { waitUntil: 'networkidle' })
      await page.waitForSelector('.template-default', { timeout: 30_000 })
      const state = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir.toLowerCase(),
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        text: document.body.innerText,
        path: location.pathname,
      }))
      expect(state.path).toBe(url)
      expect(state.lang).toBe(lang)
      expect(state.dir).toBe(dir)
      expect(state.overflow).toBeLessThanOrEqual(0)
      expect(state.text).toContain(label[lang])
      expect(watch.outside).toEqual([])
      expect(watch.failed).toEqual([])
      await context.close()
    },
  )
})
