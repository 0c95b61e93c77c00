/**
 * Anonymous means anonymous: the author of an anonymous story stays in the admin — not in REST
 * (reads, lists, versions, any depth, `select`, `where`), not in GraphQL (off), not in the exported
 * snapshot nor in what the site builds from it (pages, feeds, search index, open data files). It
 * is stored apart (collections/StoryAuthors): the database file's stories tables and their
 * versions never hold it, so a dump of the public content cannot carry it, whether the story was
 * anonymous from the start or became so later. Editors and admins still read and change it
 * through the story; a translator's save or one that leaves it out never loses it.
 * And uploads are public only once a published document uses them: not listed, not readable, not
 * downloadable before.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { buildOpenData } from '@mahjar/publish/outputs/open-data'
import { contentText } from '@mahjar/publish/outputs/files'
import { readSnapshot } from '@mahjar/publish/snapshot'
import { api, fieldErrors, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, report, story } from '../../helpers/payload-fixtures.ts'
import { indexSite } from '../../helpers/search-page.ts'
import { buildSiteFrom, removeSiteBuild } from '../../helpers/site-build.ts'
import { storedText } from '../../helpers/stored-text.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let editorToken = ''
let translatorToken = ''
let anonymousId = ''
let namedId = ''
const secretName = { ar: 'ليلى السرية', en: 'Layla Secret' }
const publicName = { ar: 'سامي المعلن', en: 'Sami Public' }

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  editorToken = await login(server.baseUrl, (await cms.createUser('editor')).email, testPassword)
  translatorToken = await login(
    server.baseUrl,
    (await cms.createUser('translator')).email,
    testPassword,
  )
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

type Name = { ar: string; en: string }

const withAuthor =
  (slug: string, name: Name, anonymous: boolean) =>
  (lang: 'ar' | 'en', row: (n: number) => string) => ({
    ...story(slug)(lang, row),
    author: name[lang],
    anonymous,
  })

const mentions = (text: string, name: Name) => text.includes(name.en) || text.includes(name.ar)
const mentionsSecret = (text: string) => mentions(text, secretName) || text.includes('Layla')

/** The tables a dump holds, apart from the one where anonymous tellers' names belong. */
const isApart = (table: string) => /^story[-_]authors/.test(table)

/** Which tables (or collections) of the database file hold `name`, in either language. */
async function tablesHolding(name: Name): Promise<string[]> {
  const tables = await storedText(cms)
  return [...tables].filter(([, text]) => mentions(text, name)).map(([table]) => table)
}

