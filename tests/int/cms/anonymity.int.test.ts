/**
 * Anonymous means anonymous: the author of an anonymous story stays in the admin — not in REST
 * (reads, lists, `select`, `where`), not in the exported snapshot the site, feeds and search are
 * built from, not in the open data files (`/data/stories.json`, `.csv`). And uploads are public
 * only once a published document uses them: not listed, not readable, not downloadable before.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { buildOpenData } from '@mahjar/scripts/lib/citation/open-data'
import { readSnapshot } from '@mahjar/scripts/lib/read-snapshot'
import { api, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, report, story } from '../../helpers/payload-fixtures.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let editorToken = ''
let anonymousId = ''
let namedId = ''
const secretName = { ar: 'ليلى السرية', en: 'Layla Secret' }
const publicName = { ar: 'سامي المعلن', en: 'Sami Public' }

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  editorToken = await login(server.baseUrl, (await cms.createUser('editor')).email, testPassword)
  const withAuthor =
    (slug: string, name: { ar: string; en: string }, anonymous: boolean) =>
    (lang: 'ar' | 'en', row: (n: number) => string) => ({
      ...story(slug)(lang, row),
      author: name[lang],
      anonymous,
    })
  anonymousId = await createBilingual(
    payload,
    'stories',
    withAuthor('hidden-teller', secretName, true),
  )
  namedId = await createBilingual(payload, 'stories', withAuthor('named-teller', publicName, false))
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

const mentionsSecret = (text: string) =>
  text.includes(secretName.en) || text.includes(secretName.ar) || text.includes('Layla')

describe('the author of an anonymous story', () => {
  it.each(['ar', 'en', 'all'])(
    'is absent from anonymous REST reads of the story and the list (locale %s)',
    async (locale) => {
      const one = await api(server.baseUrl, `/stories/${anonymousId}?locale=${locale}`)
      expect(one.status).toBe(200)
      expect(one.json).not.toHaveProperty('author')
      const list = await api(server.baseUrl, `/stories?locale=${locale}&limit=100`)
      expect(list.status).toBe(200)
      expect(mentionsSecret(JSON.stringify(list.body))).toBe(false)
      // The named author is still there: the rule hides only what must be hidden.
      expect(JSON.stringify(list.body)).toContain(locale === 'ar' ? publicName.ar : publicName.en)
    },
  )

  it('is absent when a reader selects the author alone or queries by it', async () => {
    const selected = await api(server.baseUrl, `/stories/${anonymousId}?select[author]=true`)
    expect(mentionsSecret(JSON.stringify(selected.body))).toBe(false)
    const queried = await api(
      server.baseUrl,
      `/stories?locale=en&where[author][equals]=${encodeURIComponent(secretName.en)}`,
    )
    const docs = (queried.json.docs ?? []) as { id: string }[]
    expect(docs.map((doc) => doc.id)).not.toContain(anonymousId)
    const liked = await api(server.baseUrl, `/stories?locale=en&where[author][like]=Layla`)
    expect(((liked.json.docs ?? []) as unknown[]).length).toBe(0)
  })

  it.each([
    ['sorting by it', '/stories?locale=en&sort=author'],
    ['sorting by it, descending', '/stories?locale=en&sort=-author'],
    ['counting by it', '/stories/count?locale=en&where[author][like]=Layla'],
    ['a nested where', '/stories?locale=en&where[or][0][author][like]=Layla'],
    ['a where on one locale', '/stories?locale=en&where[author.en][like]=Layla'],
    ['a range where', '/stories?locale=en&where[author][greater_than]=L'],
    ['an exists where', '/stories?locale=en&where[author][exists]=true'],
    ['the versions list', '/stories/versions?locale=en'],
    ['a where on versions', '/stories/versions?locale=en&where[version.author][like]=Layla'],
  ])('gives a reader no oracle through %s: refused, never answered', async (_what, query) => {
    const answer = await api(server.baseUrl, query)
    expect([400, 403]).toContain(answer.status)
    expect(mentionsSecret(JSON.stringify(answer.body))).toBe(false)
  })

  it('is absent at any depth and from GraphQL (which is off)', async () => {
    const deep = await api(server.baseUrl, `/stories?locale=all&depth=3&limit=100`)
    expect(deep.status).toBe(200)
    expect(mentionsSecret(JSON.stringify(deep.body))).toBe(false)
    const graphql = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Stories { docs { author } } }' }),
    })
    expect(graphql.status).toBe(404)
    expect(mentionsSecret(await graphql.text())).toBe(false)
  })

  it('is read by staff in the admin’s API', async () => {
    const staff = await api(server.baseUrl, `/stories/${anonymousId}?locale=en`, {
      token: editorToken,
    })
    expect(staff.json.author).toBe(secretName.en)
  })

  it('never reaches the snapshot, nor the open data files', async () => {
    await createBilingual(payload, 'reports', report('activism-in-exile'))
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-anon-')), 'snapshot')
    await exportSnapshot(payload, dir)
    for (const file of await readdir(dir, { recursive: true })) {
      const full = path.join(dir, file)
      if (!file.endsWith('.json')) continue
      expect(mentionsSecret(await readFile(full, 'utf8')), file).toBe(false)
    }
    const snapshot = await readSnapshot(dir)
    const hidden = snapshot.stories.find((s) => s.slug === 'hidden-teller')
    expect(hidden?.anonymous).toBe(true)
    expect(hidden?.author).toBeUndefined()
    expect(snapshot.stories.find((s) => s.slug === 'named-teller')?.author?.en).toBe(publicName.en)
    const files = buildOpenData(snapshot, {
      siteUrl: 'https://mahjar.test',
      licence: 'CC-BY-4.0',
      generatedAt: '2026-11-30T00:00:00.000Z',
    })
    const stories = files.filter((file) => file.path.startsWith('/data/stories.'))
    expect(stories.map((file) => file.path).sort()).toEqual([
      '/data/stories.csv',
      '/data/stories.json',
    ])
    for (const file of stories) {
      const text =
        typeof file.content === 'string' ? file.content : Buffer.from(file.content).toString()
      expect(mentionsSecret(text), file.path).toBe(false)
      expect(text).toContain(publicName.en)
    }
  })

  it('goes out of the public API the moment a story becomes anonymous', async () => {
    await payload.update({ collection: 'stories', id: namedId, data: { anonymous: true } })
    const one = await api(server.baseUrl, `/stories/${namedId}?locale=en`)
    expect(one.json).not.toHaveProperty('author')
    await payload.update({ collection: 'stories', id: namedId, data: { anonymous: false } })
  })
})

describe('uploads', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  )
  let mediaId = ''
  let fileUrl = ''
  const unusedAlt = 'Photo of a participant, not yet cleared'

  beforeAll(async () => {
    const form = new FormData()
    form.append('file', new Blob([png], { type: 'image/png' }), 'participant.png')
    form.append('_payload', JSON.stringify({ alt: unusedAlt }))
    const created = await api(server.baseUrl, '/media?locale=en', {
      method: 'POST',
      token: editorToken,
      lang: 'en',
      form,
    })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const doc = created.json.doc as { id: string; url: string }
    mediaId = doc.id
    // The URL names the configured public host; the test server answers the same path.
    fileUrl = new URL(doc.url, server.baseUrl).pathname
  })

  const fileStatus = async () => (await fetch(new URL(fileUrl, server.baseUrl))).status

  it('are neither listed, read nor downloadable by anonymous readers while unused', async () => {
    const list = await api(server.baseUrl, '/media?locale=en')
    expect(list.status).toBe(200)
    expect(JSON.stringify(list.body)).not.toContain(unusedAlt)
    expect((await api(server.baseUrl, `/media/${mediaId}`)).status).toBe(404)
    expect(await fileStatus()).toBeGreaterThanOrEqual(400)
  })

  it('stay private when only a draft uses them', async () => {
    await createBilingual(
      payload,
      'reports',
      (lang, row) => ({ ...report('draft-with-cover')(lang, row), cover: mediaId }),
      'draft',
    )
    expect((await api(server.baseUrl, `/media/${mediaId}`)).status).toBe(404)
    expect(await fileStatus()).toBeGreaterThanOrEqual(400)
  })

  it('become public once a published document uses them, served with nosniff', async () => {
    await createBilingual(payload, 'reports', (lang, row) => ({
      ...report('published-with-cover')(lang, row),
      cover: mediaId,
    }))
    const one = await api(server.baseUrl, `/media/${mediaId}?locale=en`)
    expect(one.status).toBe(200)
    expect(one.json.alt).toBe(unusedAlt)
    const file = await fetch(new URL(fileUrl, server.baseUrl))
    expect(file.status).toBe(200)
    expect(file.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('are all visible to staff', async () => {
    const list = await api(server.baseUrl, '/media?locale=en', { token: editorToken })
    expect((list.json.docs as { id: string }[]).map((doc) => doc.id)).toContain(mediaId)
  })
})
