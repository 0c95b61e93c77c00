/**
 * The per-field translation state (cms/src/lib/translationStatus.ts), kept by every save: a text
 * corrected in one language is out of date in the other until it is translated again or marked
 * translated; an emptied text is missing; a seed writes both languages as current; a restored
 * version is judged by what the restore changed; the export dates a published lag. Setting up is
 * the Local API; restoring is the admin's own REST endpoint, over real HTTP.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { api, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, finding, report } from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'
import { readSnapshotDocs } from '../../helpers/snapshot-files.ts'

let cms: TestCms
let payload: Payload
let server: RestServer
let editorToken = ''
let translator: { id: string }
let reportId = ''

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  server = await startRestServer()
  editorToken = await login(server.baseUrl, (await cms.createUser('editor')).email, testPassword)
  translator = await cms.createUser('translator')
  reportId = await createBilingual(payload, 'reports', report(reportSlug))
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

type Lang = 'ar' | 'en'

const draftOf = (id: string, locale: Lang) =>
  payload.findByID({ collection: 'findings', id, locale, draft: true, fallbackLocale: false })

const save = async (
  id: string,
  locale: Lang,
  data: Record<string, unknown>,
  asTranslator = false,
) =>
  payload.update({
    collection: 'findings',
    id,
    locale,
    draft: true,
    data: { ...data, _status: 'draft' },
    ...(asTranslator
      ? {
          user: await payload.findByID({ collection: 'users', id: translator.id }),
          overrideAccess: false,
        }
      : {}),
  })

describe.each([
  ['ar', 'en'],
  ['en', 'ar'],
] as const)('a text corrected in %s', (source, target) => {
  const code = source === 'ar' ? 'AIE-F81' : 'AIE-F82'
  let id = ''

  beforeAll(async () => {
    id = await createBilingual(payload, 'findings', finding(code, reportId))
  })

  it(`starts current in both languages, then is out of date in ${target} after the ${source} statement changes`, async () => {
    expect((await draftOf(id, source)).translationStatus).toEqual([])
    await save(id, source, { statement: `${source} statement, corrected to 63%` })
    const after = await draftOf(id, source)
    expect(after.translationStatus).toEqual([`outdated-${target}`])
    // The ledger names the lagging language of the statement alone, with the instant it began.
    const ledger = after.translationLedger as Record<string, Partial<Record<Lang, string>>>
    expect(Object.keys(ledger)).toEqual(['statement'])
    expect(Date.parse(ledger.statement?.[target] ?? '')).toBeGreaterThan(Date.now() - 60_000)
  })

  it(`is current again when a translator saves a new ${target} statement`, async () => {
    await save(id, target, { statement: `${target} statement, now 63%` }, true)
    expect((await draftOf(id, target)).translationStatus).toEqual([])
  })

  it(`is current again when a translator marks the unchanged ${target} text translated, and the mark is consumed`, async () => {
    await save(id, source, { statement: `${source} statement, corrected again` })
    expect((await draftOf(id, target)).translationStatus).toEqual([`outdated-${target}`])
    await save(id, target, { markTranslated: ['statement'] }, true)
    const marked = await draftOf(id, target)
    expect(marked.translationStatus).toEqual([])
    expect(marked.markTranslated).toEqual([])
    expect(marked.statement).toBe(`${target} statement, now 63%`)
  })

  it(`is missing in ${target} once its ${target} text is emptied, and current again when refilled`, async () => {
    await save(id, target, { statement: '' })
    expect((await draftOf(id, source)).translationStatus).toEqual([`missing-${target}`])
    await save(id, target, { statement: `${target} statement, typed again` })
    expect((await draftOf(id, source)).translationStatus).toEqual([])
  })
})

describe('after a version restore', () => {
  it('the language whose text the restore brought back is current, the other is out of date', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F83', reportId))
    await save(id, 'ar', { statement: 'نص عربي مصحَّح' })
    await save(id, 'en', { statement: 'A corrected English statement' })
    expect((await draftOf(id, 'ar')).translationStatus).toEqual([])
    const first = await payload.findVersions({
      collection: 'findings',
      where: { parent: { equals: id } },
      sort: 'createdAt',
      limit: 2,
    })
    // The second version (created in Arabic, then translated) holds both original statements:
    // restoring it changes both languages' text.
    const response = await api(server.baseUrl, `/findings/versions/${first.docs[1]?.id ?? ''}`, {
      method: 'POST',
      token: editorToken,
      lang: 'en',
    })
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    const restored = await draftOf(id, 'ar')
    expect(restored.statement).toBe('أكثر من 90% من النشطاء غادروا بسبب القمع.')
    expect(restored.translationStatus).toEqual([])

    // A restore that brings back only the Arabic (the English stayed the same) leaves English lagging.
    await save(id, 'ar', { statement: 'نص عربي جديد' })
    await save(id, 'en', { markTranslated: ['statement'] })
    const versions = await payload.findVersions({
      collection: 'findings',
      where: { parent: { equals: id } },
      sort: '-createdAt',
      limit: 10,
    })
    const withOriginalArabic = versions.docs.find(
      (v) => v.version.statement === 'أكثر من 90% من النشطاء غادروا بسبب القمع.',
    )
    expect(withOriginalArabic).toBeDefined()
    await api(server.baseUrl, `/findings/versions/${withOriginalArabic?.id ?? ''}`, {
      method: 'POST',
      token: editorToken,
      lang: 'ar',
    })
    const lagging = await draftOf(id, 'en')
    expect(lagging.translationStatus).toEqual(['outdated-en'])
  })
})

describe('in the exported snapshot', () => {
  const today = () => new Date().toISOString().slice(0, 10)

  async function exportedFindings(): Promise<Map<string, Record<string, unknown>>> {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-lag-')), 'snapshot')
    await exportSnapshot(payload, dir)
    const docs = await readSnapshotDocs(dir, 'findings')
    return new Map(docs.map((doc) => [String(doc.code), doc]))
  }

  const publish = (id: string, locale: Lang, statement: string) =>
    payload.update({
      collection: 'findings',
      id,
      locale,
      data: { statement, _status: 'published' },
    })

  it('a published finding whose Arabic was corrected lags in English from today, until translated', async () => {
    const corrected = await createBilingual(payload, 'findings', finding('AIE-F84', reportId))
    await createBilingual(payload, 'findings', finding('AIE-F85', reportId))
    const before = today()
    await publish(corrected, 'ar', 'أكثر من 63% من النشطاء غادروا بسبب القمع.')
    const exported = await exportedFindings()
    const lag = exported.get('AIE-F84')?.translationLag as { en?: string } | undefined
    expect(lag).toEqual({ en: expect.any(String) as unknown })
    expect([before, today()]).toContain(lag?.en)
    // A finding published in both languages together does not lag.
    expect(exported.has('AIE-F85')).toBe(true)
    expect(exported.get('AIE-F85')).not.toHaveProperty('translationLag')

    await publish(corrected, 'en', 'More than 63% of activists left because of repression.')
    expect((await exportedFindings()).get('AIE-F84')).not.toHaveProperty('translationLag')
  })
})
