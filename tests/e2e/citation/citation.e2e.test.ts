/**
 * Citable findings on the built site (real corpus), served over HTTP and read in Chromium: the
 * cite block in both languages and its downloads, the share cards (size, and the accent band on
 * the inline-start side: right in Arabic, left in English), the short links choosing the reader's
 * language, and the permalink check against the built files.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { urls } from '@mahjar/shared/urls'
import { buildShareCards } from '@mahjar/scripts/build-share-cards'
import { checkPermalinksOf } from '@mahjar/publish/outputs/permalink-check'
import { keyFindingCodes, reportSlug } from '../../helpers/constants.ts'
import { fromRoot } from '../../helpers/paths.ts'
import { schemaOrgErrors, type Typed } from '../../helpers/schema-org.ts'
import { htmlFiles, pathOf, readHtml } from '../../helpers/site-dist.ts'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import { testSiteUrl, type BuiltSite } from '../../helpers/site-build.ts'
import type { StaticServer } from '../../helpers/site-server.ts'

const code = keyFindingCodes.leftBecauseOfRepression
const cardCodes = [
  keyFindingCodes.leftBecauseOfRepression,
  keyFindingCodes.lobbyingSkills,
  keyFindingCodes.systematicResearch,
]

let site: BuiltSite
let server: StaticServer
let browser: Browser

let served: ServedSite | undefined

beforeAll(async () => {
  served = await serveBuiltSite('corpus', async (built) => {
    await buildShareCards(built.snapshotDir, built.distDir, testSiteUrl)
  })
  ;({ site, server, browser } = served)
})

afterAll(async () => {
  await served?.close()
})

/** RGB of a pixel of a PNG served by the site, read through a canvas in Chromium. */
async function pixels(pngPath: string, points: readonly [number, number][]) {
  const page = await browser.newPage()
  try {
    await page.goto(`${server.origin}/`)
    return await page.evaluate<{ width: number; height: number; colours: number[][] }>(
      `(async () => {
        const img = new Image();
        img.src = ${JSON.stringify(pngPath)};
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const points = ${JSON.stringify(points)};
        return { width: img.naturalWidth, height: img.naturalHeight,
          colours: points.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3))) };
      })()`,
    )
  } finally {
    await page.close()
  }
}

const accent = [0x0f, 0x5c, 0x4d]
const paper = [0xfb, 0xf7, 0xef]

