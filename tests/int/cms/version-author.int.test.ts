/**
 * Versions say who made them: every save records the signed-in user on the document, so each
 * version (a snapshot of it) names its author. Two editors save in turn, over real HTTP, in
 * Arabic and English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, report } from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'

let cms: TestCms
let server: RestServer
const editors: { id: string; token: string }[] = []

beforeAll(async () => {
  cms = await startTestCms()
  server = await startRestServer()
  for (let i = 0; i < 2; i += 1) {
    const user = await cms.createUser('editor')
    editors.push({ id: user.id, token: await login(server.baseUrl, user.email, testPassword) })
  }
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

describe.each(['ar', 'en'] as const)('version authors (%s)', (lang) => {
  it('each version of a report names the editor who saved it', async () => {
    const id = await createBilingual(
      cms.payload,
      'reports',
      report(`${reportSlug}-${lang}`),
      'draft',
    )
    const [first, second] = editors
    if (!first || !second) throw new Error('two editors are needed')
    for (const [editor, subtitle] of [
      [first, lang === 'ar' ? 'صياغة أولى' : 'First wording'],
      [second, lang === 'ar' ? 'صياغة ثانية' : 'Second wording'],
    ] as const) {
      const saved = await api(server.baseUrl, `/reports/${id}?draft=true&locale=${lang}`, {
        method: 'PATCH',
        token: editor.token,
        lang,
        body: { subtitle },
      })
      expect(saved.status, JSON.stringify(saved.json)).toBe(200)
    }
    const versions = await cms.payload.findVersions({
      collection: 'reports',
      where: { parent: { equals: id } },
      sort: '-createdAt',
      limit: 2,
      depth: 0,
      locale: lang,
    })
    expect(versions.docs.map((v) => [v.version.subtitle, v.version.editedBy])).toEqual([
      [lang === 'ar' ? 'صياغة ثانية' : 'Second wording', second.id],
      [lang === 'ar' ? 'صياغة أولى' : 'First wording', first.id],
    ])
  })
})
