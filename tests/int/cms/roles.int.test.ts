/**
 * The role matrix over real HTTP: every role (anonymous, translator, editor, admin) × every
 * publishable collection × every operation (read a draft, create, update text, update a field
 * that is not text, change the structure, publish, unpublish, delete). Translators change the
 * text of drafts only, whatever the request looks like; a plain PATCH by anyone never
 * unpublishes; what is refused leaves the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, fieldErrors, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { databaseState } from '../../helpers/database-state.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import {
  audience,
  campaignEdition,
  createBilingual,
  finding,
  practice,
  recommendation,
  report,
  story,
  theme,
  type Builder,
} from '../../helpers/payload-fixtures.ts'
import { campaignSlug, campaignYear } from '../../helpers/constants.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
const refs = { report: '', audience: '', theme: '', otherTheme: '' }
type Role = 'anonymous' | 'translator' | 'editor' | 'admin'
const tokens: Record<Role, string | undefined> = {
  anonymous: undefined,
  translator: '',
  editor: '',
  admin: '',
}

type Collection =
  'reports' | 'findings' | 'recommendations' | 'practices' | 'campaign-editions' | 'stories'

/** How to make a document of a collection, which text a translator may change, and what not. */
type Spec = {
  build: (n: number) => Builder
  /** A localized text field and a new English value for it. */
  text: string
  /** Changes to fields that are not text, each named by the path a refusal must give. */
  locked: { path: string; patch: () => Record<string, unknown> }[]
}

let counter = 0
const next = () => (counter += 1)

const specs: Record<Collection, Spec> = {
  reports: {
    build: (n) => report(`report-${String(n)}`),
    text: 'title',
    locked: [
      { path: 'slug', patch: () => ({ slug: `renamed-${String(next())}` }) },
      {
        path: 'methodology.activistsInvited',
        patch: () => ({ methodology: { activistsInvited: 300 } }),
      },
      { path: 'themes', patch: () => ({ themes: [refs.otherTheme] }) },
      { path: 'publishedOn', patch: () => ({ publishedOn: '2020-01-01T00:00:00.000Z' }) },
    ],
  },
  findings: {
    build: (n) => finding(`AIE-F${String(n)}`, refs.report),
    text: 'statement',
    locked: [
      { path: 'code', patch: () => ({ code: `AIE-X${String(next())}` }) },
      { path: 'statistic.value', patch: () => ({ statistic: { value: 12 } }) },
      { path: 'order', patch: () => ({ order: 7 }) },
      { path: 'countries', patch: () => ({ countries: ['DE'] }) },
    ],
  },
  recommendations: {
    build: (n) => recommendation(`AIE-A${String(n)}`, refs),
    text: 'text',
    locked: [
      { path: 'code', patch: () => ({ code: `AIE-Y${String(next())}` }) },
      { path: 'themes', patch: () => ({ themes: [refs.otherTheme] }) },
      { path: 'number', patch: () => ({ number: 'B.2' }) },
    ],
  },
  practices: {
    build: (n) => practice(`practice-${String(n)}`),
    text: 'title',
    locked: [
      { path: 'slug', patch: () => ({ slug: `renamed-${String(next())}` }) },
      { path: 'gcmObjectives', patch: () => ({ gcmObjectives: [1] }) },
      { path: 'countries', patch: () => ({ countries: ['DE'] }) },
    ],
  },
  'campaign-editions': {
    build: (n) => campaignEdition(campaignSlug, campaignYear + n),
    text: 'theme',
    locked: [
      { path: 'hashtag', patch: () => ({ hashtag: '#Other_1' }) },
      { path: 'startDate', patch: () => ({ startDate: '2001-01-10T00:00:00.000Z' }) },
    ],
  },
  stories: {
    build: (n) => story(`story-${String(n)}`),
    text: 'title',
    locked: [
      { path: 'slug', patch: () => ({ slug: `renamed-${String(next())}` }) },
      { path: 'anonymous', patch: () => ({ anonymous: true }) },
      { path: 'country', patch: () => ({ country: 'DE' }) },
    ],
  },
}
const collections = Object.keys(specs) as Collection[]

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  refs.theme = await createBilingual(payload, 'themes', theme('funding'))
  refs.otherTheme = await createBilingual(payload, 'themes', theme('advocacy'))
  refs.audience = await createBilingual(payload, 'audiences', audience('local-civil-society'))
  refs.report = await createBilingual(payload, 'reports', report('activism-in-exile'))
  for (const role of ['translator', 'editor', 'admin'] as const) {
    const user = await cms.createUser(role)
    tokens[role] = await login(server.baseUrl, user.email, testPassword)
  }
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

