/**
 * The role matrix over real HTTP: one test per cell of the written policy
 * (helpers/role-policy.ts), every role (anonymous, translator, editor, admin) × every collection
 * × every operation. An allowed cell must have its effect; a refused one answers 4xx with a
 * message in the request's language (asked in Arabic and in English) and leaves the database as
 * it was; a "draft" cell saves a draft and leaves what readers see exactly as it was. After the
 * matrix, the translator's cases in detail: the field a refusal names, rows, restores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, fieldErrors, type ApiResponse } from '../../helpers/http.ts'
import { databaseFingerprint } from '../../helpers/database-state.ts'
import type { Payload } from '../../helpers/payload.ts'
import {
  audience,
  campaignEdition,
  createBilingual,
  finding,
  practice,
  recommendation,
  report,
  rowIds,
  story,
  theme,
  type Builder,
  type Lang,
} from '../../helpers/payload-fixtures.ts'
import { campaignSlug, campaignYear } from '../../helpers/constants.ts'
import {
  contentCollections,
  expected,
  kindOf,
  matrixRoles,
  policy,
  type ContentCollection,
  type Kind,
  type MatrixRole,
  type Operation,
  type Outcome,
} from '../../helpers/role-policy.ts'
import { startSignedInCms, type SignedInCms } from '../../helpers/signed-in-cms.ts'

let cms: SignedInCms<'translator' | 'editor' | 'admin'>
let payload: Payload
let baseUrl = ''
const refs = { report: '', audience: '', theme: '', otherTheme: '', story: '', edition: '' }
type Role = MatrixRole
type Collection = ContentCollection
const token = (role: Role) => (role === 'anonymous' ? undefined : cms.accounts[role].token)

/** How to make a document of a collection, which text a translator may change, and what not. */
type Spec = {
  build: (n: number) => Builder
  /** A localized text field a translator may change. */
  text: string
  /** Changes to fields that are not text, each named by the path a refusal must give. */
  locked: { path: string; patch: () => Record<string, unknown> }[]
  /** A change of the document's code or slug (its identity, in URLs and citations). */
  identity: { path: string; patch: () => Record<string, unknown> }
  /** A change of its structure: rows removed, or relations changed. */
  structure: { path: string; patch: () => Record<string, unknown> }
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
    identity: { path: 'slug', patch: () => ({ slug: `renamed-${String(next())}` }) },
    structure: { path: 'themes', patch: () => ({ themes: [refs.otherTheme] }) },
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
    identity: { path: 'code', patch: () => ({ code: `AIE-X${String(next())}` }) },
    structure: { path: 'corrections', patch: () => ({ corrections: [] }) },
  },
  recommendations: {
    build: (n) => recommendation(`AIE-A${String(n)}`, refs),
    text: 'text',
    locked: [
      { path: 'code', patch: () => ({ code: `AIE-Y${String(next())}` }) },
      { path: 'themes', patch: () => ({ themes: [refs.otherTheme] }) },
      { path: 'number', patch: () => ({ number: 'B.2' }) },
    ],
    identity: { path: 'code', patch: () => ({ code: `AIE-Y${String(next())}` }) },
    structure: { path: 'themes', patch: () => ({ themes: [refs.otherTheme] }) },
  },
  practices: {
    build: (n) => practice(`practice-${String(n)}`),
    text: 'title',
    locked: [
      { path: 'slug', patch: () => ({ slug: `renamed-${String(next())}` }) },
      { path: 'gcmObjectives', patch: () => ({ gcmObjectives: [1] }) },
      { path: 'countries', patch: () => ({ countries: ['DE'] }) },
    ],
    identity: { path: 'slug', patch: () => ({ slug: `renamed-${String(next())}` }) },
    structure: { path: 'links', patch: () => ({ links: [] }) },
  },
  'campaign-editions': {
    build: (n) => campaignEdition(campaignSlug, campaignYear + n),
    text: 'theme',
    locked: [
      { path: 'hashtag', patch: () => ({ hashtag: '#Other_1' }) },
      { path: 'startDate', patch: () => ({ startDate: '2001-01-10T00:00:00.000Z' }) },
    ],
    identity: { path: 'campaign', patch: () => ({ campaign: `renamed-${String(next())}` }) },
    structure: { path: 'partners', patch: () => ({ partners: [] }) },
  },
  stories: {
    build: (n) => story(`story-${String(n)}`),
    text: 'title',
    locked: [
      { path: 'slug', patch: () => ({ slug: `renamed-${String(next())}` }) },
      { path: 'anonymous', patch: () => ({ anonymous: true }) },
      { path: 'country', patch: () => ({ country: 'DE' }) },
    ],
    identity: { path: 'slug', patch: () => ({ slug: `renamed-${String(next())}` }) },
    structure: { path: 'outcomes', patch: () => ({ outcomes: [] }) },
  },
}
const collections = contentCollections

