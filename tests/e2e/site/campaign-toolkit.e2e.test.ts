/// <reference lib="dom" />
/**
 * The campaign taken online from an edition page, in Arabic and English on a phone: the hashtag,
 * a ready text in each language, one prepared post on X per decision-maker (their handle, the campaign's hashtag, the page's
 * address), and the profile-picture frame, which draws a camera photo that gives its owner away
 * into a 1080 px PNG in the browser: nothing is requested while it works, and the PNG carries no
 * metadata. Without JavaScript the frame tool is not shown; a file that is no picture gets a
 * message in the reader's language.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sharp from 'sharp'
import { useTranslations } from '@mahjar/shared/i18n'
import { localeCodes, locales } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { identifyingMarks, ownerName, photoWithLocation } from '../../helpers/photo-metadata.ts'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import { snapshotDocs } from '../../helpers/snapshot-files.ts'

let served: ServedSite

beforeAll(async () => {
  served = await serveBuiltSite('corpus')
})

afterAll(async () => {
  await served.close()
})

interface Edition {
  campaign: string
  year: number
  hashtag: string
  decisionMakers: { handle: string }[]
}

/** The corpus edition with decision-makers to mention (the toolkit's whole point). */
function editionWithDecisionMakers(): Edition {
  const editions = snapshotDocs(served.site.snapshotDir, 'campaign-editions')
  const edition = editions.find((e) => e.decisionMakers.length > 0)
  if (!edition) throw new Error('no corpus edition lists decision-makers')
  return edition
}

describe.each(localeCodes)('the %s edition page takes the campaign online', (lang) => {
  const t = useTranslations(lang)

  it('prepares one post on X per decision-maker with their handle, the hashtag and the page address', async () => {
    const edition = editionWithDecisionMakers()
    const context = await served.browser.newContext({
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
    })
    const page = await context.newPage()
    await page.goto(
      `${served.server.origin}${urls.campaignEdition(lang, edition.campaign, edition.year)}`,
    )
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href')
    const toolkit = page.locator('section.toolkit')
    expect(await toolkit.locator('h2').innerText()).toBe(t('campaign.toolkit'))
    expect(await toolkit.innerText()).toContain(edition.hashtag)
    // A ready text in each language, marked as that language, with the hashtag and the page there.
    expect(await toolkit.locator('.toolkit__texts li').count()).toBe(localeCodes.length)
    for (const code of localeCodes) {
      const ready = toolkit.locator(`.toolkit__texts li[lang="${code}"]`)
      expect(await ready.getAttribute('dir')).toBe(locales[code].dir)
      const text = await ready.locator('p').innerText()
      expect(text).toContain(edition.hashtag)
      expect(text).toContain(urls.campaignEdition(code, edition.campaign, edition.year))
    }
    const posts = toolkit.locator('.toolkit__mentions li')
    expect(await posts.count()).toBe(edition.decisionMakers.length)
    for (const [index, maker] of edition.decisionMakers.entries()) {
      const item = posts.nth(index)
      expect(await item.innerText()).toContain(maker.handle)
      const link = item.locator('a')
      expect(await link.innerText()).toBe(t('campaign.mention.post'))
      expect(await link.getAttribute('rel')).toContain('noreferrer')
      const post = new URL((await link.getAttribute('href')) ?? '')
      expect(post.origin + post.pathname).toBe('https://x.com/intent/post')
      expect(post.searchParams.get('text')?.startsWith(`${maker.handle} `)).toBe(true)
      expect(post.searchParams.get('hashtags')).toBe(edition.hashtag.replace(/^#/, ''))
      expect(post.searchParams.get('url')).toBe(canonical)
    }
    expect(await page.locator('[data-campaign-frame]').isVisible()).toBe(false)
    await context.close()
  })

  it('frames a camera photo in the browser into a metadata-free 1080 px PNG, sending nothing', async () => {
    const edition = editionWithDecisionMakers()
    const context = await served.browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: lang,
      acceptDownloads: true,
    })
    const page = await context.newPage()
    await page.goto(
      `${served.server.origin}${urls.campaignEdition(lang, edition.campaign, edition.year)}`,
    )
    const frame = page.locator('[data-campaign-frame]')
    expect(await frame.isVisible()).toBe(true)
    const requests: string[] = []
    page.on('request', (request) => requests.push(request.url()))

    await frame.locator('input[type="file"]').setInputFiles({
      name: 'broken.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from('this is not a picture'),
    })
    await expect
      .poll(() => frame.locator('[data-status]').innerText())
      .toBe(t('campaign.frame.unreadable'))
    expect(await frame.locator('[data-download]').isVisible()).toBe(false)

    const photo = await photoWithLocation()
    await frame.getByLabel(t('campaign.frame.choose')).setInputFiles({
      name: 'IMG_2041.jpg',
      mimeType: 'image/jpeg',
      buffer: photo.bytes,
    })
    const download = frame.getByRole('link', { name: t('campaign.frame.download') })
    await download.waitFor({ state: 'visible' })
    expect(await frame.locator('[data-status]').innerText()).toBe('')
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()])
    expect(file.suggestedFilename()).toBe(`${edition.campaign}-${edition.year}-frame.png`)
    const bytes = readFileSync(await file.path())
    expect(requests, 'the photo is framed in the browser: nothing is requested').toEqual([])

    const png = sharp(bytes)
    const metadata = await png.metadata()
    expect(metadata).toMatchObject({ format: 'png', width: 1080, height: 1080 })
    expect(identifyingMarks(bytes, metadata)).toEqual([])
    expect(bytes.includes(Buffer.from(ownerName))).toBe(false)
    const tags = execFileSync('exiftool', ['-json', '-G', '-', '-q'], { input: bytes }).toString()
    expect(tags).not.toMatch(/GPS|Apple|iPhone|Owner|XMP/i)
    // The photo fills the middle; the frame's accent colour (#0f5c55) rings it.
    const { data, info } = await png.removeAlpha().raw().toBuffer({ resolveWithObject: true })
    const pixel = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ]
    // The photo is a JPEG: its colour comes back within a step or two of what it was drawn with.
    for (const [channel, expected] of [0xbb, 0x44, 0x33].entries()) {
      expect(Math.abs((pixel(540, 400)[channel] ?? -1) - expected)).toBeLessThanOrEqual(3)
    }
    expect(pixel(10, 10)).toEqual([0x0f, 0x5c, 0x55])
    expect(pixel(10, 1070)).toEqual([0x0f, 0x5c, 0x55])
    await context.close()
  })
})