/** A fresh document, published unless asked otherwise. */
async function fresh(collection: Collection, status: 'published' | 'draft' = 'published') {
  return createBilingual(payload, collection, specs[collection].build(next()), status)
}

/** What an anonymous reader gets: the live document, or undefined. */
async function live(collection: Collection, id: string) {
  const response = await api(server.baseUrl, `/${collection}/${id}?locale=en`)
  return response.status === 200 ? response.json : undefined
}

function patch(role: Role, collection: Collection, id: string, body: unknown, query = '') {
  return api(server.baseUrl, `/${collection}/${id}?locale=en${query}`, {
    method: 'PATCH',
    token: tokens[role],
    lang: 'en',
    body,
  })
}

/** The latest report (draft included), typed as a report. */
const latestReport = (id: string) =>
  payload.findByID({ collection: 'reports', id, locale: 'en', draft: true, depth: 0 })

/** The latest version a signed-in editor sees (draft included). */
async function latest(collection: Collection, id: string) {
  return payload.findByID({ collection, id, locale: 'en', draft: true, depth: 0 })
}

const staffRoles = ['translator', 'editor', 'admin'] as const
const editorRoles = ['editor', 'admin'] as const
const matrix = <R extends string>(roles: readonly R[]) =>
  roles.flatMap((role) => collections.map((collection) => ({ role, collection })))

describe('anonymous readers', () => {
  it.each(collections)('cannot read a draft of %s, nor write, publish or delete', async (c) => {
    const draft = await fresh(c, 'draft')
    const published = await fresh(c)
    expect((await api(server.baseUrl, `/${c}/${draft}?draft=true`)).status).toBe(404)
    const before = await databaseState(payload)
    const create = await api(server.baseUrl, `/${c}`, {
      method: 'POST',
      body: { ...specs[c].build(next())('en', () => '0'), _status: 'published' },
    })
    expect(create.status).toBe(403)
    expect((await patch('anonymous', c, published, { [specs[c].text]: 'x' })).status).toBe(403)
    expect((await patch('anonymous', c, draft, { _status: 'published' })).status).toBe(403)
    expect((await patch('anonymous', c, published, { _status: 'draft' })).status).toBe(403)
    const remove = await api(server.baseUrl, `/${c}/${published}`, { method: 'DELETE' })
    expect(remove.status).toBe(403)
    expect(await databaseState(payload)).toBe(before)
  })
})

describe('every staff role reads drafts', () => {
  it.each(matrix(staffRoles))(
    '$role reads a draft of $collection',
    async ({ role, collection }) => {
      const draft = await fresh(collection, 'draft')
      const response = await api(server.baseUrl, `/${collection}/${draft}?draft=true`, {
        token: tokens[role],
      })
      expect(response.status).toBe(200)
      expect(response.json._status).toBe('draft')
    },
  )
})