beforeAll(async () => {
  cms = await startSignedInCms(['translator', 'editor', 'admin'])
  payload = cms.payload
  baseUrl = cms.baseUrl
  refs.theme = await createBilingual(payload, 'themes', theme('funding'))
  refs.otherTheme = await createBilingual(payload, 'themes', theme('advocacy'))
  refs.audience = await createBilingual(payload, 'audiences', audience('local-civil-society'))
  refs.report = await createBilingual(payload, 'reports', report('activism-in-exile'))
  refs.story = await createBilingual(payload, 'stories', story('a-story-to-name'))
  refs.edition = await createBilingual(
    payload,
    'campaign-editions',
    campaignEdition('almahjar-can', 2021),
  )
})

afterAll(async () => {
  await cms.close()
})

/** A fresh document, published unless asked otherwise. */
async function fresh(collection: Collection, status: 'published' | 'draft' = 'published') {
  return createBilingual(payload, collection, specs[collection].build(next()), status)
}

/**
 * The public reason an editor types (autosaved as a draft) before Unpublish or Delete of a live
 * item, which are refused without one (cms/src/collections/withdrawal.ts).
 */
async function withReason(collection: Collection, id: string): Promise<string> {
  await payload.update({
    collection,
    id,
    locale: 'en',
    draft: true,
    data: { withdrawalReason: 'Withdrawn while testing the roles.', _status: 'draft' } as never,
  })
  return id
}

/** What an anonymous reader gets: the live document, or undefined. */
async function live(collection: Collection, id: string) {
  const response = await api(baseUrl, `/${collection}/${id}?locale=en`)
  return response.status === 200 ? response.json : undefined
}

function patch(role: Role, collection: Collection, id: string, body: unknown, query = '') {
  return api(baseUrl, `/${collection}/${id}?locale=en${query}`, {
    method: 'PATCH',
    token: token(role),
    lang: 'en',
    body,
  })
}

/** The latest version a signed-in editor sees (draft included). */
async function latest(collection: Collection, id: string) {
  return payload.findByID({ collection, id, locale: 'en', draft: true, depth: 0 })
}

/** The latest report (draft included), typed as a report. */
const latestReport = (id: string) =>
  payload.findByID({ collection: 'reports', id, locale: 'en', draft: true, depth: 0 })

/** The ids a stored relation or list holds, in order. */
const ids = (value: unknown) =>
  (Array.isArray(value) ? value : []).map((item: unknown) =>
    typeof item === 'object' && item !== null && 'id' in item ? String(item.id) : String(item),
  )

// ---------------------------------------------------------------------------------------------
// The matrix

/** What one cell does: make its subject, send the request, and show the effect happened. */
type Cell = {
  /** Makes what the request acts on (fresh, so writing cells never share state). */
  prepare: () => Subject | Promise<Subject>
  /** Only reads: the four roles' cells may share one subject. */
  reads?: true
  request: (role: Role, lang: Lang, subject: Subject) => Promise<ApiResponse>
  /** Checks the effect of an accepted request, by outcome. */
  effect: Partial<
    Record<
      Exclude<Outcome, 'no'>,
      (subject: Subject, response: ApiResponse, role: Role) => void | Promise<void>
    >
  >
}
type Subject = { id: string; other?: string; version?: string; live?: unknown; value?: string }

