/**
 * The public submission doors (cms/src/submissions) over real HTTP on a throwaway CMS: a
 * participant sends a story, a message and a demand; the receipt code reads and withdraws; an
 * editor's approval makes a draft story (a demand's with its addressee and photo, exported only
 * once published); malformed and hostile sends are each refused in the
 * sender's language with nothing stored; anonymous readers and translators get nothing of the
 * queue; a burst past the window is refused; and nothing about the request (address, user agent)
 * is stored or logged.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messageIn } from '@mahjar/cms/i18n/messages'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { photoFolder } from '@mahjar/shared/identifiers'
import { escapeMarkup } from '@mahjar/shared/markup'
import { api } from '../../helpers/http.ts'
import { campaignEdition, createBilingual } from '../../helpers/payload-fixtures.ts'
import { identifyingMarks, ownerName, photoWithLocation } from '../../helpers/photo-metadata.ts'
import { startSignedInCms, type SignedInCms } from '../../helpers/signed-in-cms.ts'

const siteOrigin = 'http://site.mahjar.test'
const userAgent = 'MahjarTestAgent/1.0 (Secret Phone 7; fingerprint-4242)'
const perHour = 70

let cms: SignedInCms<'admin' | 'editor' | 'translator'>
const logged: string[] = []
const writeOut = process.stdout.write.bind(process.stdout)

beforeAll(async () => {
  process.env.SITE_URL = siteOrigin
  process.env.SUBMISSIONS_PER_HOUR = String(perHour)
  // Everything the CMS prints while the tests run, to look for request data in it.
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    logged.push(String(chunk))
    return writeOut(chunk, ...(rest as []))
  }
  cms = await startSignedInCms(['admin', 'editor', 'translator'])
  await createBilingual(cms.payload, 'campaign-editions', campaignEdition('almahjar-can', 2021))
  await createBilingual(
    cms.payload,
    'campaign-editions',
    campaignEdition('almahjar-can', 2022),
    'draft',
  )
}, 120_000)

afterAll(async () => {
  process.stdout.write = writeOut
  await cms.close()
})

type Fields = Record<string, string | Blob>

function formOf(fields: Fields): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  return form
}

const story = (lang: 'ar' | 'en', extra: Fields = {}): Fields => ({
  lang,
  campaign: 'almahjar-can',
  year: '2021',
  kind: 'story',
  title: lang === 'ar' ? 'طريقي إلى برلين' : 'My way to Berlin',
  text:
    lang === 'ar'
      ? 'غادرت بلدي عام 2013 ووصلت إلى برلين بعد عامين.'
      : 'I left my country in 2013 and reached Berlin two years later.',
  nameShown: 'anonymous',
  consent: 'yes',
  website: '',
  ...extra,
})

async function send(
  fields: Fields | FormData | string,
  headers: Record<string, string> = {},
  door = 'send',
) {
  const body = typeof fields === 'string' || fields instanceof FormData ? fields : formOf(fields)
  // A browser's own language goes with the page's: the answer to a send refused before its
  // form is read (wrong origin, too large, too many) can only follow this header.
  const language =
    typeof fields === 'object' && !(fields instanceof FormData) && fields.lang === 'en'
      ? 'en'
      : 'ar'
  const response = await fetch(`${cms.baseUrl}/api/submissions/${door}`, {
    method: 'POST',
    headers: {
      origin: siteOrigin,
      'user-agent': userAgent,
      'accept-language': language,
      ...headers,
    },
    body,
  })
  return { status: response.status, text: await response.text(), headers: response.headers }
}

const receiptIn = (html: string) => /class="code">([0-9A-Z-]{14})</.exec(html)?.[1]

async function stored() {
  const submissions = await cms.payload.find({
    collection: 'submissions',
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  const files = await cms.payload.find({
    collection: 'submission-files',
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  return { submissions: submissions.docs, files: files.docs }
}

async function checkReceipt(lang: 'ar' | 'en', receipt: string, action = 'status') {
  return send(
    new URLSearchParams({ lang, receipt, action }).toString(),
    {
      'content-type': 'application/x-www-form-urlencoded',
    },
    'receipt',
  )
}

describe('a participant', () => {
  it('sends a text story in each language and gets a receipt page in that language', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const answer = await send(story(lang))
      expect(answer.status).toBe(201)
      expect(answer.text).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`)
      expect(answer.text).toContain(messageIn(lang, 'submissionReceivedTitle'))
      expect(receiptIn(answer.text)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'none'")
      expect(answer.headers.get('cache-control')).toBe('no-store')
    }
    const { submissions } = await stored()
    expect(submissions.map((doc) => [doc.kind, doc.language, doc.status]).sort()).toEqual([
      ['story', 'ar', 'received'],
      ['story', 'en', 'received'],
    ])
    // No decision yet: nothing to count a retention period from.
    expect(submissions.map((doc) => doc.decidedAt ?? null)).toEqual([null, null])
  })

  it('keeps only the name form chosen: initials are kept as initials, never the name', async () => {
    const answer = await send(
      story('en', { nameShown: 'initials', name: 'Mariam Haddad', title: 'Initials only' }),
    )
    expect(answer.status).toBe(201)
    const { submissions } = await stored()
    const doc = submissions.find((entry) => entry.title === 'Initials only')
    expect(doc?.shownName).toBe('M. H.')
    expect(JSON.stringify(doc)).not.toContain('Mariam')
  })

  it('reads the status with the receipt code (any case, spaces) and withdraws it', async () => {
    const answer = await send(story('ar', { title: 'ستُسحب' }))
    const receipt = receiptIn(answer.text) ?? ''
    const typed = ` ${receipt.toLowerCase().replace(/-/g, ' ')} `
    const status = await checkReceipt('ar', typed)
    expect(status.status).toBe(200)
    expect(status.text).toContain(messageIn('ar', 'submissionStatus.received'))
    const withdrawn = await checkReceipt('en', receipt, 'withdraw')
    expect(withdrawn.text).toContain(messageIn('en', 'submissionWithdrawnNow'))
    const again = await checkReceipt('en', receipt)
    expect(again.text).toContain(messageIn('en', 'submissionStatus.withdrawn'))
    const { submissions } = await stored()
    expect(submissions.find((doc) => doc.title === 'ستُسحب')?.status).toBe('withdrawn')
  })

  it('sends a photo with a demand: the stored photo keeps no location, owner or XMP', async () => {
    const photo = await photoWithLocation()
    const answer = await send(
      story('en', {
        kind: 'demand',
        title: '',
        text: 'Recognise our diplomas.',
        addressee: 'host-governments',
        file: new Blob([new Uint8Array(photo.bytes)], { type: 'image/jpeg' }),
      }),
      { accept: 'application/json' },
    )
    expect(answer.status, answer.text).toBe(201)
    expect(JSON.parse(answer.text)).toMatchObject({ status: 'received' })
    const { submissions, files } = await stored()
    const demand = submissions.find((doc) => doc.kind === 'demand')
    expect(demand?.addressee).toBe('host-governments')
    expect(files).toHaveLength(1)
    const folder = process.env.SUBMISSIONS_DIR ?? ''
    const names = readdirSync(folder)
    expect(names).toHaveLength(1)
    const bytes = readFileSync(path.join(folder, names[0] ?? ''))
    expect(identifyingMarks(bytes, await sharp(bytes).metadata())).toEqual([])
    expect(bytes.includes(Buffer.from(ownerName))).toBe(false)
  })
})

describe('refusals', () => {
  const tiny = new Blob(['not an image at all'], { type: 'image/jpeg' })
  const cases: {
    name: string
    fields: Fields
    headers?: Record<string, string>
    key: string
    status: number
  }[] = [
    {
      name: 'another origin',
      fields: story('en'),
      headers: { origin: 'https://evil.example' },
      key: 'submissionOrigin',
      status: 403,
    },
    {
      name: 'the honeypot filled',
      fields: story('ar', { website: 'https://spam.example' }),
      key: 'submissionHoneypot',
      status: 400,
    },
    { name: 'no kind', fields: story('en', { kind: '' }), key: 'submissionKind', status: 400 },
    {
      name: 'an unknown kind',
      fields: story('ar', { kind: 'petition' }),
      key: 'submissionKind',
      status: 400,
    },
    {
      name: 'an unknown campaign',
      fields: story('en', { campaign: 'no-such-campaign' }),
      key: 'submissionEdition',
      status: 400,
    },
    {
      name: 'an unpublished edition',
      fields: story('ar', { year: '2022' }),
      key: 'submissionEdition',
      status: 400,
    },
    {
      name: 'a year that is not one',
      fields: story('en', { year: '20x1' }),
      key: 'submissionEdition',
      status: 400,
    },
    {
      name: 'a campaign slug with a path in it',
      fields: story('en', { campaign: '../users' }),
      key: 'submissionEdition',
      status: 400,
    },
    {
      name: 'a title too long',
      fields: story('ar', { title: 'أ'.repeat(201) }),
      key: 'submissionTitleLong',
      status: 400,
    },
    {
      name: 'a text too long',
      fields: story('en', { text: 'a'.repeat(5001) }),
      key: 'submissionTextLong',
      status: 400,
    },
    {
      name: 'a script in the text',
      fields: story('ar', { text: 'قصتي <script>alert(1)</script>' }),
      key: 'submissionPlainText',
      status: 400,
    },
    {
      name: 'a script in the title',
      fields: story('en', { title: '<img src=x onerror=alert(1)>' }),
      key: 'submissionPlainText',
      status: 400,
    },
    {
      name: 'markup in the name',
      fields: story('en', { nameShown: 'name', name: '<b>Sami</b>' }),
      key: 'submissionPlainText',
      status: 400,
    },
    {
      name: 'a control character in the text',
      fields: story('en', { text: 'hidden\u0000byte' }),
      key: 'submissionPlainText',
      status: 400,
    },
    {
      name: 'a story without text',
      fields: story('ar', { text: '   ' }),
      key: 'submissionStoryMissing',
      status: 400,
    },
    {
      name: 'a story with a file',
      fields: story('en', { file: tiny }),
      key: 'submissionStoryFile',
      status: 400,
    },
    {
      name: 'an empty message',
      fields: story('ar', { kind: 'message', text: '' }),
      key: 'submissionMessageMissing',
      status: 400,
    },
    {
      name: 'a demand without text',
      fields: story('en', { kind: 'demand', text: '', addressee: 'un', file: tiny }),
      key: 'submissionDemandMissing',
      status: 400,
    },
    {
      name: 'a demand without a photo',
      fields: story('ar', { kind: 'demand', addressee: 'un' }),
      key: 'submissionPhotoMissing',
      status: 400,
    },
    {
      name: 'a demand to no one on the list',
      fields: story('en', { kind: 'demand', addressee: 'the-moon', file: tiny }),
      key: 'submissionAddressee',
      status: 400,
    },
    {
      name: 'an unknown name choice',
      fields: story('ar', { nameShown: 'pseudonym' }),
      key: 'submissionNameChoice',
      status: 400,
    },
    {
      name: 'a name chosen but not given',
      fields: story('en', { nameShown: 'name', name: '' }),
      key: 'submissionNameMissing',
      status: 400,
    },
    {
      name: 'a name too long',
      fields: story('ar', { nameShown: 'name', name: 'س'.repeat(121) }),
      key: 'submissionNameLong',
      status: 400,
    },
    {
      name: 'no consent',
      fields: story('en', { consent: '' }),
      key: 'submissionConsent',
      status: 400,
    },
    {
      name: 'consent faked with another value',
      fields: story('ar', { consent: 'true' }),
      key: 'submissionConsent',
      status: 400,
    },
    {
      name: 'a text file posing as a JPEG',
      fields: story('en', { kind: 'demand', addressee: 'eu', file: tiny }),
      key: 'submissionFileUnknownType',
      status: 400,
    },
    {
      name: 'an SVG with a script',
      fields: story('ar', {
        kind: 'demand',
        addressee: 'eu',
        file: new Blob(
          ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
          { type: 'image/svg+xml' },
        ),
      }),
      key: 'submissionFileUnknownType',
      status: 400,
    },
  ]

  it.each(cases)('$name: refused in the sender’s language, nothing stored', async (entry) => {
    const before = await stored()
    const answer = await send(entry.fields, entry.headers)
    expect(answer.status, answer.text).toBe(entry.status)
    const lang = entry.fields.lang === 'en' ? 'en' : 'ar'
    expect(answer.text).toContain(`lang="${lang}"`)
    expect(answer.text).toContain(messageIn(lang, 'submissionRefusedTitle'))
    expect(answer.text).toContain(
      escapeMarkup(
        messageIn(lang, entry.key as Parameters<typeof messageIn>[1], {
          max: 0,
          length: 0,
        }).split(/\d/)[0] ?? '',
      ),
    )
    const after = await stored()
    expect(after.submissions.length).toBe(before.submissions.length)
    expect(after.files.length).toBe(before.files.length)
  })

  it('refuses a send with no origin, a JSON body, a body over the limit and a broken body', async () => {
    const before = await stored()
    const noOrigin = await fetch(`${cms.baseUrl}/api/submissions/send`, {
      method: 'POST',
      body: formOf(story('en')),
    })
    expect(noOrigin.status).toBe(403)
    const json = await send(JSON.stringify(story('en')), { 'content-type': 'application/json' })
    expect(json.status).toBe(415)
    expect(json.text).toContain(messageIn('ar', 'submissionNotForm'))
    const huge = await send(
      story('en', { kind: 'message', file: new Blob([new Uint8Array(46 * 1024 * 1024)]) }),
    )
    expect(huge.status).toBe(413)
    const broken = await send('--x\r\nContent-Disposition: form-data; name="lang"\r\n\r\nen', {
      'content-type': 'multipart/form-data; boundary=x',
    })
    expect(broken.status).toBe(400)
    const after = await stored()
    expect(after.submissions.length).toBe(before.submissions.length)
  })

  it('answers a malformed or unknown receipt code in the sender’s language', async () => {
    const malformed = await checkReceipt('en', 'abc')
    expect(malformed.status).toBe(400)
    expect(malformed.text).toContain(messageIn('en', 'receiptMalformed').slice(0, 20))
    const unknown = await checkReceipt('ar', '0000-0000-0000')
    expect(unknown.status).toBe(404)
    expect(unknown.text).toContain(messageIn('ar', 'receiptUnknown'))
  })
})

describe('moderation', () => {
  it('anonymous readers and translators get nothing of the queue or its files', async () => {
    const { submissions, files } = await stored()
    const someId = String(submissions[0]?.id)
    const fileId = String(files[0]?.id)
    for (const token of [undefined, cms.accounts.translator.token]) {
      for (const route of [
        '/submissions',
        `/submissions/${someId}`,
        '/submission-files',
        `/submission-files/${fileId}`,
        `/submission-files/file/${String(files[0]?.filename)}`,
      ]) {
        const answer = await api(cms.baseUrl, route, token ? { token } : {})
        expect([401, 403, 404], `${route} ${token ? 'translator' : 'anonymous'}`).toContain(
          answer.status,
        )
        expect(JSON.stringify(answer.body)).not.toContain('Berlin')
      }
    }
    const editor = await api(cms.baseUrl, '/submissions?limit=100', {
      token: cms.accounts.editor.token,
    })
    expect(editor.status).toBe(200)
    expect(JSON.stringify(editor.body)).not.toContain('receiptHash')
  })

  it('approving a story makes a draft story of it; the sender’s withdrawal deletes that story', async () => {
    const answer = await send(story('ar', { title: 'قصة للقبول', nameShown: 'name', name: 'سامي' }))
    const receipt = receiptIn(answer.text) ?? ''
    const { submissions } = await stored()
    const doc = submissions.find((entry) => entry.title === 'قصة للقبول')
    const approved = await api(cms.baseUrl, `/submissions/${String(doc?.id)}`, {
      method: 'PATCH',
      token: cms.accounts.editor.token,
      body: { status: 'approved' },
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    const after = await cms.payload.findByID({
      collection: 'submissions',
      id: String(doc?.id),
      overrideAccess: true,
      depth: 0,
    })
    const storyId = typeof after.story === 'string' ? after.story : String(after.story?.id)
    const draft = await cms.payload.findByID({
      collection: 'stories',
      id: storyId,
      draft: true,
      locale: 'ar',
      overrideAccess: true,
    })
    expect(draft).toMatchObject({ kind: 'testimony', title: 'قصة للقبول', anonymous: false })
    expect(draft.author).toBe('سامي')
    const status = await checkReceipt('ar', receipt)
    expect(status.text).toContain(messageIn('ar', 'submissionStatus.approved'))
    await cms.payload.update({
      collection: 'stories',
      id: storyId,
      locale: 'ar',
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const withdrawn = await checkReceipt('ar', receipt, 'withdraw')
    expect(withdrawn.status, withdrawn.text).toBe(200)
    // Its address keeps a notice that names neither the story nor its teller.
    const notices = await cms.payload.find({
      collection: 'withdrawals',
      where: { key: { equals: draft.slug } },
      locale: 'all',
      overrideAccess: true,
    })
    expect(notices.docs).toHaveLength(1)
    const notice = JSON.stringify(notices.docs[0])
    expect(notice).not.toContain('قصة للقبول')
    expect(notice).not.toContain('سامي')
    expect(notice).toContain('سُحبت بطلب من صاحبها')
    const left = await cms.payload.find({
      collection: 'stories',
      where: { id: { equals: storyId } },
      draft: true,
      overrideAccess: true,
    })
    expect(left.docs).toHaveLength(0)
  })
})

describe('demands', () => {
  it('approved, a demand becomes a draft story with its addressee and its photo, which the site gets only once it is published', async () => {
    const { submissions } = await stored()
    const demand = submissions.find((doc) => doc.kind === 'demand')
    const approved = await api(cms.baseUrl, `/submissions/${String(demand?.id)}`, {
      method: 'PATCH',
      token: cms.accounts.editor.token,
      lang: 'en',
      body: { status: 'approved' },
    })
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    const after = await cms.payload.findByID({
      collection: 'submissions',
      id: String(demand?.id),
      depth: 0,
      overrideAccess: true,
    })
    const storyId = typeof after.story === 'object' ? String(after.story?.id) : String(after.story)
    const draft = await cms.payload.findByID({
      collection: 'stories',
      id: storyId,
      draft: true,
      depth: 0,
      locale: 'all',
      overrideAccess: true,
    })
    expect(draft).toMatchObject({ kind: 'demand', addressee: 'host-governments', _status: 'draft' })
    expect(draft.title).toMatchObject({ en: 'Recognise our diplomas.' })
    const mediaId = typeof draft.photo === 'object' ? String(draft.photo?.id) : String(draft.photo)
    const media = await cms.payload.findByID({
      collection: 'media',
      id: mediaId,
      locale: 'all',
      overrideAccess: true,
    })
    // Described in the sender's language, naming the addressee as the site does.
    expect(media.alt).toMatchObject({ en: 'A photo sent with a demand to Host governments' })
    const mediaFolder = process.env.MEDIA_DIR ?? ''
    const original = readFileSync(path.join(mediaFolder, media.filename ?? ''))
    expect(identifyingMarks(original, await sharp(original).metadata())).toEqual([])
    expect(original.includes(Buffer.from(ownerName))).toBe(false)

    // While the story is a draft, readers get neither the photo's record nor its file.
    const hidden = await api(cms.baseUrl, `/media/${mediaId}`)
    expect([403, 404]).toContain(hidden.status)
    const hiddenFile = await fetch(`${cms.baseUrl}/api/media/file/${media.filename ?? ''}`)
    expect([403, 404]).toContain(hiddenFile.status)

    await cms.payload.update({
      collection: 'stories',
      id: storyId,
      locale: 'en',
      data: { summary: 'Recognise our diplomas.', _status: 'published' },
      overrideAccess: true,
    })
    const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-demand-snapshot-'))
    try {
      await exportSnapshot(cms.payload, dir)
      const published = JSON.parse(readFileSync(path.join(dir, 'stories.json'), 'utf8')) as {
        docs: { slug: string; kind: string; addressee?: string; photo?: { file: string } }[]
      }
      const story = published.docs.find((doc) => doc.slug === draft.slug)
      expect(story).toMatchObject({ kind: 'demand', addressee: 'host-governments' })
      const file = story?.photo?.file ?? ''
      expect(file).toMatch(/^photo-[0-9a-f]{20}\.webp$/)
      const copy = readFileSync(path.join(dir, photoFolder, file))
      const metadata = await sharp(copy).metadata()
      expect(metadata.format).toBe('webp')
      expect(identifyingMarks(copy, metadata)).toEqual([])
      expect(readdirSync(path.join(dir, photoFolder))).toEqual([file])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a demand names its addressee (the editor is told so in their language), and nothing else keeps one', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const answer = await api(cms.baseUrl, '/stories', {
        method: 'POST',
        token: cms.accounts.editor.token,
        lang,
        body: {
          slug: `addressee-${lang}`,
          kind: 'demand',
          title: 'To whom?',
          _status: 'published',
        },
      })
      expect(answer.status).toBe(400)
      expect(JSON.stringify(answer.body)).toContain(messageIn(lang, 'addresseeOfDemand'))
    }
    // Made a testimony, a story drops the addressee its form no longer shows.
    const testimony = await api(cms.baseUrl, '/stories?draft=true', {
      method: 'POST',
      token: cms.accounts.editor.token,
      lang: 'en',
      body: { slug: 'no-addressee', kind: 'testimony', title: 'Mine', addressee: 'un' },
    })
    expect(testimony.status, JSON.stringify(testimony.body)).toBe(201)
    expect((testimony.body as { doc: { addressee?: unknown } }).doc.addressee ?? null).toBeNull()
  })
})

describe('retention', () => {
  it('deletes rejected and withdrawn submissions and their files once the admin’s period has passed', async () => {
    // Imported once the test CMS is up: the module reads the CMS's environment when loaded.
    const { purgeExpiredSubmissions } = await import('@mahjar/cms/submissions/retention')
    await cms.payload.updateGlobal({ slug: 'participation-settings', data: { retentionDays: 7 } })
    const { submissions, files } = await stored()
    const demand = submissions.find((doc) => doc.kind === 'demand')
    const received = submissions.find((doc) => doc.status === 'received' && doc.kind === 'story')
    await cms.payload.update({
      collection: 'submissions',
      id: String(demand?.id),
      data: { status: 'rejected', reason: 'Not about the campaign.' },
      overrideAccess: true,
    })
    const folder = process.env.SUBMISSIONS_DIR ?? ''
    expect(readdirSync(folder)).toHaveLength(files.length)
    const sixDaysOn = new Date(Date.now() + 6 * 24 * 60 * 60 * 1000)
    expect(await purgeExpiredSubmissions(cms.payload, sixDaysOn)).toBe(0)
    const eightDaysOn = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000)
    const withdrawn = (await stored()).submissions.filter((doc) => doc.status === 'withdrawn')
    expect(withdrawn.length).toBeGreaterThan(0)
    expect(await purgeExpiredSubmissions(cms.payload, eightDaysOn)).toBe(withdrawn.length + 1)
    const left = await stored()
    expect(left.submissions.map((doc) => doc.id)).toContain(received?.id)
    expect(left.submissions.some((doc) => doc.id === demand?.id)).toBe(false)
    expect(left.files).toHaveLength(0)
    expect(readdirSync(folder)).toEqual([])
  })
})

describe('limits and traces', () => {
  it('refuses a burst past the hourly window, in each language, storing nothing more', async () => {
    const before = (await stored()).submissions.length
    let accepted = 0
    let refused: { lang: 'ar' | 'en'; text: string } | undefined
    for (let index = 0; index < perHour + 5 && !refused; index += 1) {
      const lang = index % 2 ? 'en' : 'ar'
      const answer = await send(story(lang, { title: `burst ${String(index)}` }))
      if (answer.status === 429) refused = { lang, text: answer.text }
      else accepted += 1
    }
    expect(refused, 'no send was refused').toBeDefined()
    const lang = refused?.lang ?? 'ar'
    expect(refused?.text).toContain(messageIn(lang, 'submissionBusy', { minutes: 60 }))
    const arabic = await send(story('ar'))
    expect(arabic.status).toBe(429)
    expect(arabic.text).toContain('يرسل كثيرون في هذه اللحظة')
    const english = await send(story('en'))
    expect(english.status).toBe(429)
    expect(english.text).toContain('Many people are sending right now')
    expect((await stored()).submissions.length).toBe(before + accepted)
  })

  it('stores and logs nothing of the request: no address, no user agent', async () => {
    const { submissions, files } = await stored()
    const everything = JSON.stringify({ submissions, files }) + logged.join('')
    for (const trace of ['127.0.0.1', '::1', 'MahjarTestAgent', 'fingerprint-4242'])
      expect(everything).not.toContain(trace)
  })
})
