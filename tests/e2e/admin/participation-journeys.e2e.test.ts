/**
 * Campaign participants raise their voice, as people do it, in Chromium, in Arabic and in
 * English: on the live edition page a participant sends a story of exile with JavaScript off and
 * gets a receipt code; another sends a solidarity message with a voice recording and a photo with
 * a demand, with JavaScript on; an editor approves the demand in the admin and publishes it, and
 * the edition page shows it with its addressee and its photo, stripped of its metadata. An editor approves the story in the admin (a click on the status,
 * a save), finishes the draft story it made and publishes it; after the build the story is on the
 * edition page and in the stories list. The receipt code then reads "approved" on the site's
 * check form; the participant withdraws, and after the next build the story is gone. No page of
 * the flow asks another host for anything, and the main job's logs hold no trace of the
 * participant's browser. One main job serves the file; REST only sets up and checks.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import {
  choose,
  clickPublish,
  openDocument,
  publish,
  type AdminLang,
  type Editor,
} from '../../helpers/admin-journey.ts'
import { useTranslations } from '@mahjar/shared/i18n'
import { launchChromium } from '../../helpers/chromium.ts'
import { api } from '../../helpers/http.ts'
import { identifyingMarks, ownerName, photoWithLocation } from '../../helpers/photo-metadata.ts'
import { waitFor } from '../main/main-job.ts'
import { useJourneyBench } from './journey-bench.ts'

const { asEditor, browser, cmsUrl, live, log, see, settled, siteUrl, token } = useJourneyBench({
  email: 'editor-participation@mahjar.test',
  password: 'a long passphrase for participation tests',
})

const editionPath = (lang: AdminLang) => `/${lang}/campaigns/almahjar-can/2021/`
const participantAgent = 'ParticipantPhone/9.9 (device-of-a-participant-7731)'

const words = {
  ar: {
    title: (n: string) => `طريقي إلى المنفى ${n}`,
    text: 'غادرت حلب عام 2014 ووصلت إلى برلين بعد عامين من الانتظار في إسطنبول.',
    approved: 'قُبلت',
    received: 'وصلت',
    demand: 'اعترفوا بشهاداتنا.',
  },
  en: {
    title: (n: string) => `My road into exile ${n}`,
    text: 'I left Aleppo in 2014 and reached Berlin after two years of waiting in Istanbul.',
    approved: 'Approved',
    received: 'Received',
    demand: 'Recognise our diplomas.',
  },
} as const

/** A participant's own browser: a phone-sized window, their language, JavaScript on or off. */
async function participant(lang: AdminLang, javaScriptEnabled: boolean, own?: Browser) {
  const context: BrowserContext = await (own ?? browser()).newContext({
    viewport: { width: 390, height: 844 },
    locale: lang,
    userAgent: participantAgent,
    javaScriptEnabled,
  })
  const foreign: string[] = []
  const allowed = new Set([new URL(siteUrl()).origin, new URL(cmsUrl()).origin])
  context.on('request', (request) => {
    const { origin, protocol } = new URL(request.url())
    if (protocol.startsWith('http') && !allowed.has(origin)) foreign.push(request.url())
  })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  return { context, page, foreign }
}

/** The receipt code on the CMS's answer page. */
async function receiptOn(page: Page): Promise<string> {
  const shown = page.locator('.code')
  // A refusal page has no code: fail with what it says.
  const found = await shown.waitFor({ timeout: 30_000 }).then(
    () => true,
    () => false,
  )
  if (!found)
    throw new Error(`No receipt code; the page says:\n${await page.locator('body').innerText()}`)
  const code = (await shown.innerText()).trim()
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
  return code
}

/** Types the code into the edition page's check form and presses one of its buttons. */
async function checkOnSite(
  page: Page,
  lang: AdminLang,
  code: string,
  action: 'status' | 'withdraw',
) {
  await page.goto(`${siteUrl()}${editionPath(lang)}`)
  const form = page.locator('form[action$="/api/submissions/receipt"]')
  await form.locator('input[name="receipt"]').fill(code)
  await Promise.all([
    page.waitForURL(/\/api\/submissions\/receipt$/),
    form.locator(`button[name="action"][value="${action}"]`).click(),
  ])
  return page.locator('main').innerText()
}

/** The submission this code belongs to, as the admin lists it (checked over REST). */
async function submissionTitled(title: string) {
  const found = await api(
    cmsUrl(),
    `/submissions?where[title][equals]=${encodeURIComponent(title)}&depth=0`,
    { token: token() },
  )
  const doc = (found.json.docs as Record<string, unknown>[] | undefined)?.[0]
  if (!doc) throw new Error(`no submission titled ${title}`)
  return doc
}