const arabic = /[\u0600-\u06FF]/
/** Every message a refusal carries (Payload's own errors and the fields a validation names). */
function messages(response: ApiResponse): string[] {
  const errors = (response.json.errors ?? []) as { message?: string }[]
  return [
    ...errors.map((e) => e.message ?? ''),
    ...fieldErrors(response).map((e) => e.message),
  ].filter((m) => m !== '')
}

const documentOf = (response: ApiResponse) =>
  (response.json.doc ?? response.json) as { id: string } & Record<string, unknown>

/** One bilingual text per request, so the value saved is the value checked. */
const wording = (lang: Lang) => `${lang === 'ar' ? 'صياغة جديدة' : 'New wording'} ${String(next())}`

const contentCells = (c: Collection): Record<Operation<'content'>, Cell> => {
  const spec = specs[c]
  const query = (lang: Lang, extra = '') => `?locale=${lang}${extra}`
  const send = (
    role: Role,
    lang: Lang,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
  ) => api(baseUrl, path, { method, token: token(role), lang, ...(body ? { body } : {}) })
  const liveUnchanged = async (subject: Subject) => {
    expect(await live(c, subject.id)).toEqual(subject.live)
  }
  const withLive = async (id: string): Promise<Subject> => ({ id, live: await live(c, id) })
  const textIs = async (subject: Subject) => {
    expect((await latest(c, subject.id))[spec.text as never]).toBe(subject.value)
  }
  return {
    'list (published and drafts)': {
      reads: true,
      prepare: async () => ({ id: await fresh(c), other: await fresh(c, 'draft') }),
      request: (role, lang, { id, other }) =>
        send(
          role,
          lang,
          'GET',
          `/${c}${query(lang, `&draft=true&where[id][in]=${id},${String(other)}`)}`,
        ),
      effect: {
        yes: ({ id, other }, response) => {
          expect(ids(response.json.docs).sort()).toEqual([id, other].sort())
        },
        own: ({ id }, response) => {
          expect(ids(response.json.docs)).toEqual([id])
        },
      },
    },
    'read a published document': {
      reads: true,
      prepare: async () => ({ id: await fresh(c) }),
      request: (role, lang, { id }) => send(role, lang, 'GET', `/${c}/${id}${query(lang)}`),
      effect: {
        yes: ({ id }, response) => {
          expect(response.json).toMatchObject({ id, _status: 'published' })
        },
      },
    },
    'read a draft': {
      reads: true,
      prepare: async () => ({ id: await fresh(c, 'draft') }),
      request: (role, lang, { id }) =>
        send(role, lang, 'GET', `/${c}/${id}${query(lang, '&draft=true')}`),
      effect: {
        yes: ({ id }, response) => {
          expect(response.json).toMatchObject({ id, _status: 'draft' })
        },
      },
    },
    'read versions': {
      reads: true,
      prepare: async () => ({ id: await fresh(c) }),
      request: (role, lang, { id }) =>
        send(role, lang, 'GET', `/${c}/versions${query(lang, `&where[parent][equals]=${id}`)}`),
      effect: {
        yes: ({ id }, response) => {
          const docs = response.json.docs as { parent: unknown }[]
          expect(docs.length).toBeGreaterThan(0)
          expect(ids(docs.map((doc) => doc.parent))).toEqual(docs.map(() => id))
        },
      },
    },
    'create a draft': {
      prepare: () => ({ id: '' }),
      request: (role, lang) =>
        send(role, lang, 'POST', `/${c}${query(lang, '&draft=true')}`, {
          ...spec.build(next())(lang, rowIds()),
          _status: 'draft',
        }),
      effect: {
        yes: async (_subject, response) => {
          const { id } = documentOf(response)
          expect((await latest(c, id))._status).toBe('draft')
          expect(await live(c, id)).toBeUndefined()
        },
      },
    },
    'create a published document': {
      prepare: () => ({ id: '' }),
      request: (role, lang) =>
        send(role, lang, 'POST', `/${c}${query(lang)}`, {
          ...spec.build(next())(lang, rowIds()),
          _status: 'published',
        }),
      effect: {
        yes: async (_subject, response) => {
          const { id } = documentOf(response)
          expect((await live(c, id))?._status).toBe('published')
        },
      },
    },
    'update the text of a draft': {
      prepare: async () => ({ id: await fresh(c, 'draft') }),
      request: (role, lang, subject) => {
        subject.value = wording('en')
        return send(role, lang, 'PATCH', `/${c}/${subject.id}${query('en', '&draft=true')}`, {
          [spec.text]: subject.value,
        })
      },
      effect: { yes: textIs },
    },
    'update the text of a live document': {
      prepare: async () => withLive(await fresh(c)),
      request: (role, lang, subject) => {
        subject.value = wording('en')
        return send(role, lang, 'PATCH', `/${c}/${subject.id}${query('en')}`, {
          [spec.text]: subject.value,
        })
      },
      effect: {
        draft: async (subject) => {
          await liveUnchanged(subject)
          await textIs(subject)
        },
      },
    },
    'change the code or slug of a draft': {
      prepare: async () => ({ id: await fresh(c, 'draft') }),
      request: (role, lang, { id }) =>
        send(
          role,
          lang,
          'PATCH',
          `/${c}/${id}${query(lang, '&draft=true')}`,
          spec.identity.patch(),
        ),
      effect: {
        yes: async ({ id }, response) => {
          const path = spec.identity.path
          expect((await latest(c, id))[path as never]).toBe(documentOf(response)[path])
          expect(documentOf(response)[path]).toMatch(/^renamed-|^AIE-[XY]/)
        },
      },
    },
    'change the structure of a draft': {
      prepare: async () => ({ id: await fresh(c, 'draft') }),
      request: (role, lang, { id }) =>
        send(
          role,
          lang,
          'PATCH',
          `/${c}/${id}${query(lang, '&draft=true')}`,
          spec.structure.patch(),
        ),
      effect: {
        yes: async ({ id }) => {
          const path = spec.structure.path
          const wanted = ids(spec.structure.patch()[path])
          expect(ids((await latest(c, id))[path as never])).toEqual(wanted)
        },
      },
    },
    'publish a draft': {
      prepare: async () => ({ id: await fresh(c, 'draft') }),
      request: (role, lang, { id }) =>
        send(role, lang, 'PATCH', `/${c}/${id}${query(lang)}`, { _status: 'published' }),
      effect: {
        yes: async ({ id }) => {
          expect((await live(c, id))?._status).toBe('published')
        },
      },
    },
    'unpublish with _status draft': {
      prepare: async () => withLive(await withReason(c, await fresh(c))),
      request: (role, lang, { id }) =>
        send(role, lang, 'PATCH', `/${c}/${id}${query(lang)}`, { _status: 'draft' }),
      effect: {
        yes: async ({ id }) => {
          expect(await live(c, id)).toBeUndefined()
        },
        draft: liveUnchanged,
      },
    },
    'plain PATCH over a pending draft': {
      prepare: async () => {
        const id = await fresh(c)
        await payload.update({
          collection: c,
          id,
          locale: 'en',
          draft: true,
          data: { [spec.text]: 'A pending draft', _status: 'draft' } as never,
        })
        return withLive(id)
      },
      request: (role, lang, subject) => {
        subject.value = wording('en')
        return send(role, lang, 'PATCH', `/${c}/${subject.id}${query('en')}`, {
          [spec.text]: subject.value,
        })
      },
      effect: {
        draft: async (subject) => {
          await liveUnchanged(subject)
          expect((await live(c, subject.id))?._status).toBe('published')
          await textIs(subject)
        },
      },
    },
    delete: {
      prepare: async () => ({ id: await withReason(c, await fresh(c)) }),
      request: (role, lang, { id }) => send(role, lang, 'DELETE', `/${c}/${id}${query(lang)}`),
      effect: {
        yes: async ({ id }) => {
          expect(
            (await payload.count({ collection: c, where: { id: { equals: id } } })).totalDocs,
          ).toBe(0)
        },
      },
    },
    'restore a version': {
      prepare: async () => {
        const id = await fresh(c)
        const publishedText = (await latest(c, id))[spec.text as never] as string
        await payload.update({
          collection: c,
          id,
          locale: 'en',
          draft: true,
          data: { [spec.text]: 'A later draft', _status: 'draft' } as never,
        })
        const versions = await payload.findVersions({
          collection: c,
          where: { parent: { equals: id }, 'version._status': { equals: 'published' } },
          sort: '-updatedAt',
          limit: 1,
        })
        return {
          ...(await withLive(id)),
          version: String(versions.docs[0]?.id),
          value: publishedText,
        }
      },
      request: (role, lang, { version }) =>
        send(role, lang, 'POST', `/${c}/versions/${String(version)}${query(lang)}`),
      effect: {
        // Restoring makes a draft of the old version (restoreAsDraft.ts); readers see no change.
        draft: async (subject) => {
          await liveUnchanged(subject)
          await textIs(subject)
        },
      },
    },
  }
}

