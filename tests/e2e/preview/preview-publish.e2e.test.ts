/**
 * Preview and publish feedback as an editor meets them, in the Arabic and the English admin, on
 * the whole main job (`scripts/start.ts` on a fresh seeded database): Preview opens the draft in
 * the site's own templates (signed-in only, never in the public release); Publish in the edit
 * view shows the build that carries the change until it is live, with a link to the page, or
 * failed with a reason in the admin's language; the start-up build is listed in Site builds.
 * REST is used only to set up (first account, a draft to preview) and to check.
 */
import { readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from '@mahjar/shared/security-headers'
import { launchChromium } from '../../helpers/chromium.ts'
import { api, login } from '../../helpers/http.ts'
import { startMainJob, waitFor, type MainJob } from '../main/main-job.ts'

const admin = { email: 'preview-admin@mahjar.test', password: 'a long passphrase for previews' }
const buildWaitMs = 180_000
/** Findings used here (seed corpus): one per scenario, so the scenarios do not see each other. */
const cases = {
  previewAr: 'AIE-F02',
  previewEn: 'AIE-F03',
  publishEn: 'AIE-F09',
  publishAr: 'AIE-F10',
  failedAr: 'AIE-F12',
} as const

let job: MainJob | undefined
let browser: Browser | undefined
let token = ''
const timings: string[] = []

function main(): MainJob {
  if (!job) throw new Error('The main job is not running (see beforeAll)')
  return job
}

const findingPath = (lang: 'ar' | 'en', code: string) => `/${lang}/findings/${code.toLowerCase()}/`

async function sitePage(sitePath: string): Promise<string> {
  return (await fetch(`${main().siteUrl}${sitePath}`)).text()
}

async function findingId(code: string): Promise<string> {
  const found = await api(main().cmsUrl, `/findings?where[code][equals]=${code}&depth=0`, { token })
  const id = (found.json.docs as { id: string }[] | undefined)?.[0]?.id
  if (!id) throw new Error(`finding ${code} not found`)
  return id
}

/** Without its `style-src` hashes (they depend on the page), a policy must equal the site's. */
const withoutStyleHashes = (policy: string | null) => (policy ?? '').replace(/ 'sha256-[^']+'/g, '')

/**
 * A signed-in GET of a preview URL answers with every header of the public site; a page's
 * policy also lets the live site's own images in (the page's favicon and media are the site's).
 */
async function expectSiteHeaders(previewPath: string, kind: 'page' | 'asset'): Promise<void> {
  const expected = securityHeaders(
    kind === 'page'
      ? contentSecurityPolicy({ imageOrigins: [new URL(main().siteUrl).origin] })
      : contentSecurityPolicy(),
  )
  const response = await fetch(`${main().cmsUrl}${previewPath}`, {
    headers: { authorization: `JWT ${token}` },
    redirect: 'manual',
  })
  expect(response.status, previewPath).toBe(200)
  for (const [name, value] of Object.entries(expected)) {
    if (name === 'content-security-policy') {
      expect(withoutStyleHashes(response.headers.get(name)), previewPath).toBe(
        withoutStyleHashes(value),
      )
    } else {
      expect(response.headers.get(name), `${previewPath} ${name}`).toBe(value)
    }
  }
  expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline')
}

/** A signed-in admin tab in `lang` (the admin's own language cookie). */
async function adminContext(lang: 'ar' | 'en'): Promise<BrowserContext> {
  if (!browser) throw new Error('Chromium did not start')
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang })
  const { hostname } = new URL(main().cmsUrl)
  await context.addCookies([
    { name: 'payload-token', value: token, domain: hostname, path: '/' },
    { name: 'payload-lng', value: lang, domain: hostname, path: '/' },
  ])
  return context
}

async function openEditView(page: Page, id: string, locale: 'ar' | 'en'): Promise<void> {
  await page.goto(`${main().cmsUrl}/admin/collections/findings/${id}?locale=${locale}`, {
    waitUntil: 'networkidle',
    timeout: 120_000,
  })
  await page.locator('#field-statement').waitFor({ timeout: 60_000 })
}

beforeAll(async () => {
  job = await startMainJob(600_000)
  const first = await api(main().cmsUrl, '/users/first-register', {
    method: 'POST',
    body: { ...admin, name: 'Preview admin' },
  })
  if (first.status !== 200) throw new Error(`first user: ${JSON.stringify(first.body)}`)
  token = await login(main().cmsUrl, admin.email, admin.password)
  browser = await launchChromium()
}, 660_000)

afterAll(async () => {
  await browser?.close()
  await job?.stop()
  if (timings.length > 0) process.stdout.write(`${timings.join('\n')}\n`)
}, 30_000)

