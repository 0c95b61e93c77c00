import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, fieldErrors } from '../../helpers/http.ts'
import { testOrigin, testPassword, type Payload } from '../../helpers/payload.ts'
import {
  audience,
  createBilingual,
  finding,
  report,
  theme,
} from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'
import { startSignedInCms, type SignedInCms } from '../../helpers/signed-in-cms.ts'

let cms: SignedInCms<'admin' | 'editor' | 'translator'>
let payload: Payload
let server: { baseUrl: string }
let reportId = ''
let publishedId = ''
let draftId = ''
/** A published finding whose newer draft must not leak. */
let draftOverPublishedId = ''
const tokens: Record<'admin' | 'editor' | 'translator', string> = {
  admin: '',
  editor: '',
  translator: '',
}
const userIds: Record<'admin' | 'editor' | 'translator', string> = {
  admin: '',
  editor: '',
  translator: '',
}

beforeAll(async () => {
  cms = await startSignedInCms(['admin', 'editor', 'translator'])
  payload = cms.payload
  server = cms.server
  await createBilingual(payload, 'themes', theme('advocacy'))
  await createBilingual(payload, 'audiences', audience('local-civil-society'))
  reportId = await createBilingual(payload, 'reports', report(reportSlug))
  publishedId = await createBilingual(payload, 'findings', finding('AIE-F10', reportId))
  draftId = await createBilingual(payload, 'findings', finding('AIE-F11', reportId), 'draft')
  draftOverPublishedId = await createBilingual(payload, 'findings', finding('AIE-F12', reportId))
  await payload.update({
    collection: 'findings',
    id: draftOverPublishedId,
    locale: 'ar',
    draft: true,
    data: { statement: 'نص مسودة سرية لم تنشر بعد', _status: 'draft' },
  })
  for (const role of ['admin', 'editor', 'translator'] as const) {
    userIds[role] = cms.accounts[role].id
    tokens[role] = cms.accounts[role].token
  }
})

afterAll(async () => {
  await cms.close()
})

describe('anonymous readers over REST', () => {
  it('see published findings in both languages, and no draft in the list', async () => {
    for (const lang of ['ar', 'en'] as const) {
      const list = await api(server.baseUrl, `/findings?locale=${lang}&limit=100`)
      expect(list.status).toBe(200)
      const codes = (list.json.docs as { code: string }[]).map((doc) => doc.code).sort()
      expect(codes).toEqual(['AIE-F10', 'AIE-F12'])
    }
  })

  it('get 404 for a draft by id, also when asking for ?draft=true', async () => {
    for (const query of ['', '?draft=true', '?draft=true&locale=ar']) {
      const response = await api(server.baseUrl, `/findings/${draftId}${query}`)
      expect(response.status).toBe(404)
    }
  })

  it('read the published version of a document whose newer draft stays hidden, even with ?draft=true', async () => {
    const response = await api(
      server.baseUrl,
      `/findings/${draftOverPublishedId}?draft=true&locale=ar`,
    )
    expect(response.status).toBe(200)
    expect(response.json.statement).not.toBe('نص مسودة سرية لم تنشر بعد')
    const list = await api(server.baseUrl, '/findings?draft=true&locale=ar')
    expect(JSON.stringify(list.json)).not.toContain('نص مسودة سرية')
  })

  it('cannot list versions', async () => {
    const response = await api(server.baseUrl, '/findings/versions')
    expect(response.status).toBe(403)
  })

  it('are refused the users collection', async () => {
    expect((await api(server.baseUrl, '/users')).status).toBe(403)
    expect((await api(server.baseUrl, `/users/${userIds.editor}`)).status).toBe(403)
  })

  it('cannot create, update or delete, and nothing changes', async () => {
    const before = await payload.count({ collection: 'findings' })
    const create = await api(server.baseUrl, '/findings', {
      method: 'POST',
      body: { ...finding('AIE-F99', reportId)('ar', () => '0'), _status: 'published' },
    })
    expect(create.status).toBe(403)
    const update = await api(server.baseUrl, `/findings/${publishedId}`, {
      method: 'PATCH',
      body: { statement: 'تخريب' },
    })
    expect(update.status).toBe(403)
    const remove = await api(server.baseUrl, `/findings/${publishedId}`, { method: 'DELETE' })
    expect(remove.status).toBe(403)
    expect((await payload.count({ collection: 'findings' })).totalDocs).toBe(before.totalDocs)
    const doc = await payload.findByID({ collection: 'findings', id: publishedId, locale: 'ar' })
    expect(doc.statement).not.toBe('تخريب')
  })

  it('see the same through the Local API when access is enforced', async () => {
    const list = await payload.find({ collection: 'findings', overrideAccess: false, locale: 'ar' })
    expect(list.docs.map((doc) => doc.code).sort()).toEqual(['AIE-F10', 'AIE-F12'])
    const asDrafts = await payload.find({
      collection: 'findings',
      overrideAccess: false,
      draft: true,
      locale: 'ar',
    })
    expect(asDrafts.docs.map((doc) => doc.code)).not.toContain('AIE-F11')
    expect(JSON.stringify(asDrafts.docs)).not.toContain('نص مسودة سرية')
    await expect(
      payload.findByID({ collection: 'findings', id: draftId, overrideAccess: false, draft: true }),
    ).rejects.toThrow()
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toThrow()
  })
})