const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const upload = (lang: Lang) =>
  payload.create({
    collection: 'media',
    locale: lang,
    data: { alt: lang === 'ar' ? 'صورة مشارك' : 'A participant' },
    file: {
      data: png,
      mimetype: 'image/png',
      name: `photo-${String(next())}.png`,
      size: png.length,
    },
  })

type Other = Exclude<keyof typeof kindOf, Collection>
type SimpleKind = Exclude<Kind, 'content'>

/** A withdrawal as the CMS records it on Unpublish (collections/withdrawal.ts). */
const withdrawal = (n: number) => ({
  collection: 'findings' as const,
  key: `AIE-W${String(n)}`,
  docId: `withdrawn-${String(n)}`,
  reason: 'Withdrawn while testing the roles.',
  lastVersionAt: '2026-11-30T10:00:00.000Z',
  withdrawnAt: '2026-12-01T10:00:00.000Z',
})

/** A registry entry as the publishing pipeline writes it (collections/Permalinks/register.ts). */
const permalink = (n: number) => ({
  path: `/en/findings/aie-w${String(n)}/`,
  firstPublishedAt: '2026-11-30T10:00:00.000Z',
  lastSeenAt: '2026-12-01T10:00:00.000Z',
})

/** A participant's story as the public send door stores it (cms/src/submissions/endpoints.ts). */
const submission = (n: number) => ({
  kind: 'story' as const,
  language: 'en' as const,
  campaignEdition: refs.edition,
  text: `A story of exile, number ${String(n)}.`,
  nameShown: 'anonymous' as const,
  consent: true,
  status: 'received' as const,
})

