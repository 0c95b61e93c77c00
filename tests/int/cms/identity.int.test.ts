import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registerPermalinks } from '@mahjar/cms/permalinks/register'
import { api, fieldErrors, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import {
  campaignEdition,
  createBilingual,
  finding,
  practice,
  report,
  rowIds,
  story,
} from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let token = ''
let reportId = ''

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  const editor = await cms.createUser('editor')
  token = await login(server.baseUrl, editor.email, testPassword)
  reportId = await createBilingual(payload, 'reports', report(reportSlug))
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

describe('finding and recommendation codes', () => {
  it('a code already used, even by a draft, is refused in both languages', async () => {
    await createBilingual(payload, 'findings', finding('AIE-F30', reportId), 'draft')
    for (const lang of ['en', 'ar'] as const) {
      const response = await api(server.baseUrl, '/findings?draft=true', {
        method: 'POST',
        token,
        lang,
        body: { ...finding('AIE-F30', reportId)('ar', rowIds()), _status: 'draft' },
      })
      expect(response.status).toBe(400)
      const [error] = fieldErrors(response)
      expect(error?.path).toBe('code')
      expect(error?.message).toMatch(lang === 'en' ? /already used.*never reused/ : /مستخدم/)
    }
    expect(
      (await payload.count({ collection: 'findings', where: { code: { equals: 'AIE-F30' } } }))
        .totalDocs,
    ).toBe(1)
  })

  it('a draft may still change its code', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F31', reportId), 'draft')
    const response = await api(server.baseUrl, `/findings/${id}?draft=true`, {
      method: 'PATCH',
      token,
      body: { code: 'AIE-F32', _status: 'draft' },
    })
    expect(response.status).toBe(200)
  })

  it('a published code cannot change, and the refusal explains permalinks in the reader’s language', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F33', reportId))
    for (const [lang, pattern] of [
      ['en', /cannot change after publication.*permalink \/ar\/findings\/aie-f33\/.*citations/],
      ['ar', /لا يمكن تغيير الرمز.*الرابط الدائم \/ar\/findings\/aie-f33\//],
    ] as const) {
      for (const status of ['published', 'draft'] as const) {
        const response = await api(
          server.baseUrl,
          `/findings/${id}${status === 'draft' ? '?draft=true' : ''}`,
          {
            method: 'PATCH',
            token,
            lang,
            body: { code: 'AIE-F34', _status: status },
          },
        )
        expect(response.status).toBe(400)
        const [error] = fieldErrors(response)
        expect(error?.path).toBe('code')
        expect(error?.message).toMatch(pattern)
      }
    }
    const stored = await payload.findByID({ collection: 'findings', id, draft: true })
    expect(stored.code).toBe('AIE-F33')
  })

  it('a recommendation code must look like AIE-B1-11', async () => {
    const response = await api(server.baseUrl, '/recommendations?draft=true', {
      method: 'POST',
      token,
      lang: 'en',
      body: { code: 'aie b1', number: 'B.1.11', _status: 'draft' },
    })
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toContainEqual(
      expect.objectContaining({
        path: 'code',
        message: 'must be an uppercase code such as "AIE-F03" or "AIE-B1-11"',
      }),
    )
  })
})