/** The story's name as an editor reads it, and as a reader does (no author at all). */
async function authorAsRead(id: string, locale: 'ar' | 'en') {
  const staff = await api(server.baseUrl, `/stories/${id}?locale=${locale}&draft=true`, {
    token: editorToken,
  })
  const reader = await api(server.baseUrl, `/stories/${id}?locale=${locale}`)
  return { staff: staff.json.author, reader: reader.json.author }
}

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
    for (const depth of [2, 3]) {
      const deep = await api(server.baseUrl, `/stories?locale=all&depth=${String(depth)}&limit=100`)
      expect(deep.status).toBe(200)
      expect(mentionsSecret(JSON.stringify(deep.body))).toBe(false)
      const one = await api(
        server.baseUrl,
        `/stories/${anonymousId}?locale=all&depth=${String(depth)}`,
      )
      expect(one.status).toBe(200)
      expect(mentionsSecret(JSON.stringify(one.body))).toBe(false)
    }
    const graphql = await fetch(`${server.baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Stories { docs { author } } }' }),
    })
    expect(graphql.status).toBe(404)
    expect(mentionsSecret(await graphql.text())).toBe(false)
  })

  it('is read by editors in the admin’s API, in each language and in all at once', async () => {
    for (const locale of ['ar', 'en'] as const)
      expect((await authorAsRead(anonymousId, locale)).staff).toBe(secretName[locale])
    const all = await api(server.baseUrl, `/stories/${anonymousId}?locale=all`, {
      token: editorToken,
    })
    expect(all.json.author).toEqual(secretName)
  })

  it('is not read by translators, who translate the story without it', async () => {
    const read = await api(server.baseUrl, `/stories/${anonymousId}?locale=en&draft=true`, {
      token: translatorToken,
    })
    expect(read.status).toBe(200)
    expect(read.json.title).toBe('Living Together')
    expect(mentionsSecret(JSON.stringify(read.body))).toBe(false)
    const apart = await api(server.baseUrl, '/story-authors?locale=all', { token: translatorToken })
    expect(apart.status).toBe(403)
    expect(mentionsSecret(JSON.stringify(apart.body))).toBe(false)
  })

  it('is in no version, for readers (refused) nor for editors (not stored there)', async () => {
    const versions = `/stories/versions?locale=all&depth=2&where[parent][equals]=${anonymousId}`
    const reader = await api(server.baseUrl, versions)
    expect([401, 403]).toContain(reader.status)
    const staff = await api(server.baseUrl, versions, { token: editorToken })
    expect(staff.status).toBe(200)
    const docs = staff.json.docs as { id: string }[]
    expect(docs.length).toBeGreaterThan(0)
    expect(mentionsSecret(JSON.stringify(staff.body))).toBe(false)
    const first = docs[0]?.id ?? ''
    const one = await api(server.baseUrl, `/stories/versions/${first}?locale=all`)
    expect([401, 403, 404]).toContain(one.status)
    expect(mentionsSecret(JSON.stringify(one.body))).toBe(false)
  })

  it('never reaches the snapshot, nor what the site builds from it: pages, feeds, search index, open data', async () => {
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
      const text = contentText(file.content)
      expect(mentionsSecret(text), file.path).toBe(false)
      expect(text).toContain(publicName.en)
    }

    // The site as a release builds it from this snapshot: every page, feed, sitemap and data
    // file, and the records of the search index.
    const site = buildSiteFrom(dir)
    try {
      const records = await indexSite(dir, site.distDir)
      expect(mentionsSecret(JSON.stringify(records))).toBe(false)
      expect(JSON.stringify(records)).toContain('hidden-teller')
      const built = (await readdir(site.distDir, { recursive: true })).filter(
        (file) => !file.startsWith('pagefind'),
      )
      expect(built).toEqual(expect.arrayContaining(['en/feed.xml', 'data/stories.json']))
      for (const file of built) {
        const full = path.join(site.distDir, file)
        if (!/\.(html|xml|json|csv|txt|js|bib|ris)$/.test(file)) continue
        expect(mentionsSecret(await readFile(full, 'utf8')), file).toBe(false)
      }
      for (const lang of ['ar', 'en'] as const) {
        const page = (slug: string) =>
          readFile(path.join(site.distDir, lang, 'stories', slug, 'index.html'), 'utf8')
        expect(await page('named-teller')).toContain(publicName[lang])
        expect(await page('hidden-teller')).toContain(
          lang === 'ar' ? 'العيش معًا' : 'Living Together',
        )
      }
    } finally {
      removeSiteBuild(site)
    }
  }, 300_000)

  it('goes out of the public API the moment a story becomes anonymous', async () => {
    await payload.update({ collection: 'stories', id: namedId, data: { anonymous: true } })
    const one = await api(server.baseUrl, `/stories/${namedId}?locale=en`)
    expect(one.json).not.toHaveProperty('author')
    await payload.update({ collection: 'stories', id: namedId, data: { anonymous: false } })
  })
})

describe('where the name of an anonymous story is stored', () => {
  it('in the story-authors table alone: no row or version of any other table holds it', async () => {
    const holding = await tablesHolding(secretName)
    expect(holding.length).toBeGreaterThan(0)
    expect(holding.filter((table) => !isApart(table))).toEqual([])
    // The named story's byline is in the stories tables, where the check looks.
    expect((await tablesHolding(publicName)).filter((table) => !isApart(table))).not.toEqual([])
  })

  it('a story that becomes anonymous loses the name from its row and every earlier version; it comes back when the story stops being anonymous', async () => {
    const name = { ar: 'مريم المتحولة', en: 'Mariam Turned' }
    const id = await createBilingual(payload, 'stories', withAuthor('turning-teller', name, false))
    await payload.update({ collection: 'stories', id, locale: 'en', data: { title: 'Again' } })
    const named = await tablesHolding(name)
    expect(named).toEqual(expect.arrayContaining(['stories_locales', '_stories_v_locales']))

    const versions = async () =>
      (
        await payload.findVersions({
          collection: 'stories',
          where: { parent: { equals: id } },
          locale: 'all',
          depth: 0,
          pagination: false,
          sort: 'createdAt',
        })
      ).docs
    const before = await versions()

    await payload.update({ collection: 'stories', id, data: { anonymous: true } })
    expect((await tablesHolding(name)).filter((table) => !isApart(table))).toEqual([])
    // The earlier versions lost the name and nothing else (text, rows, relations, dates).
    const after = await versions()
    expect(after.length).toBe(before.length + 1)
    expect(after.slice(0, before.length)).toEqual(
      // (the new version is now the latest one)
      before.map((v) => ({
        ...v,
        latest: false,
        version: { ...v.version, author: { ar: null, en: null } },
      })),
    )
    expect(await tablesHolding(name)).toEqual(['story_authors_locales'])
    for (const locale of ['ar', 'en'] as const)
      expect(await authorAsRead(id, locale)).toEqual({ staff: name[locale], reader: undefined })

    await payload.update({ collection: 'stories', id, data: { anonymous: false } })
    expect(await tablesHolding(name)).toContain('stories_locales')
    expect((await tablesHolding(name)).filter(isApart)).toEqual([])
    for (const locale of ['ar', 'en'] as const)
      expect(await authorAsRead(id, locale)).toEqual({ staff: name[locale], reader: name[locale] })
  })

  it('a save that leaves the author out keeps it, and a translator’s save never changes it', async () => {
    const name = { ar: 'هدى الباقية', en: 'Huda Kept' }
    const id = await createBilingual(payload, 'stories', withAuthor('kept-teller', name, true))
    await payload.update({ collection: 'stories', id, locale: 'ar', data: { title: 'عنوان آخر' } })
    const retitled = await api(server.baseUrl, `/stories/${id}?locale=en`, {
      method: 'PATCH',
      token: editorToken,
      body: { summary: 'A summary changed by an editor.' },
    })
    expect(retitled.status, JSON.stringify(retitled.json)).toBe(200)
    // A translator's form holds no name for an anonymous story; whatever it sends is ignored.
    for (const [n, author] of [null, '', 'Someone Else'].entries()) {
      const translated = await api(server.baseUrl, `/stories/${id}?locale=en`, {
        method: 'PATCH',
        token: translatorToken,
        body: { title: `A translator’s title, take ${String(n)}`, author },
      })
      expect(translated.status, JSON.stringify(translated.json)).toBe(200)
      expect(mentions(JSON.stringify(translated.body), name)).toBe(false)
    }
    expect(await tablesHolding({ ar: 'Someone Else', en: 'Someone Else' })).toEqual([])
    for (const locale of ['ar', 'en'] as const)
      expect((await authorAsRead(id, locale)).staff).toBe(name[locale])
    expect((await tablesHolding(name)).filter((table) => !isApart(table))).toEqual([])
  })

  it('editors change it through the story’s Author field, one language at a time', async () => {
    const name = { ar: 'سعاد الأولى', en: 'Suad First' }
    const renamed = { ar: 'سعاد الثانية', en: 'Suad Second' }
    const id = await createBilingual(payload, 'stories', withAuthor('renamed-teller', name, true))
    for (const locale of ['en', 'ar'] as const) {
      const changed = await api(server.baseUrl, `/stories/${id}?locale=${locale}`, {
        method: 'PATCH',
        token: editorToken,
        body: { author: renamed[locale] },
      })
      expect(changed.status, JSON.stringify(changed.json)).toBe(200)
      expect(changed.json.doc).toMatchObject({ author: renamed[locale] })
    }
    for (const locale of ['ar', 'en'] as const)
      expect(await authorAsRead(id, locale)).toEqual({ staff: renamed[locale], reader: undefined })
    expect(await tablesHolding(name)).toEqual([])
    expect(await tablesHolding(renamed)).toEqual(['story_authors_locales'])
  })

  it('a name too long or with markup is refused on the Author field, in the request’s language', async () => {
    const name = { ar: 'رنا القصيرة', en: 'Rana Short' }
    const id = await createBilingual(payload, 'stories', withAuthor('checked-teller', name, true))
    for (const [lang, author, said] of [
      ['en', 'x'.repeat(201), /at most 200 characters \(it has 201\)/],
      ['ar', 'x'.repeat(201), /يجب ألا يزيد على 200 حرفًا/],
      ['en', '<b>Rana</b>', /must be plain text/],
      ['ar', '<b>رنا</b>', /يجب أن يكون نصًا عاديًا/],
    ] as const) {
      const refused = await api(server.baseUrl, `/stories/${id}?locale=${lang}`, {
        method: 'PATCH',
        token: editorToken,
        lang,
        body: { author },
      })
      expect(refused.status).toBe(400)
      const [error] = fieldErrors(refused)
      expect(error?.path).toBe('author')
      expect(error?.message).toMatch(said)
    }
    expect((await authorAsRead(id, 'en')).staff).toBe(name.en)
  })

  it('goes with its story when an editor deletes the story', async () => {
    const name = { ar: 'ليلى الراحلة', en: 'Leila Gone' }
    const id = await createBilingual(payload, 'stories', withAuthor('deleted-teller', name, true))
    expect(await tablesHolding(name)).toEqual(['story_authors_locales'])
    // A published story is deleted with a public reason (collections/withdrawal.ts).
    const reason = await api(server.baseUrl, `/stories/${id}?draft=true&locale=en`, {
      method: 'PATCH',
      token: editorToken,
      body: { withdrawalReason: 'Taken down at the teller’s request.' },
    })
    expect(reason.status, JSON.stringify(reason.json)).toBe(200)
    const deleted = await api(server.baseUrl, `/stories/${id}`, {
      method: 'DELETE',
      token: editorToken,
    })
    expect(deleted.status, JSON.stringify(deleted.json)).toBe(200)
    expect(await tablesHolding(name)).toEqual([])
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