/** Cells of a collection that is not content: read, create, update, delete and their own. */
const otherCells = (c: Other): Record<string, Cell> => {
  const send = (
    role: Role,
    lang: Lang,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
    form?: FormData,
  ) =>
    api(baseUrl, path, {
      method,
      token: token(role),
      lang,
      ...(body ? { body } : {}),
      ...(form ? { form } : {}),
    })
  const find = (id: string) =>
    payload.find({
      collection: c,
      where: { id: { equals: id } },
      locale: 'en',
      depth: 0,
      showHiddenFields: true,
    })
  const exists = async (id: string) => (await find(id)).docs.length === 1
  const stored = async (id: string) =>
    (await find(id)).docs[0] as unknown as Record<string, unknown>
  /** A fresh document of `c` to act on, made with the Local API. */
  const make = async (): Promise<string> => {
    const n = next()
    switch (c) {
      case 'themes':
      case 'audiences':
        return createBilingual(payload, c, theme(`term-${String(n)}`))
      case 'countries':
        return 'FR'
      case 'media':
        return (await upload('en')).id
      case 'redirects':
        return (
          await payload.create({
            collection: 'redirects',
            data: { from: `/en/reports/old-${String(n)}/`, to: '/en/' },
          })
        ).id
      case 'withdrawals':
        return (
          await payload.create({
            collection: 'withdrawals',
            data: withdrawal(n),
          })
        ).id
      case 'permalinks':
        return (
          await payload.create({
            collection: 'permalinks',
            data: permalink(n),
          })
        ).id
      case 'builds':
        return (
          await payload.create({
            collection: 'builds',
            data: {
              status: 'succeeded',
              startedAt: new Date().toISOString(),
              title: `Build ${String(n)}`,
            },
          })
        ).id
      case 'users':
        return (await cms.cms.createUser('translator')).id
      case 'submissions':
        return (await payload.create({ collection: 'submissions', data: submission(n) })).id
      case 'story-authors': {
        const storyId = await createBilingual(payload, 'stories', (lang, row) => ({
          ...story(`told-by-someone-${String(n)}`)(lang, row),
          author: lang === 'ar' ? 'راوٍ مجهول' : 'An unnamed teller',
          anonymous: true,
        }))
        const apart = await payload.find({
          collection: 'story-authors',
          where: { story: { equals: storyId } },
          depth: 0,
        })
        return apart.docs[0]?.id ?? ''
      }
    }
  }
  const newData = (lang: Lang): Record<string, unknown> => {
    const n = next()
    switch (c) {
      case 'themes':
      case 'audiences':
        return { ...theme(`term-${String(n)}`)(lang, rowIds()) }
      case 'countries':
        return { id: 'XQ', code: 'XQ', name: 'Nowhere' }
      case 'redirects':
        return { from: `/${lang}/stories/old-${String(n)}/`, to: `/${lang}/` }
      case 'builds':
        return { status: 'running', startedAt: new Date().toISOString() }
      case 'withdrawals':
        return withdrawal(n)
      case 'permalinks':
        return permalink(n)
      case 'story-authors':
        return { story: refs.story, name: wording(lang) }
      case 'submissions':
        return submission(n)
      default:
        return {}
    }
  }
  /** A change of one field, and the field and value to find afterwards. */
  const change = (lang: Lang): [string, unknown] => {
    switch (c) {
      case 'themes':
      case 'audiences':
      case 'countries':
        return ['name', wording(lang)]
      case 'media':
        return ['alt', wording(lang)]
      case 'redirects':
        return ['to', `/${lang}/about/`]
      case 'builds':
        return ['status', 'failed']
      case 'withdrawals':
        return ['reason', wording(lang)]
      case 'permalinks':
        return ['path', `/${lang}/findings/aie-moved-${String(next())}/`]
      case 'users':
      case 'story-authors':
        return ['name', wording(lang)]
      case 'submissions':
        return ['reason', wording(lang)]
      default:
        throw new Error(`no change for ${String(c)}`)
    }
  }
  const list: Cell = {
    prepare: async () => ({
      id: c === 'themes' || c === 'audiences' || c === 'countries' ? '' : await make(),
    }),
    request: (role, lang) => send(role, lang, 'GET', `/${c}?locale=${lang}&limit=0&depth=0`),
    effect: {
      yes: async ({ id }, response) => {
        expect(response.json.totalDocs).toBe((await payload.count({ collection: c })).totalDocs)
        expect(response.json.totalDocs).toBeGreaterThan(0)
        if (id) expect(ids(response.json.docs)).toContain(id)
      },
      own: (_subject, response, role) => {
        expect(role).not.toBe('anonymous')
        if (role === 'anonymous') return
        expect(ids(response.json.docs)).toEqual([cms.accounts[role].id])
      },
    },
  }
  const create: Cell = {
    prepare: () => ({ id: '' }),
    request: (role, lang) => {
      if (c === 'media') {
        const form = new FormData()
        form.append('file', new Blob([png], { type: 'image/png' }), `upload-${String(next())}.png`)
        form.append('_payload', JSON.stringify({ alt: wording(lang) }))
        return send(role, lang, 'POST', `/media?locale=${lang}`, undefined, form)
      }
      if (c === 'users') {
        const email = `new-${String(next())}@mahjar.test`
        return send(role, lang, 'POST', `/users?locale=${lang}`, {
          email,
          password: 'a long enough password',
          role: 'translator',
        })
      }
      return send(role, lang, 'POST', `/${c}?locale=${lang}`, newData(lang))
    },
    effect: {
      yes: async (_subject, response) => {
        expect(response.status).toBe(201)
        expect(await exists(documentOf(response).id)).toBe(true)
      },
    },
  }
  const update: Cell = {
    prepare: async () => ({ id: await make() }),
    request: (role, lang, subject) => {
      const [field, value] = change('en')
      subject.value = String(value)
      return send(role, lang, 'PATCH', `/${c}/${subject.id}?locale=en`, { [field]: value })
    },
    effect: {
      yes: async (subject) => {
        const [field] = change('en')
        expect((await stored(subject.id))[field]).toBe(subject.value)
      },
    },
  }
  const remove: Cell = {
    prepare: async () => ({ id: await make() }),
    request: (role, lang, { id }) => send(role, lang, 'DELETE', `/${c}/${id}?locale=${lang}`),
    effect: {
      yes: async ({ id }) => {
        expect(await exists(id)).toBe(false)
      },
    },
  }
  const read = (target: () => Promise<string>): Cell => ({
    prepare: async () => ({ id: await target() }),
    request: (role, lang, { id }) => send(role, lang, 'GET', `/${c}/${id}?locale=${lang}&depth=0`),
    effect: {
      yes: ({ id }, response) => {
        expect(response.json.id).toBe(id)
      },
    },
  })
  if (c === 'media')
    return {
      'read an upload no published document uses': read(make),
      'read an upload a published report uses': read(async () => {
        const id = await make()
        await createBilingual(payload, 'reports', (lang, row) => ({
          ...report(`with-cover-${String(next())}`)(lang, row),
          cover: id,
        }))
        return id
      }),
      upload: create,
      'update the alt text': update,
      delete: remove,
    }
  if (c === 'users') {
    /** The asker's own account; anonymous has none, and asks for an editor's. */
    const own = (role: Role) => cms.accounts[role === 'anonymous' ? 'editor' : role].id
    const ownCell = (
      body: (lang: Lang, subject: Subject) => Record<string, unknown>,
      check: Cell['effect']['yes'],
    ): Cell => ({
      prepare: () => ({ id: '' }),
      request: (role, lang, subject) => {
        subject.id = own(role)
        return send(role, lang, 'PATCH', `/users/${subject.id}?locale=${lang}`, body(lang, subject))
      },
      effect: { yes: check },
    })
    return {
      list,
      'read another account': read(make),
      'read one’s own account': {
        prepare: () => ({ id: '' }),
        request: (role, lang, subject) => {
          subject.id = own(role)
          return send(role, lang, 'GET', `/users/${subject.id}?locale=${lang}`)
        },
        effect: {
          yes: ({ id }, response) => {
            expect(response.json.id).toBe(id)
          },
        },
      },
      'update another account': update,
      'update one’s own name': ownCell(
        (lang, subject) => {
          subject.value = wording(lang)
          return { name: subject.value }
        },
        async (subject) => {
          expect((await stored(subject.id)).name).toBe(subject.value)
        },
      ),
      'change one’s own role': {
        // An admin who makes themself an editor: a fresh admin, so the matrix keeps its own.
        prepare: () => ({ id: '' }),
        request: async (role, lang, subject) => {
          const account = role === 'admin' ? await cms.signIn('admin') : undefined
          subject.id = account ? account.id : own(role)
          subject.value = role === 'admin' ? 'editor' : 'admin'
          return api(baseUrl, `/users/${subject.id}?locale=${lang}`, {
            method: 'PATCH',
            token: account ? account.token : token(role),
            lang,
            body: { role: subject.value },
          })
        },
        effect: {
          yes: async (subject) => {
            expect((await stored(subject.id)).role).toBe(subject.value)
          },
        },
      },
      'create an account': create,
      'delete an account': remove,
    }
  }
  return { list, create, update, delete: remove }
}