describe('translators change the text of drafts, nothing else', () => {
  it.each(collections)('a translator cannot create or delete %s', async (c) => {
    const published = await fresh(c)
    const before = await databaseState(payload)
    const create = await api(server.baseUrl, `/${c}?draft=true`, {
      method: 'POST',
      token: tokens.translator,
      body: { ...specs[c].build(next())('en', () => '0'), _status: 'draft' },
    })
    expect(create.status).toBe(403)
    const remove = await api(server.baseUrl, `/${c}/${published}`, {
      method: 'DELETE',
      token: tokens.translator,
    })
    expect(remove.status).toBe(403)
    expect(await databaseState(payload)).toBe(before)
  })

  it.each(collections)(
    'a translator’s plain PATCH of %s text is saved as a draft; the live version stays live',
    async (c) => {
      const id = await fresh(c)
      const wording = `Better English wording ${String(next())}`
      const response = await patch('translator', c, id, { [specs[c].text]: wording })
      expect(response.status, JSON.stringify(response.json)).toBe(200)
      const reader = await live(c, id)
      expect(reader?._status).toBe('published')
      expect(reader?.[specs[c].text]).not.toBe(wording)
      expect((await latest(c, id))[specs[c].text as never]).toBe(wording)
    },
  )

  it.each(collections)(
    'a translator’s save on a %s with a pending draft does not unpublish it',
    async (c) => {
      const id = await fresh(c)
      await payload.update({
        collection: c,
        id,
        locale: 'en',
        draft: true,
        data: { [specs[c].text]: 'A pending draft', _status: 'draft' } as never,
      })
      const response = await patch('translator', c, id, { [specs[c].text]: 'Another draft' })
      expect(response.status, JSON.stringify(response.json)).toBe(200)
      expect((await live(c, id))?._status).toBe('published')
    },
  )

  it.each(collections)('a translator’s {"_status":"draft"} does not unpublish a %s', async (c) => {
    const id = await fresh(c)
    const response = await patch('translator', c, id, { _status: 'draft' })
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    expect((await live(c, id))?._status).toBe('published')
  })

  it.each(collections)(
    'a translator cannot publish a %s, with or without ?draft=true, and is told why',
    async (c) => {
      const id = await fresh(c, 'draft')
      const before = await databaseState(payload)
      for (const query of ['', '&draft=true']) {
        for (const lang of ['en', 'ar'] as const) {
          const response = await api(server.baseUrl, `/${c}/${id}?locale=${lang}${query}`, {
            method: 'PATCH',
            token: tokens.translator,
            lang,
            body: { [specs[c].text]: 'Published by a translator', _status: 'published' },
          })
          expect(response.status).toBe(400)
          const error = fieldErrors(response).find((e) => e.path === '_status')
          expect(error?.message).toMatch(
            lang === 'en' ? /translators cannot publish/ : /المترجمون لا ينشرون/,
          )
        }
      }
      expect(await live(c, id)).toBeUndefined()
      expect(await databaseState(payload)).toBe(before)
    },
  )

  it.each(collections.flatMap((c) => specs[c].locked.map((lock) => ({ collection: c, ...lock }))))(
    'a translator cannot change $collection $path, on a live document or a draft',
    async ({ collection, path, patch: change }) => {
      for (const status of ['published', 'draft'] as const) {
        const id = await fresh(collection, status)
        const before = await databaseState(payload)
        for (const query of ['', '&draft=true']) {
          const response = await patch('translator', collection, id, change(), query)
          expect(response.status, JSON.stringify(response.json)).toBe(400)
          expect(fieldErrors(response)).toContainEqual(
            expect.objectContaining({
              path,
              message: expect.stringMatching(/translators change only the text/) as unknown,
            }),
          )
        }
        expect(await databaseState(payload)).toBe(before)
      }
    },
  )

  it('a translator cannot add or remove rows (report chapters, finding corrections)', async () => {
    const reportId = await fresh('reports')
    const findingId = await fresh('findings')
    const before = await databaseState(payload)
    const chapters = (await latestReport(reportId)).chapters
    const added = await patch('translator', 'reports', reportId, {
      chapters: [...chapters, { key: 'extra', title: 'Extra' }],
    })
    expect(added.status).toBe(400)
    expect(fieldErrors(added)[0]).toMatchObject({ path: 'chapters' })
    expect(fieldErrors(added)[0]?.message).toMatch(
      /cannot add or remove rows \(there were 1, now 2\)/,
    )
    const removed = await patch('translator', 'findings', findingId, { corrections: [] })
    expect(removed.status).toBe(400)
    expect(fieldErrors(removed)[0]).toMatchObject({ path: 'corrections' })
    expect(await databaseState(payload)).toBe(before)
  })

  it('a translator translates the text inside rows (a chapter title) as a draft', async () => {
    const id = await fresh('reports')
    const chapters = (await latestReport(id)).chapters
    const response = await patch('translator', 'reports', id, {
      chapters: chapters.map((chapter) => ({ ...chapter, title: 'Findings, retranslated' })),
    })
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    expect((await latestReport(id)).chapters[0]?.title).toBe('Findings, retranslated')
    expect((await live('reports', id))?._status).toBe('published')
  })

  it('a translator cannot restore a version, published or draft, as a draft or not: restoring is an editor’s task', async () => {
    const id = await fresh('findings')
    await payload.update({
      collection: 'findings',
      id,
      locale: 'en',
      draft: true,
      data: { statement: 'A draft wording', _status: 'draft' },
    })
    const versions = await payload.findVersions({
      collection: 'findings',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
    })
    const draftVersion = versions.docs.find((v) => v.version._status === 'draft')
    const publishedVersion = versions.docs.find((v) => v.version._status === 'published')
    const restore = (versionId: string, query = '') =>
      api(server.baseUrl, `/findings/versions/${versionId}?locale=en${query}`, {
        method: 'POST',
        token: tokens.translator,
        lang: 'en',
      })
    const before = await databaseState(payload)
    for (const version of [publishedVersion, draftVersion]) {
      for (const query of ['', '&draft=true']) {
        const refused = await restore(String(version?.id), query)
        expect(refused.status).toBe(400)
        expect(fieldErrors(refused)[0]?.message).toMatch(
          /restoring an earlier version is an editor/,
        )
      }
    }
    expect(await databaseState(payload)).toBe(before)
    expect((await live('findings', id))?._status).toBe('published')
  })
})