/** The editor approves the submission in the admin: the status select, then Save. */
async function approve(editor: Editor, id: string) {
  await openDocument(editor, cmsUrl(), 'submissions', id, editor.lang)
  await choose(editor, 'status', words[editor.lang].approved)
  const saved = await clickPublish(editor, 'submissions', id)
  expect(saved.status, saved.body).toBe(200)
}

async function storyJourney(lang: AdminLang) {
  const w = words[lang]
  const title = w.title(Date.now().toString(36).slice(-5))
  const { context, page, foreign } = await participant(lang, false)
  try {
    // The participant, JavaScript off, on the edition page.
    await page.goto(`${siteUrl()}${editionPath(lang)}`)
    const form = page.locator('form[action$="/api/submissions/send"]')
    await form.locator('input[name="kind"][value="story"]').check()
    await form.locator('input[name="title"]').fill(title)
    await form.locator('textarea[name="text"]').fill(w.text)
    await form.locator('input[name="consent"]').check()
    await Promise.all([
      page.waitForURL(/\/api\/submissions\/send$/),
      form.locator('button[type="submit"], input[type="submit"]').first().click(),
    ])
    expect(await page.locator('html').getAttribute('lang')).toBe(lang)
    const code = await receiptOn(page)
    expect(await checkOnSite(page, lang, code, 'status')).toContain(w.received)

    // The editor approves it in the admin; the draft story it made is finished and published.
    const submission = await submissionTitled(title)
    await asEditor(lang, async (editor) => {
      await approve(editor, String(submission.id))
      const after = await api(cmsUrl(), `/submissions/${String(submission.id)}?depth=0`, {
        token: token(),
      })
      const storyId = String(after.json.story)
      await openDocument(editor, cmsUrl(), 'stories', storyId, lang)
      await publish(editor, 'stories', storyId)
      expect(editor.refusals).toEqual([])
    })
    const editionPage = await see(editionPath(lang), title)
    expect(editionPage).toContain(title)
    await see(`/${lang}/stories/`, title)

    // The receipt says approved; the participant withdraws, and the story leaves the site.
    expect(await checkOnSite(page, lang, code, 'status')).toContain(w.approved)
    await checkOnSite(page, lang, code, 'withdraw')
    await gone(editionPath(lang), title)
    await settled()
    expect(await live(`/${lang}/stories/`)).not.toContain(title)
    expect(foreign).toEqual([])
  } finally {
    await context.close()
  }
}

/** Waits until the live page no longer shows `text` (the build after a withdrawal has run). */
async function gone(sitePath: string, text: string) {
  await waitFor(`"${text}" gone from ${sitePath}`, 480_000, async () =>
    (await live(sitePath)).includes(text) ? undefined : true,
  )
}

/** A one-second voice note with a title, an artist and a location in its tags. */
function voiceNote(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-voice-'))
  const file = path.join(dir, 'voice.m4a')
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=440:duration=1',
    '-metadata',
    'artist=Layla Haddad',
    '-metadata',
    'location=+33.5138+036.2765/',
    '-c:a',
    'aac',
    file,
  ])
  return file
}

/**
 * A solidarity message recorded in the page (`record`: Chromium's fake microphone plays a tone)
 * or chosen from the phone as a file, then a photo with a demand.
 */