const sharedSubjects = new Map<string, Promise<Subject>>()

/**
 * Sends a cell's request as `role` and checks the outcome the policy gives it. Reads share one
 * subject per operation, and so do refusals (a refused request leaves it as it was, and a
 * refusal that let a change through fails its own cell); every allowed write gets a fresh one.
 */
async function runCell(cell: Cell, role: Role, outcome: Outcome, key: string) {
  let subject: Subject
  if (cell.reads || outcome === 'no') {
    const shared = cell.reads ? key : `${key} refused`
    const made = sharedSubjects.get(shared) ?? Promise.resolve(cell.prepare())
    sharedSubjects.set(shared, made)
    subject = await made
  } else subject = await cell.prepare()
  if (outcome === 'no') {
    const before = await databaseFingerprint(payload)
    for (const lang of ['ar', 'en'] as const) {
      const response = await cell.request(role, lang, subject)
      const said = JSON.stringify(response.body)
      expect(response.status, said).toBeGreaterThanOrEqual(400)
      expect(response.status, said).toBeLessThan(500)
      const words = messages(response)
      expect(words.length, said).toBeGreaterThan(0)
      for (const word of words)
        expect(word, said).toMatch(
          lang === 'ar' ? arabic : /^[^\u0600-\u06FF]*[a-z][^\u0600-\u06FF]*$/i,
        )
      if (response.status === 400)
        for (const error of fieldErrors(response)) expect(error.path).not.toBe('')
    }
    expect(await databaseFingerprint(payload)).toBe(before)
    return
  }
  const response = await cell.request(role, 'ar', subject)
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300)
  const check = cell.effect[outcome]
  if (!check) throw new Error(`the matrix has no check for “${outcome}” here`)
  await check(subject, response, role)
}