describe('slugs of published documents', () => {
  it.each([
    [
      'reports',
      () => report('old-report-slug'),
      'new-report-slug',
      '/ar/reports/old-report-slug/',
      '/en/reports/new-report-slug/',
    ],
    [
      'practices',
      () => practice('old-practice'),
      'new-practice',
      '/ar/practices/old-practice/',
      '/en/practices/new-practice/',
    ],
    [
      'stories',
      () => story('old-story'),
      'new-story',
      '/en/stories/old-story/',
      '/ar/stories/new-story/',
    ],
  ] as const)(
    'a %s slug change leaves a working redirect from the old URL in both languages',
    async (collection, build, newSlug, oldUrl, newUrl) => {
      const id = await createBilingual(payload, collection, build())
      const renamed = await api(server.baseUrl, `/${collection}/${id}`, {
        method: 'PATCH',
        token,
        body: { slug: newSlug, _status: 'published' },
      })
      expect(renamed.status).toBe(200)
      const redirects = await api(server.baseUrl, `/redirects?limit=100`)
      const pairs = (redirects.json.docs as { from: string; to: string }[]).map(({ from, to }) => [
        from,
        to,
      ])
      const lang = newUrl.slice(0, 4)
      expect(pairs).toContainEqual([oldUrl.replace(/^\/(ar|en)\//, lang), newUrl])
      const other = lang === '/ar/' ? '/en/' : '/ar/'
      expect(pairs).toContainEqual([
        oldUrl.replace(/^\/(ar|en)\//, other),
        newUrl.replace(lang, other),
      ])
    },
  )

  it('a published campaign edition moved to another year leaves a redirect from its old URL, in both languages', async () => {
    const id = await createBilingual(payload, 'campaign-editions', campaignEdition('voices', 2024))
    const response = await api(server.baseUrl, `/campaign-editions/${id}?locale=en`, {
      method: 'PATCH',
      token,
      body: { year: 2025, _status: 'published' },
    })
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    const redirects = await payload.find({
      collection: 'redirects',
      where: { from: { like: '/campaigns/voices/2024/' } },
      sort: 'from',
    })
    expect(redirects.docs.map(({ from, to }) => [from, to])).toEqual([
      ['/ar/campaigns/voices/2024/', '/ar/campaigns/voices/2025/'],
      ['/en/campaigns/voices/2024/', '/en/campaigns/voices/2025/'],
    ])
  })

  it('renaming twice points the oldest URL at the newest (no chains), and an unpublished rename leaves none', async () => {
    const id = await createBilingual(payload, 'practices', practice('first-name'))
    for (const slug of ['second-name', 'third-name']) {
      await payload.update({ collection: 'practices', id, data: { slug, _status: 'published' } })
    }
    const redirects = await payload.find({
      collection: 'redirects',
      where: { from: { like: 'first-name' } },
    })
    expect(redirects.docs.map((doc) => doc.to).sort()).toEqual([
      '/ar/practices/third-name/',
      '/en/practices/third-name/',
    ])
    const draft = await createBilingual(payload, 'practices', practice('never-published'), 'draft')
    await payload.update({
      collection: 'practices',
      id: draft,
      draft: true,
      data: { slug: 'still-draft', _status: 'draft' },
    })
    const none = await payload.count({
      collection: 'redirects',
      where: { from: { like: 'never-published' } },
    })
    expect(none.totalDocs).toBe(0)
  })
})

describe('redirects', () => {
  it('an admin may only point a redirect from one path on the site to another, told why in ar and en', async () => {
    const admin = await cms.createUser('admin')
    const adminToken = await login(server.baseUrl, admin.email, testPassword)
    const before = (await payload.count({ collection: 'redirects' })).totalDocs
    for (const [from, to] of [
      ['/en/practices/old/', 'javascript:alert(1)'],
      ['/en/practices/old/', 'https://other.example/'],
      ['/en/practices/old/', '//other.example/'],
      ['en/practices/old', '/en/practices/new/'],
      ['/en/practices/<script>/', '/en/practices/new/'],
      [`/en/practices/${'a'.repeat(101)}/`, '/en/practices/new/'],
      ['/en/practices/old/', `/en/practices/${'a/'.repeat(6)}`],
    ] as const) {
      for (const lang of ['ar', 'en'] as const) {
        const response = await api(server.baseUrl, '/redirects', {
          method: 'POST',
          token: adminToken,
          lang,
          body: { from, to },
        })
        expect(response.status).toBe(400)
        const [error] = fieldErrors(response)
        expect(error?.path).toBe(from.startsWith('/en/practices/old/') ? 'to' : 'from')
        expect(error?.message).toMatch(lang === 'en' ? /path on the site/ : /مسارًا على الموقع/)
      }
    }
    expect((await payload.count({ collection: 'redirects' })).totalDocs).toBe(before)
    const valid = await api(server.baseUrl, '/redirects', {
      method: 'POST',
      token: adminToken,
      body: { from: '/en/practices/old/', to: '/en/practices/' },
    })
    expect(valid.status).toBe(201)
  })

  it('an editor’s redirect never breaks a build: no loop, no target without a page, no hidden page, chains collapsed, a served address kept', async () => {
    const post = (body: { from: string; to: string }, lang: 'ar' | 'en' = 'en') =>
      api(server.baseUrl, '/redirects', { method: 'POST', token, lang, body })
    const refusal = (response: Awaited<ReturnType<typeof post>>, path: string, pattern: RegExp) => {
      expect(response.status).toBe(400)
      expect(fieldErrors(response)[0]).toMatchObject({ path })
      expect(fieldErrors(response)[0]?.message).toMatch(pattern)
    }
    await createBilingual(payload, 'practices', practice('kept-page'))
    refusal(await post({ from: '/en/practices/a/', to: '/en/practices/a/' }), 'to', /loop/)
    refusal(
      await post({ from: '/en/practices/a/', to: '/en/practices/no-such-page/' }),
      'to',
      /no page of the site/,
    )
    refusal(
      await post({ from: '/ar/practices/a/', to: '/ar/practices/no-such-page/' }, 'ar'),
      'to',
      /لا توجد صفحة/,
    )
    refusal(
      await post({ from: '/en/practices/kept-page/', to: '/en/practices/' }),
      'from',
      /would hide it/,
    )
    // A → B, then B → kept-page: A is collapsed onto kept-page; then kept-page → A is a loop.
    expect((await post({ from: '/en/practices/b/', to: '/en/practices/' })).status).toBe(201)
    expect((await post({ from: '/en/practices/a/', to: '/en/practices/b/' })).status).toBe(201)
    const stored = await payload.find({
      collection: 'redirects',
      where: { from: { equals: '/en/practices/a/' } },
    })
    expect(stored.docs[0]?.to).toBe('/en/practices/')
    refusal(await post({ from: '/en/', to: '/en/practices/a/' }), 'from', /hide|loop/)
    // An address the site served and nothing else stands at: its redirect stays.
    await registerPermalinks(payload, ['/en/practices/b/'])
    const b = await payload.find({
      collection: 'redirects',
      where: { from: { equals: '/en/practices/b/' } },
    })
    const removal = await api(server.baseUrl, `/redirects/${String(b.docs[0]?.id)}`, {
      method: 'DELETE',
      token,
      lang: 'ar',
    })
    refusal(removal, 'from', /نُشر من قبل/)
  })
})