describe('citable findings on the built site', () => {
  it('shows the cite block in Arabic then English on the Arabic finding page, each with its direction', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.origin}${urls.finding('ar', code)}`)
    const entries = page.locator('.cite blockquote')
    expect(await entries.count()).toBe(2)
    expect(await entries.nth(0).getAttribute('lang')).toBe('ar')
    expect(await entries.nth(0).getAttribute('dir')).toBe('rtl')
    expect(await entries.nth(1).getAttribute('lang')).toBe('en')
    expect(await entries.nth(1).getAttribute('dir')).toBe('ltr')
    // A reader clicks the citation (it selects as a whole) to copy it: the selected text keeps the
    // code and the URL isolated left-to-right, so it reads right once pasted outside the page.
    // Its padding lies on the right in Arabic: a click there cannot follow the link inside.
    const box = await entries.nth(0).boundingBox()
    await entries.nth(0).click({ position: { x: (box?.width ?? 0) - 4, y: 8 } })
    const arabic = await page.evaluate(() => window.getSelection()?.toString() ?? '')
    expect(arabic).toContain(`النتيجة \u2066${code}\u2069`)
    expect(arabic).toContain(`\u2066${testSiteUrl}/ar/findings/aie-f04/\u2069 (`)
    expect(await page.locator('#corrections').count()).toBe(1)
    await page.close()
  })

  it('serves BibTeX downloads whose title is the statement shown on the page', async () => {
    const page = await browser.newPage()
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(`${server.origin}${urls.finding(lang, code)}`)
      const statement = (await page.locator('h1').first().innerText()).trim()
      const href = await page
        .locator(`.cite a[hreflang="${lang}"]`, { hasText: 'BibTeX' })
        .getAttribute('href')
      expect(href).toBe(`/cite/findings/aie-f04.${lang}.bib`)
      const response = await fetch(`${server.origin}${href ?? ''}`)
      expect(response.status).toBe(200)
      const entry = parseBibtex(await response.text()).entries[0]
      expect(entry?.fields.title).toBe(statement)
      expect(entry?.fields.url).toBe(`${testSiteUrl}${urls.finding(lang, code)}`)
    }
    await page.close()
  })

  it('names the share card as Open Graph image and draws it 1200×630 with the accent band on the inline-start side', async () => {
    const html = await readFile(
      path.join(site.distDir, 'ar', 'findings', 'aie-f04', 'index.html'),
      'utf8',
    )
    expect(html).toContain(
      `<meta property="og:image" content="${testSiteUrl}${urls.shareCard(code, 'ar')}"`,
    )
    for (const cardCode of cardCodes) {
      const ar = await pixels(urls.shareCard(cardCode, 'ar'), [
        [1190, 315],
        [10, 315],
      ])
      const en = await pixels(urls.shareCard(cardCode, 'en'), [
        [1190, 315],
        [10, 315],
      ])
      expect([ar.width, ar.height]).toEqual([1200, 630])
      expect(ar.colours, `${cardCode} ar`).toEqual([accent, paper])
      expect(en.colours, `${cardCode} en`).toEqual([paper, accent])
    }
  })

  it('leads a short link to the Arabic or English page by the browser language, Arabic without script', async () => {
    for (const [locale, lang] of [
      ['ar-EG', 'ar'],
      ['en-GB', 'en'],
    ] as const) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto(`${server.origin}${urls.shortLink('finding', code)}`)
      await page.waitForURL(`**${urls.finding(lang, code)}`)
      expect(await page.locator('html').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr')
      await context.close()
    }
    const noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' })
    const page = await noScript.newPage()
    await page.goto(`${server.origin}${urls.shortLink('recommendation', 'AIE-A1')}`)
    await page.waitForURL(`**${urls.recommendation('ar', 'AIE-A1')}`)
    await noScript.close()
  })

  it('has JSON-LD on every finding, recommendation and report page that parses and uses only schema.org types and properties', async () => {
    const items: Typed[] = []
    for (const file of htmlFiles(site.distDir)) {
      const sitePath = pathOf(site.distDir, file)
      if (!/^\/(ar|en)\/(findings|recommendations|reports)\/[a-z0-9-]+\/$/.test(sitePath)) continue
      const html = readHtml(file)
      for (const match of html.matchAll(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g,
      )) {
        const data = JSON.parse(match[1] ?? '') as { '@type': string }
        items.push({ type: data['@type'], data })
      }
    }
    const types = new Set(items.map((item) => item.type))
    expect(types).toContain('Claim')
    expect(types).toContain('Report')
    expect(types).toContain('CreativeWork')
    expect(items.filter((item) => item.type === 'Claim').length).toBeGreaterThanOrEqual(80)
    expect(await schemaOrgErrors(items)).toEqual([])
  })

  it('puts Google Scholar citation tags in Arabic on the Arabic report page', async () => {
    const html = await readFile(
      path.join(site.distDir, 'ar', 'reports', reportSlug, 'index.html'),
      'utf8',
    )
    expect(html).toContain('<meta name="citation_title" content="الناشطية في المنفى"')
    expect(html).toMatch(/<meta name="citation_publication_date" content="2020"/)
    expect(html).toContain('<meta name="citation_language" content="ar"')
  })

  it('finds every public URL of the manifest in the built site', async () => {
    const result = await checkPermalinksOf({
      snapshotDir: site.snapshotDir,
      manifestFile: fromRoot('content', 'permalinks.json'),
      redirectsFile: fromRoot('content', 'redirects.yaml'),
      siteUrl: testSiteUrl,
      distDir: site.distDir,
    })
    expect(result.urls).toBeGreaterThan(100)
  })
})