const contentTable = Object.keys(policy.content) as Operation<'content'>[]
const otherCollections = (Object.keys(kindOf) as (keyof typeof kindOf)[]).filter(
  (c): c is Other => kindOf[c] !== 'content',
)

describe('the role matrix over REST', () => {
  describe.each(collections)('%s', (c) => {
    it.each(
      contentTable.flatMap((operation) =>
        matrixRoles.map((role) => ({
          role,
          operation,
          outcome: expected('content', operation, role),
        })),
      ),
    )('$role: $operation → $outcome', async ({ role, operation, outcome }) => {
      await runCell(contentCells(c)[operation], role, outcome, `${c} ${operation}`)
    })
  })

  describe.each(otherCollections)('%s', (c) => {
    const kind: SimpleKind = kindOf[c]
    it.each(
      (Object.keys(policy[kind]) as Operation<typeof kind>[]).flatMap((operation) =>
        matrixRoles.map((role) => ({ role, operation, outcome: expected(kind, operation, role) })),
      ),
    )('$role: $operation → $outcome', async ({ role, operation, outcome }) => {
      const cell = otherCells(c)[operation as string]
      if (!cell) throw new Error(`no cell for ${c} ${String(operation)}`)
      await runCell(cell, role, outcome, `${c} ${String(operation)}`)
    })
  })
})