describe('editors and admins', () => {
  it.each(matrix(editorRoles))(
    '$role creates, updates text, changes fixed fields, publishes, unpublishes and deletes $collection',
    async ({ role, collection: c }) => {
      const created = await api(server.baseUrl, `/${c}?locale=en`, {
        method: 'POST',
        token: tokens[role],
        lang: 'en',
        body: {
          ...specs[c].build(next())('en', () => 'ffffffffffffffff00000001'),
          _status: 'draft',
        },
      })
      expect(created.status, JSON.stringify(created.json)).toBe(201)
      const id = (created.json.doc as { id: string }).id
      expect(await live(c, id)).toBeUndefined()
      const lock = specs[c].locked[0]
      if (!lock) throw new Error(`no fixed field listed for ${c}`)
      const fixed = await patch(role, c, id, lock.patch(), '&draft=true')
      expect(fixed.status, JSON.stringify(fixed.json)).toBe(200)
      const published = await patch(role, c, id, { _status: 'published' })
      expect(published.status, JSON.stringify(published.json)).toBe(200)
      expect((await live(c, id))?._status).toBe('published')
      // A plain PATCH (no _status) is a draft: the live version stays as it was.
      const plain = await patch(role, c, id, { [specs[c].text]: 'An editor’s new wording' })
      expect(plain.status, JSON.stringify(plain.json)).toBe(200)
      expect((await live(c, id))?.[specs[c].text]).not.toBe('An editor’s new wording')
      expect((await live(c, id))?._status).toBe('published')
      const unpublished = await patch(role, c, id, { _status: 'draft' })
      expect(unpublished.status).toBe(200)
      expect(await live(c, id)).toBeUndefined()
      const removed = await api(server.baseUrl, `/${c}/${id}`, {
        method: 'DELETE',
        token: tokens[role],
      })
      expect(removed.status).toBe(200)
    },
  )

  it.each(editorRoles)(
    'a plain PATCH by an %s on a document with a pending draft does not unpublish it',
    async (role) => {
      const id = await fresh('findings')
      await payload.update({
        collection: 'findings',
        id,
        locale: 'en',
        draft: true,
        data: { statement: 'A pending draft', _status: 'draft' },
      })
      const response = await patch(role, 'findings', id, { order: 3 })
      expect(response.status, JSON.stringify(response.json)).toBe(200)
      expect((await live('findings', id))?._status).toBe('published')
    },
  )
})