describe('Site builds', () => {
  it('lists the start-up build of pnpm start as succeeded, in the admin’s Site builds list', async () => {
    const builds = await api(main().cmsUrl, '/builds?sort=startedAt&depth=0', { token })
    const first = (builds.json.docs as { status: string; reason: string; release: string }[])[0]
    expect(first?.reason).toBe('pnpm start: first release')
    expect(first?.status).toBe('succeeded')
    expect(first?.release).toBe(readlinkSync(path.join(main().releasesDir, 'current')))
    const context = await adminContext('ar')
    try {
      const page = await context.newPage()
      await page.goto(`${main().cmsUrl}/admin/collections/builds`, { waitUntil: 'networkidle' })
      await expect
        .poll(() => page.locator('table').innerText(), { timeout: 60_000 })
        .toContain('pnpm start: first release')
      expect(await page.locator('table').innerText()).toContain('نجح')
    } finally {
      await context.close()
    }
  }, 180_000)
})

const languages = [
  { lang: 'ar', code: cases.previewAr, other: 'en', draft: 'مسودة للمعاينة فقط' },
  { lang: 'en', code: cases.previewEn, other: 'ar', draft: 'Preview-only draft' },
] as const

describe.each(languages)('Preview in the $lang admin', ({ lang, code, other, draft }) => {
  it('opens the draft in the site’s own template, switches language, leaves the live site and the public release untouched, and refuses anonymous readers', async () => {
    const id = await findingId(code)
    const draftText = `${draft} ${String(Date.now())}`
    const saved = await api(main().cmsUrl, `/findings/${id}?locale=${lang}&draft=true`, {
      method: 'PATCH',
      token,
      body: { statement: draftText },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const context = await adminContext(lang)
    try {
      const page = await context.newPage()
      await openEditView(page, id, lang)
      const assets: string[] = []
      const violations: string[] = []
      context.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) {
          violations.push(message.text())
        }
      })
      context.on('response', (response) => {
        if (response.url().includes('/preview/assets/')) {
          assets.push(`${String(response.status())} ${response.url()}`)
        }
      })
      const clicked = Date.now()
      const [preview] = await Promise.all([
        context.waitForEvent('page'),
        page.locator('.preview-btn').click(),
      ])
      const banner = preview.locator('#mahjar-preview-banner')
      await banner.waitFor({ timeout: 120_000 })
      timings.push(
        `preview (${lang}): Preview clicked → page shown ${String((Date.now() - clicked) / 1000)} s`,
      )
      expect(await preview.getAttribute('html', 'lang')).toBe(lang)
      expect(await preview.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr')
      expect(await banner.getAttribute('data-preview-state')).toBe('draftChanges')
      expect(await banner.innerText()).toContain(
        lang === 'ar' ? 'مسودة فيها تغييرات لم تُنشر بعد' : 'Draft with unpublished changes',
      )
      expect(await preview.locator('header.site-header .site-name').isVisible()).toBe(true)
      expect(await preview.locator('main').innerText()).toContain(draftText)
      // The site's own stylesheet and fonts, served from the private preview build.
      await preview.waitForLoadState('load')
      await preview.evaluate(() => document.fonts.ready)
      expect(assets.length).toBeGreaterThan(0)
      expect(assets.filter((line) => !line.startsWith('200 '))).toEqual([])
      const font = await preview.evaluate(() => getComputedStyle(document.body).fontFamily)
      expect(font).toMatch(/Noto Naskh Arabic|Source Serif 4/)
      // Served with the site's own headers; the banner's style is allowed by its hash.
      expect(await banner.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        'rgb(255, 244, 206)',
      )
      expect(violations).toEqual([])
      await expectSiteHeaders(`/preview/findings/${id}?lang=${lang}`, 'page')

      await preview.locator(`#mahjar-preview-banner [data-preview-language="${other}"]`).click()
      await preview.waitForURL((url) => url.searchParams.get('lang') === other)
      await preview.locator('#mahjar-preview-banner').waitFor({ timeout: 60_000 })
      expect(await preview.getAttribute('html', 'lang')).toBe(other)
      expect(await preview.getAttribute('html', 'dir')).toBe(other === 'ar' ? 'rtl' : 'ltr')
    } finally {
      await context.close()
    }

    const live = await sitePage(findingPath(lang, code))
    expect(live).toMatch(/<header class="site-header/)
    expect(live).not.toContain(draftText)

    const anonymous = await fetch(`${main().cmsUrl}/preview/findings/${id}?lang=${lang}`, {
      redirect: 'manual',
    })
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toContain('/admin/login')

    const previews = path.join(main().releasesDir, '.preview')
    const folder = readdirSync(previews).find((name) => name.startsWith(`findings-${id}-`))
    expect(folder).toBeTruthy()
    const built = readFileSync(
      path.join(previews, folder ?? '', 'site', findingPath(lang, code), 'index.html'),
      'utf8',
    )
    expect(built).toContain(draftText)
    const release = readlinkSync(path.join(main().releasesDir, 'current'))
    const published = readFileSync(
      path.join(main().releasesDir, release, 'site', findingPath(lang, code), 'index.html'),
      'utf8',
    )
    expect(published).not.toContain(draftText)
    const asset = /href="(\/preview\/assets\/[^"]+\.css)"/.exec(built)?.[1]
    expect(asset).toBeTruthy()
    expect((await fetch(`${main().cmsUrl}${asset ?? ''}`)).status).toBe(401)
    await expectSiteHeaders(asset ?? '', 'asset')
  }, 300_000)
})