// ---------------------------------------------------------------------------------------------
// The translator's cases in detail

describe('translators change the text of drafts, nothing else', () => {
  it.each(collections)(
    'a translator cannot publish a %s, with or without ?draft=true, and is told why',
    async (c) => {
      const id = await fresh(c, 'draft')
      const before = await databaseFingerprint(payload)
      for (const query of ['', '&draft=true']) {
        for (const lang of ['en', 'ar'] as const) {
          const response = await api(baseUrl, `/${c}/${id}?locale=${lang}${query}`, {
            method: 'PATCH',
            token: token('translator'),
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
      expect(await databaseFingerprint(payload)).toBe(before)
    },
  )

  it.each(collections.flatMap((c) => specs[c].locked.map((lock) => ({ collection: c, ...lock }))))(
    'a translator cannot change $collection $path, on a live document or a draft',
    async ({ collection, path, patch: change }) => {
      for (const status of ['published', 'draft'] as const) {
        const id = await fresh(collection, status)
        const before = await databaseFingerprint(payload)
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
        expect(await databaseFingerprint(payload)).toBe(before)
      }
    },
  )

  it('a translator cannot add or remove rows (report chapters, finding corrections)', async () => {
    const reportId = await fresh('reports')
    const findingId = await fresh('findings')
    const before = await databaseFingerprint(payload)
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
    expect(await databaseFingerprint(payload)).toBe(before)
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
      api(baseUrl, `/findings/versions/${versionId}?locale=en${query}`, {
        method: 'POST',
        token: token('translator'),
        lang: 'en',
      })
    const before = await databaseFingerprint(payload)
    for (const version of [publishedVersion, draftVersion]) {
      for (const query of ['', '&draft=true']) {
        const refused = await restore(String(version?.id), query)
        expect(refused.status).toBe(400)
        expect(fieldErrors(refused)[0]?.message).toMatch(
          /restoring an earlier version is an editor/,
        )
      }
    }
    expect(await databaseFingerprint(payload)).toBe(before)
    expect((await live('findings', id))?._status).toBe('published')
  })
})