async function messageAndDemandJourney(lang: AdminLang, record: boolean) {
  const microphone = record
    ? await launchChromium(undefined, [
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
      ])
    : undefined
  const { context, page, foreign } = await participant(lang, true, microphone)
  try {
    await page.goto(`${siteUrl()}${editionPath(lang)}`)
    let form = page.locator('form[action$="/api/submissions/send"]')
    if (record) {
      const t = useTranslations(lang)
      await page.getByRole('button', { name: t('voice.record.start') }).click()
      await page.waitForTimeout(2_500)
      await page.getByRole('button', { name: t('voice.record.stop') }).click()
      await form.locator('audio:not([hidden])').waitFor()
      expect(await form.locator('input[name="kind"][value="message"]').isChecked()).toBe(true)
    } else {
      await form.locator('input[name="kind"][value="message"]').check()
      await form.locator('input[name="file"]').setInputFiles(voiceNote())
    }
    await form.locator('input[name="consent"]').check()
    await Promise.all([
      page.waitForURL(/\/api\/submissions\/send$/),
      form.locator('button[type="submit"], input[type="submit"]').first().click(),
    ])
    await receiptOn(page)

    // A photo with a demand to host governments; the photo carries a GPS position.
    const photo = await photoWithLocation()
    await page.goto(`${siteUrl()}${editionPath(lang)}`)
    form = page.locator('form[action$="/api/submissions/send"]')
    await form.locator('input[name="kind"][value="demand"]').check()
    await form.locator('textarea[name="text"]').fill(words[lang].demand)
    await form.locator('select[name="addressee"]').selectOption('host-governments')
    await form
      .locator('input[name="file"]')
      .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo.bytes })
    await form.locator('input[name="nameShown"][value="initials"]').check()
    await form.locator('input[name="name"]').fill(lang === 'ar' ? 'ليلى حداد' : 'Layla Haddad')
    await form.locator('input[name="consent"]').check()
    await Promise.all([
      page.waitForURL(/\/api\/submissions\/send$/),
      form.locator('button[type="submit"], input[type="submit"]').first().click(),
    ])
    await receiptOn(page)
    expect(foreign).toEqual([])
  } finally {
    await context.close()
    await microphone?.close()
  }
  const listed = await api(cmsUrl(), '/submissions?limit=200&depth=1&sort=-createdAt', {
    token: token(),
  })
  const docs = listed.json.docs as {
    id: string | number
    kind: string
    shownName?: string
    file?: { mimeType?: string }
  }[]
  const message = docs.find((doc) => doc.kind === 'message')
  const demand = docs.find((doc) => doc.kind === 'demand')
  expect(message?.file?.mimeType).toMatch(/^audio\//)
  expect(demand?.file?.mimeType).toBe('image/jpeg')
  expect(demand?.shownName).toBe(lang === 'ar' ? 'ل. ح.' : 'L. H.')
  expect(JSON.stringify(docs)).not.toContain('Haddad')
  await demandPublished(lang, String(demand?.id))
}

/**
 * The editor approves the demand in the admin and publishes the draft story it made; after the
 * build the edition page shows it with its addressee and its photo, served by the site itself
 * with no metadata left, and the open data lists it.
 */
async function demandPublished(lang: AdminLang, submissionId: string) {
  const t = useTranslations(lang)
  const demandText = words[lang].demand
  await asEditor(lang, async (editor) => {
    await approve(editor, submissionId)
    const after = await api(cmsUrl(), `/submissions/${submissionId}?depth=0`, { token: token() })
    const storyId = String(after.json.story)
    await openDocument(editor, cmsUrl(), 'stories', storyId, lang)
    await publish(editor, 'stories', storyId)
    expect(editor.refusals).toEqual([])
  })
  const page = await see(editionPath(lang), demandText)
  const card = page.slice(page.lastIndexOf('<li', page.indexOf(demandText)))
  const addressee = t('story.addressedTo', { addressee: t('addressee.host-governments') })
  expect(card.slice(0, card.indexOf('</li>'))).toContain(addressee)
  const src = /<img[^>]*src="(\/media\/photo-[0-9a-f]+\.webp)"/.exec(card)?.[1]
  expect(src, 'the demand shows its photo from the site').toBeDefined()
  const served = await fetch(`${siteUrl()}${src ?? ''}`)
  expect(served.status).toBe(200)
  expect(served.headers.get('content-type')).toBe('image/webp')
  const bytes = Buffer.from(await served.arrayBuffer())
  expect(identifyingMarks(bytes, await sharp(bytes).metadata())).toEqual([])
  expect(bytes.includes(Buffer.from(ownerName))).toBe(false)
  const tags = execFileSync('exiftool', ['-json', '-G', '-', '-q'], { input: bytes }).toString()
  expect(tags).not.toMatch(/GPS|Apple|iPhone|Owner|XMP/i)
  const data = JSON.parse(await live('/data/stories.json')) as {
    docs: { kind: string; addressee?: string; title: Record<string, string> }[]
  }
  expect(data.docs.find((doc) => doc.title[lang] === demandText)).toMatchObject({
    kind: 'demand',
    addressee: 'host-governments',
  })
}

describe('participants raise their voice', () => {
  it(
    'a story sent without JavaScript, approved, published, then withdrawn, in Arabic and in English side by side',
    { timeout: 1_200_000 },
    async () => {
      await Promise.all([storyJourney('ar'), storyJourney('en')])
    },
  )

  it(
    'a voice message (chosen as a file, or recorded in the page) and a photo with a demand, with JavaScript, in both languages',
    { timeout: 1_200_000 },
    async () => {
      await messageAndDemandJourney('en', false)
      await messageAndDemandJourney('ar', true)
    },
  )

  it('the main job logged nothing of the participants’ browsers', () => {
    const written = log()
    expect(written).not.toContain('ParticipantPhone')
    expect(written).not.toContain('device-of-a-participant')
  })
})