/** Waits until no build runs and the list of builds stays the same for a few seconds. */
async function settled(): Promise<void> {
  const count = async () => {
    const all = await api(main().cmsUrl, '/builds?limit=100&depth=0', { token })
    const docs = (all.json.docs ?? []) as { status: string }[]
    return docs.some((b) => b.status === 'running') ? undefined : docs.length
  }
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  await waitFor('the builds to settle', buildWaitMs, async () => {
    const before = await count()
    if (before === undefined) return undefined
    await new Promise((resolve) => setTimeout(resolve, 4_000))
    return (await count()) === before ? true : undefined
  })
}

/** Types the statement, clicks Publish, and follows the status beside it until it settles. */
async function publishInEditView(page: Page, id: string, lang: 'ar' | 'en', text: string) {
  await openEditView(page, id, lang)
  await page.locator('#field-statement').fill(text)
  const status = page.locator('.publish-status')
  await status.waitFor({ timeout: 60_000 })
  const before = await status.getAttribute('data-published-at')
  const clicked = Date.now()
  await page.locator('#action-save').click()
  const seen: string[] = []
  const final = await waitFor('the publish status to settle', buildWaitMs, async () => {
    const [state, publishedAt] = await Promise.all([
      status.getAttribute('data-state', { timeout: 1_000 }).catch(() => null),
      status.getAttribute('data-published-at', { timeout: 1_000 }).catch(() => null),
    ])
    // Until the status speaks of this publication, it still describes the previous one.
    if (!state || publishedAt === before) return undefined
    if (seen.at(-1) !== state) seen.push(state)
    return state === 'live' || state === 'failed' ? state : undefined
  })
  return { final, seen, seconds: (Date.now() - clicked) / 1000, status }
}

const publishing = [
  { lang: 'en', code: cases.publishEn, text: 'Published from the edit view' },
  { lang: 'ar', code: cases.publishAr, text: 'نُشر من صفحة التحرير' },
] as const

describe.each(publishing)('Publish in the $lang admin', ({ lang, code, text }) => {
  it('shows the build carrying the change, queued or building, then live with a link to the page that shows the new text', async () => {
    const id = await findingId(code)
    await settled()
    const statement = `${text} ${String(Date.now())}`
    const context = await adminContext(lang)
    try {
      const page = await context.newPage()
      const load = loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')
      const result = await publishInEditView(page, id, lang, statement)
      timings.push(
        `publish (${lang}): Publish clicked → "live" in the edit view ${String(result.seconds)} s (states ${result.seen.join(' → ')}; load average ${load})`,
      )
      expect(result.final).toBe('live')
      expect(result.seen.some((state) => state === 'queued' || state === 'building')).toBe(true)
      expect(await result.status.innerText()).toContain(
        lang === 'ar' ? 'منشور على الموقع' : 'Live on the site',
      )
      const link = result.status.locator(`a[hreflang="${lang}"]`)
      expect(await link.getAttribute('href')).toBe(`${main().siteUrl}${findingPath(lang, code)}`)
      const [sitePageTab] = await Promise.all([context.waitForEvent('page'), link.click()])
      await sitePageTab.waitForLoadState('domcontentloaded')
      expect(await sitePageTab.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr')
      expect(await sitePageTab.locator('main').innerText()).toContain(statement)
    } finally {
      await context.close()
    }
  }, 420_000)
})

describe('A failed build in the edit view', () => {
  it('shows "failed" with a reason the editor can read, in Arabic and in English, and the previous version stays live', async () => {
    const code = cases.failedAr
    const id = await findingId(code)
    await settled()
    const broken = path.join(main().pagesDir, 'ar', 'broken-page.mdx')
    writeFileSync(broken, '---\ntitle: معطوبة\n---\n\n<div>\n\nهذا الوسم لا يُغلق.\n')
    try {
      const statement = `لن يُنشر هذا ${String(Date.now())}`
      const arabic = await adminContext('ar')
      try {
        const page = await arabic.newPage()
        const result = await publishInEditView(page, id, 'ar', statement)
        expect(result.final).toBe('failed')
        const said = await result.status.innerText()
        expect(said).toContain('فشل بناء الموقع')
        expect(said).toContain('تعذّر بناء صفحات الموقع')
        expect(said).toContain('ما زالت النسخة السابقة منشورة')
        expect(await result.status.locator('a').count()).toBe(0)
      } finally {
        await arabic.close()
      }
      const english = await adminContext('en')
      try {
        const page = await english.newPage()
        await openEditView(page, id, 'en')
        const status = page.locator('.publish-status[data-state="failed"]')
        await status.waitFor({ timeout: 60_000 })
        expect(await status.innerText()).toContain(
          "The site build failed: the site's pages could not be built",
        )
      } finally {
        await english.close()
      }
      expect(await sitePage(findingPath('ar', code))).not.toContain(statement)
    } finally {
      rmSync(broken, { force: true })
    }
  }, 420_000)
})
