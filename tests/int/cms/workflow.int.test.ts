import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, type Payload, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, finding, report } from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let reportId = ''
const users = { editor: '', translator: '' }

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  reportId = await createBilingual(payload, 'reports', report(reportSlug))
  users.editor = (await cms.createUser('editor')).id
  users.translator = (await cms.createUser('translator')).id
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

const readPublished = (id: string) =>
  payload.findByID({
    collection: 'findings',
    id,
    overrideAccess: false,
    locale: 'ar',
    disableErrors: true,
  })

describe('versions', () => {
  it('an earlier published wording can be restored from the version history', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F40', reportId))
    const original = (await payload.findByID({ collection: 'findings', id, locale: 'ar' }))
      .statement
    await payload.update({
      collection: 'findings',
      id,
      locale: 'ar',
      data: { statement: 'صياغة جديدة', _status: 'published' },
    })
    const versions = await payload.findVersions({
      collection: 'findings',
      where: { parent: { equals: id } },
      locale: 'ar',
      sort: 'createdAt',
      pagination: false,
    })
    const earlier = versions.docs.find((version) => version.version.statement === original)
    expect(earlier).toBeDefined()
    await payload.restoreVersion({ collection: 'findings', id: earlier?.id ?? '' })
    const restored = await payload.findByID({
      collection: 'findings',
      id,
      locale: 'ar',
      draft: true,
    })
    expect(restored.statement).toBe(original)
  })

  it('autosaves update one autosave version instead of piling up versions', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F41', reportId))
    const count = async () =>
      (await payload.countVersions({ collection: 'findings', where: { parent: { equals: id } } }))
        .totalDocs
    const before = await count()
    for (const statement of ['مسودة أولى', 'مسودة ثانية', 'مسودة ثالثة']) {
      await payload.update({
        collection: 'findings',
        id,
        locale: 'ar',
        draft: true,
        autosave: true,
        data: { statement },
      })
    }
    expect(await count()).toBe(before + 1)
    expect((await readPublished(id))?.statement).not.toBe('مسودة ثالثة')
  })
})

describe('scheduled publishing', () => {
  const schedule = (id: string, user: string, inMs: number) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'findings', value: id },
        user: { relationTo: 'users', value: user },
      },
      waitUntil: new Date(Date.now() + inMs),
    })

  it('a draft scheduled by an editor goes live when its time comes, not before', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F42', reportId), 'draft')
    await schedule(id, users.editor, 1_500)
    await payload.jobs.run()
    expect(await readPublished(id)).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 1_600))
    await payload.jobs.run()
    expect((await readPublished(id))?.code).toBe('AIE-F42')
  })

  it('a publication scheduled by a translator does not happen', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F43', reportId), 'draft')
    await schedule(id, users.translator, 0)
    await payload.jobs.run()
    expect(await readPublished(id)).toBeNull()
  })
})

describe('the public corrections log', () => {
  it('anonymous readers get each correction’s date and note in their language', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F44', reportId))
    for (const [lang, note] of [
      ['ar', 'صُحّحت النسبة.'],
      ['en', 'The percentage was corrected.'],
    ] as const) {
      const response = await api(server.baseUrl, `/findings/${id}?locale=${lang}`)
      expect(response.status).toBe(200)
      expect(response.json.corrections).toEqual([
        expect.objectContaining({ date: '2022-01-10T00:00:00.000Z', note }),
      ])
    }
  })
})
