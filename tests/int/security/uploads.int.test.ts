/**
 * Uploads keep nothing that identifies a person or a place, and only real images (or PDFs) are
 * stored. A photo taken by a participant carries GPS coordinates, the camera owner's name and an
 * XMP packet; the stored original, every resized copy and the file the CMS serves must have
 * none of it (checked with sharp's own metadata reader and a raw byte scan), with the camera's
 * orientation applied. A PDF keeps its pages but loses the author's name from its document
 * information and XMP packet. Hostile files (SVG with script, HTML named .jpg, a false MIME type, zero
 * bytes, a decompression bomb) are refused with a 400 naming the file, in Arabic and English,
 * and nothing is stored. Over real HTTP; the admin's upload form is driven in Chromium in
 * tests/e2e/security/uploads.e2e.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { PDFDocument } from '@cantoo/pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type TestCms } from '../../helpers/payload.ts'
import { pdfMarks, pdfWithAuthor } from '../../helpers/pdf-metadata.ts'
import { identifyingMarks, photoWithLocation, pngClaiming } from '../../helpers/photo-metadata.ts'

let cms: TestCms
let server: RestServer
let token = ''
const mediaDir = () => process.env.MEDIA_DIR ?? ''
const storedFiles = () =>
  existsSync(mediaDir()) ? readdirSync(mediaDir()).filter((name) => !name.startsWith('.')) : []

beforeAll(async () => {
  cms = await startTestCms()
  server = await startRestServer()
  const editor = await cms.createUser('editor')
  token = await login(server.baseUrl, editor.email, testPassword)
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

function upload(bytes: Uint8Array, name: string, type: string, lang: 'ar' | 'en') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: lang === 'ar' ? 'صورة من الورشة' : 'Workshop' }))
  return api(server.baseUrl, `/media?locale=${lang}`, { method: 'POST', token, lang, form })
}

describe('a photo with GPS, EXIF and XMP metadata', () => {
  it.each(['ar', 'en'] as const)(
    'is stored and served with none of it, originals and resized copies alike, upright (%s)',
    async (lang) => {
      const photo = await photoWithLocation()
      // The photo really carries what must go (else this test could not fail).
      expect(identifyingMarks(photo.bytes, await sharp(photo.bytes).metadata())).toEqual(
        expect.arrayContaining(['exif', 'xmp', 'gps', 'name']),
      )
      const before = new Set(storedFiles())
      const created = await upload(photo.bytes, `camera-${lang}.jpg`, 'image/jpeg', lang)
      expect(created.status, JSON.stringify(created.json)).toBe(201)
      const doc = created.json.doc as {
        url: string
        width: number
        height: number
        sizes: Record<string, { url: string | null; filename: string | null }>
      }
      // Orientation 6 (rotated 90°) is applied to the pixels, not kept as a tag.
      expect([doc.width, doc.height]).toEqual([photo.height, photo.width])
      const written = storedFiles().filter((name) => !before.has(name))
      expect(written.length).toBeGreaterThanOrEqual(2)
      for (const name of written) {
        const bytes = readFileSync(path.join(mediaDir(), name))
        expect(identifyingMarks(bytes, await sharp(bytes).metadata()), name).toEqual([])
      }
      const urls = [doc.url, ...Object.values(doc.sizes).map((size) => size.url)]
      for (const url of urls.filter((u): u is string => typeof u === 'string')) {
        const served = await fetch(new URL(new URL(url).pathname, server.baseUrl), {
          headers: { authorization: `JWT ${token}` },
        })
        expect(served.status, url).toBe(200)
        const bytes = Buffer.from(await served.arrayBuffer())
        expect(identifyingMarks(bytes, await sharp(bytes).metadata()), url).toEqual([])
      }
    },
  )
})

describe('a PDF that names its author', () => {
  it.each(['ar', 'en'] as const)(
    'is stored and served without the name in its information or XMP, pages kept (%s)',
    async (lang) => {
      const pdf = await pdfWithAuthor()
      // The PDF really names its author (else this test could not fail).
      expect(await pdfMarks(pdf)).toEqual(
        expect.arrayContaining(['author', 'creator', 'title', 'keywords', 'xmp', 'name (hex)']),
      )
      const before = new Set(storedFiles())
      const created = await upload(pdf, `report-${lang}.pdf`, 'application/pdf', lang)
      expect(created.status, JSON.stringify(created.json)).toBe(201)
      const doc = created.json.doc as { url: string; mimeType: string }
      expect(doc.mimeType).toBe('application/pdf')
      const written = storedFiles().filter((name) => !before.has(name))
      expect(written).toHaveLength(1)
      for (const name of written) {
        expect(await pdfMarks(readFileSync(path.join(mediaDir(), name))), name).toEqual([])
      }
      const served = await fetch(new URL(new URL(doc.url).pathname, server.baseUrl), {
        headers: { authorization: `JWT ${token}` },
      })
      expect(served.status).toBe(200)
      const bytes = Buffer.from(await served.arrayBuffer())
      expect(await pdfMarks(bytes)).toEqual([])
      expect((await PDFDocument.load(bytes)).getPageCount()).toBe(1)
    },
  )

  it('refuses a PDF that cannot be read (a header and an end marker with nothing between), ar and en', async () => {
    const broken = Buffer.from('%PDF-1.7\n1 0 obj <<\nxref\ntrailer << /Root 9 0 R >>\n%%EOF\n')
    const before = storedFiles()
    for (const lang of ['ar', 'en'] as const) {
      const response = await upload(broken, 'broken.pdf', 'application/pdf', lang)
      expect(response.status, JSON.stringify(response.json)).toBe(400)
      expect(JSON.stringify(response.json)).toContain('broken.pdf')
    }
    expect(storedFiles()).toEqual(before)
  })
})

const svgWithScript = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>',
)

const htmlPage = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

describe('a file that is not what it says', () => {
  const hostile: [string, () => Promise<Buffer> | Buffer, string, string][] = [
    ['an SVG with a script', () => svgWithScript, 'logo.svg', 'image/svg+xml'],
    ['an SVG with a script named .png', () => svgWithScript, 'logo.png', 'image/png'],
    ['an HTML page named .jpg', () => htmlPage, 'photo.jpg', 'image/jpeg'],
    ['an HTML page sent as a PNG (a false MIME type)', () => htmlPage, 'photo.png', 'image/png'],
    [
      'a PDF named .jpg and sent as a JPEG',
      () => Buffer.from('%PDF-1.4\n%%EOF\n'),
      'scan.jpg',
      'image/jpeg',
    ],
    ['an empty file', () => Buffer.alloc(0), 'empty.jpg', 'image/jpeg'],
    [
      'a decompression bomb (a PNG that claims 60,000 × 60,000 pixels)',
      () => pngClaiming(60_000, 60_000),
      'bomb.png',
      'image/png',
    ],
  ]

  it.each(hostile)(
    'refuses %s with a 400 naming the file, in Arabic and English, and stores nothing',
    async (_what, make, name, type) => {
      const bytes = await make()
      const before = storedFiles()
      const count = (await cms.payload.count({ collection: 'media' })).totalDocs
      for (const lang of ['ar', 'en'] as const) {
        const response = await upload(bytes, name, type, lang)
        expect(response.status, JSON.stringify(response.json)).toBe(400)
        const text = JSON.stringify(response.json)
        expect(text).toMatch(lang === 'ar' ? /الملف/ : /file/i)
        if (lang === 'ar') expect(text).not.toMatch(/[A-Za-z]{4,} [A-Za-z]{4,} [A-Za-z]{4,}/)
      }
      expect(storedFiles()).toEqual(before)
      expect((await cms.payload.count({ collection: 'media' })).totalDocs).toBe(count)
    },
  )
})
