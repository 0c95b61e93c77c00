/**
 * The real CMS server (`next start` as `pnpm start` runs it) against two attacks, one CMS for
 * both. Uploads: an editor uploads a camera photo through the admin's upload form (Chromium, real Next server)
 * in Arabic and in English: the photo carries GPS coordinates, the owner's name and an XMP
 * packet; every file the CMS then serves for it (original and resized copies) carries none of
 * it. A report PDF whose information and XMP name its author is served without the name. An HTML
 * page named .jpg is refused on the form with a message in the admin's language,
 * and nothing is stored. The stored files and the other hostile files are checked over HTTP in
 * tests/int/security/uploads.int.test.ts.
 * Sign-in: a client sending a new fake X-Forwarded-For on every try is still one TCP peer and is
 * throttled after 5 failures (Next copies a client's header through; the CMS's preload appends
 * the real peer, cms/src/http/peerAddress.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAdmin, type AdminLang } from '../../helpers/admin-journey.ts'
import { launchChromium } from '../../helpers/chromium.ts'
import { api } from '../../helpers/http.ts'
import { testPassword } from '../../helpers/payload.ts'
import { startCmsServer, type CmsServer } from '../../helpers/payload-server.ts'
import { pdfMarks, pdfWithAuthor } from '../../helpers/pdf-metadata.ts'
import { identifyingMarks, photoWithLocation } from '../../helpers/photo-metadata.ts'

let server: CmsServer | undefined
let baseUrl = ''
let browser: Browser | undefined
let token = ''
const files = mkdtempSync(path.join(tmpdir(), 'mahjar-upload-files-'))

beforeAll(async () => {
  server = await startCmsServer()
  baseUrl = server.baseUrl
  browser = await launchChromium()
  // Setup only: the first account (its screen is tested in tests/e2e/cms/roles.e2e.test.ts).
  const first = await api(baseUrl, '/users/first-register', {
    method: 'POST',
    body: { email: 'uploader@mahjar.test', password: testPassword, role: 'admin' },
  })
  expect(first.status, JSON.stringify(first.json)).toBe(200)
  token = String(first.json.token)
  const photo = await photoWithLocation()
  writeFileSync(path.join(files, 'camera.jpg'), photo.bytes)
  writeFileSync(path.join(files, 'report.pdf'), await pdfWithAuthor())
  writeFileSync(
    path.join(files, 'invoice.jpg'),
    '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
  )
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(files, { recursive: true, force: true })
})

const mediaCount = async () =>
  Number((await api(baseUrl, '/media?limit=0', { token })).json.totalDocs)

/** Opens the media upload form, picks `file`, types the alt text and clicks Save. */
async function uploadThroughForm(lang: AdminLang, file: string, alt: string) {
  if (!browser) throw new Error('Chromium did not start')
  const editor = await openAdmin(browser, baseUrl, token, lang)
  const { page } = editor
  await page.goto(`${baseUrl}/admin/collections/media/create`)
  await page.waitForSelector('form[data-form-ready="true"]', { timeout: 60_000 })
  await page.locator('input[type="file"]').setInputFiles(path.join(files, file))
  await page.locator('#field-alt').fill(alt)
  const answer = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/media' && r.request().method() === 'POST',
  )
  await page.locator('#action-save').click()
  const response = await answer
  return { editor, status: response.status() }
}