describe('roles', () => {
  const newDraft = async (token: string, code: string, status: 'draft' | 'published') =>
    api(server.baseUrl, `/findings${status === 'draft' ? '?draft=true' : ''}`, {
      method: 'POST',
      token,
      lang: 'en',
      body: {
        ...finding(code, reportId)('ar', () => '0'),
        statistic: {},
        corrections: [],
        _status: status,
      },
    })

  it('a translator saves an English translation as a draft but cannot publish it', async () => {
    const draft = await api(server.baseUrl, `/findings/${publishedId}?draft=true&locale=en`, {
      method: 'PATCH',
      token: tokens.translator,
      body: { statement: 'A translator’s better English wording.', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    const publish = await api(server.baseUrl, `/findings/${publishedId}?locale=en`, {
      method: 'PATCH',
      token: tokens.translator,
      body: { statement: 'Published by a translator', _status: 'published' },
    })
    // Refused before access control, with a message naming _status (int/cms/roles.int.test.ts).
    expect(publish.status).toBe(400)
    const live = await api(server.baseUrl, `/findings/${publishedId}?locale=en`)
    expect(live.json.statement).not.toBe('Published by a translator')
  })

  it('a translator can neither create, delete nor manage users', async () => {
    expect((await newDraft(tokens.translator, 'AIE-F20', 'draft')).status).toBe(403)
    const remove = await api(server.baseUrl, `/findings/${publishedId}`, {
      method: 'DELETE',
      token: tokens.translator,
    })
    expect(remove.status).toBe(403)
    const user = await api(server.baseUrl, '/users', {
      method: 'POST',
      token: tokens.translator,
      body: { email: 'new@mahjar.test', password: testPassword, role: 'editor' },
    })
    expect(user.status).toBe(403)
    const promote = await api(server.baseUrl, `/users/${userIds.translator}`, {
      method: 'PATCH',
      token: tokens.translator,
      body: { role: 'admin' },
    })
    // Refused and told why (hooks/roleByAdmins.ts), not silently dropped with a 200.
    expect(promote.status).toBe(400)
    expect(fieldErrors(promote)[0]).toMatchObject({ path: 'role' })
    const self = await payload.findByID({ collection: 'users', id: userIds.translator })
    expect(self.role).toBe('translator')
  })

  it('an editor creates, publishes and deletes, but cannot manage users', async () => {
    const created = await newDraft(tokens.editor, 'AIE-F21', 'published')
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: string }).id
    // A live item is deleted with a public reason, typed first (collections/withdrawal.ts).
    const reason = await api(server.baseUrl, `/findings/${id}?draft=true&locale=en`, {
      method: 'PATCH',
      token: tokens.editor,
      body: { withdrawalReason: 'Entered by mistake.' },
    })
    expect(reason.status).toBe(200)
    const remove = await api(server.baseUrl, `/findings/${id}`, {
      method: 'DELETE',
      token: tokens.editor,
    })
    expect(remove.status).toBe(200)
    const user = await api(server.baseUrl, '/users', {
      method: 'POST',
      token: tokens.editor,
      body: { email: 'other@mahjar.test', password: testPassword, role: 'editor' },
    })
    expect(user.status).toBe(403)
    const list = await api(server.baseUrl, '/users', { token: tokens.editor })
    expect((list.json.docs as { id: string }[]).map((doc) => doc.id)).toEqual([userIds.editor])
  })

  it('an admin creates users and changes their roles', async () => {
    const created = await api(server.baseUrl, '/users', {
      method: 'POST',
      token: tokens.admin,
      body: { email: 'translator2@mahjar.test', password: testPassword, role: 'translator' },
    })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: string }).id
    const promoted = await api(server.baseUrl, `/users/${id}`, {
      method: 'PATCH',
      token: tokens.admin,
      body: { role: 'editor' },
    })
    expect(promoted.status).toBe(200)
    expect((await payload.findByID({ collection: 'users', id })).role).toBe('editor')
  })
})

describe('origins', () => {
  const allowed = testOrigin
  const foreign = 'https://evil.example'
  const fetchWith = (path: string, headers: Record<string, string>) =>
    fetch(`${server.baseUrl}/api${path}`, { headers })

  it('CORS answers only the configured origin', async () => {
    const ok = await fetchWith('/findings', { origin: allowed })
    expect(ok.headers.get('access-control-allow-origin')).toBe(allowed)
    const refused = await fetchWith('/findings', { origin: foreign })
    expect(refused.headers.get('access-control-allow-origin')).not.toBe(foreign)
  })

  it('a login cookie counts only on requests from a configured origin (CSRF)', async () => {
    const cookie = `payload-token=${tokens.editor}`
    const me = async (origin: string) => {
      const response = await fetchWith('/users/me', { cookie, origin })
      return ((await response.json()) as { user: { id: string } | null }).user
    }
    expect((await me(allowed))?.id).toBe(userIds.editor)
    expect(await me(foreign)).toBeNull()
  })
})

// Sign-in throttling (which replaced the 5-try lockout) is tested in login.int.test.ts.
