/**
 * The endpoint behind "Create new leaves no empty draft": it deletes the blank draft the admin
 * creates on opening Create new, and nothing else: not a draft someone filled over REST and
 * nobody edited since, not a saved draft, not a published document. In Arabic and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, finding, report } from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'

let cms: TestCms
let server: RestServer
let token = ''
let published = ''
let editor: { id: string; email: string } = { id: '', email: '' }

beforeAll(async () => {
  cms = await startTestCms()
  server = await startRestServer()
  editor = await cms.createUser('editor')
  token = await login(server.baseUrl, editor.email, testPassword)
  const reportId = await createBilingual(cms.payload, 'reports', report(reportSlug))
  published = await createBilingual(cms.payload, 'findings', finding('AIE-F80', reportId))
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

const discard = (id: string, lang: 'ar' | 'en') =>
  api(server.baseUrl, `/findings/${id}/untouched`, { method: 'DELETE', token, lang })

const exists = async (id: string) =>
  (await cms.payload.count({ collection: 'findings', where: { id: { equals: id } } })).totalDocs ===
  1

describe.each(['ar', 'en'] as const)('discarding an untouched draft (%s)', (lang) => {
  it('deletes the blank draft Create new made, whose code and order are only suggestions', async () => {
    // What the admin's Create new does: a draft created from no data at all, by the editor.
    const user = await cms.payload.findByID({ collection: 'users', id: editor.id })
    const blank = await cms.payload.create({
      collection: 'findings',
      data: {},
      draft: true,
      depth: 0,
      user: { ...user, collection: 'users' },
    })
    expect(blank.editedBy).toBe(editor.id)
    expect(blank.code).toMatch(/^AIE-F\d+$/)
    const response = await discard(blank.id, lang)
    expect(response.json).toEqual({ deleted: true })
    expect(await exists(blank.id)).toBe(false)
  })

  it('keeps a draft someone filled and nobody edited since, a saved draft and a published one', async () => {
    const filled = await cms.payload.create({
      collection: 'findings',
      data: { statement: lang === 'ar' ? 'مسودة من الواجهة البرمجية' : 'A draft from the API' },
      draft: true,
    })
    const blankThenSaved = await cms.payload.create({
      collection: 'findings',
      data: {},
      draft: true,
    })
    await cms.payload.update({
      collection: 'findings',
      id: blankThenSaved.id,
      data: { section: 'x' },
      draft: true,
      autosave: true,
    })
    for (const id of [filled.id, blankThenSaved.id, published]) {
      expect((await discard(id, lang)).json).toEqual({ deleted: false })
      expect(await exists(id)).toBe(true)
    }
  })
})