describe('a camera photo uploaded in the admin', () => {
  it.each([
    ['ar', 'ورشة في بيروت'],
    ['en', 'A workshop in Beirut'],
  ] as const)('is served with no GPS, EXIF or XMP, in every size (%s)', async (lang, alt) => {
    const { editor, status } = await uploadThroughForm(lang, 'camera.jpg', alt)
    try {
      expect(status, editor.refusals.join('\n')).toBe(201)
      await editor.page.waitForURL(/\/admin\/collections\/media\/(?!create)[\w-]+$/)
      const id = new URL(editor.page.url()).pathname.split('/').pop() ?? ''
      const doc = (await api(baseUrl, `/media/${id}?locale=all`, { token })).json as {
        alt: Record<string, string>
        url: string
        sizes: Record<string, { url: string | null }>
      }
      expect(Object.values(doc.alt)).toContain(alt)
      const urls = [doc.url, ...Object.values(doc.sizes).map((size) => size.url)]
      const served = urls.filter((url): url is string => typeof url === 'string')
      expect(served.length).toBe(4)
      for (const url of served) {
        const response = await fetch(new URL(new URL(url).pathname, baseUrl), {
          headers: { authorization: `JWT ${token}` },
        })
        expect(response.status, url).toBe(200)
        expect(response.headers.get('x-content-type-options')).toBe('nosniff')
        const bytes = Buffer.from(await response.arrayBuffer())
        expect(identifyingMarks(bytes, await sharp(bytes).metadata()), url).toEqual([])
      }
    } finally {
      await editor.close()
    }
  })
})

describe('a report PDF uploaded in the admin', () => {
  it.each([
    ['ar', 'التقرير كاملًا'],
    ['en', 'The full report'],
  ] as const)(
    'is served without its author’s name in its information or XMP (%s)',
    async (lang, alt) => {
      const { editor, status } = await uploadThroughForm(lang, 'report.pdf', alt)
      try {
        expect(status, editor.refusals.join('\n')).toBe(201)
        await editor.page.waitForURL(/\/admin\/collections\/media\/(?!create)[\w-]+$/)
        const id = new URL(editor.page.url()).pathname.split('/').pop() ?? ''
        const doc = (await api(baseUrl, `/media/${id}`, { token })).json as { url: string }
        const response = await fetch(new URL(new URL(doc.url).pathname, baseUrl), {
          headers: { authorization: `JWT ${token}` },
        })
        expect(response.status).toBe(200)
        expect(await pdfMarks(Buffer.from(await response.arrayBuffer()))).toEqual([])
      } finally {
        await editor.close()
      }
    },
  )
})

describe('an HTML page named .jpg uploaded in the admin', () => {
  it.each([
    ['ar', /ليس صورة JPEG أو PNG أو WebP أو AVIF ولا ملف PDF/],
    ['en', /is not a JPEG, PNG, WebP or AVIF image nor a PDF/],
  ] as const)(
    'is refused with a message in the admin’s language, and nothing is stored (%s)',
    async (lang, said) => {
      const before = await mediaCount()
      const { editor, status } = await uploadThroughForm(lang, 'invoice.jpg', 'Invoice')
      try {
        expect(status).toBe(400)
        // What the person sees: the message on the screen (a toast or beside the file).
        await expect
          .poll(async () => editor.page.locator('body').innerText(), { timeout: 15_000 })
          .toMatch(said)
        expect(await mediaCount()).toBe(before)
      } finally {
        await editor.close()
      }
    },
  )
})

describe('sign-in on the real server', () => {
  it('throttles a client that rotates a fake X-Forwarded-For, in Arabic and English', async () => {
    const signIn = async (attempt: number, lang: 'ar' | 'en') => {
      const response = await fetch(`${baseUrl}/api/users/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': lang,
          'x-forwarded-for': `198.51.100.${String(attempt)}`,
        },
        body: JSON.stringify({
          email: 'uploader@mahjar.test',
          password: `guess ${String(attempt)}`,
        }),
      })
      const json = (await response.json()) as { errors?: { message: string }[] }
      return { status: response.status, message: json.errors?.[0]?.message ?? '' }
    }
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signIn(attempt, 'en')).status).toBe(401)
    }
    const arabic = await signIn(6, 'ar')
    expect(arabic.status).toBe(429)
    expect(arabic.message).toMatch(/حاول مجددًا بعد (ثانية واحدة|ثانيتين|\d+ ثوانٍ)$/)
    const english = await signIn(7, 'en')
    expect(english.status).toBe(429)
    expect(english.message).toMatch(/Try again in \d+ seconds?$/)
  })
})
