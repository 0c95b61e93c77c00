/**
 * Over real HTTP: restoring a version makes a draft (the published document stays as it is) and
 * keeps the correction entries and translations made since (in the version's own rows too);
 * publishing a changed statistic without a new correction entry is refused with a message that
 * says what to add, in Arabic and English. The admin journeys in tests/e2e/admin drive the same through the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, fieldErrors, login, startRestServer, type RestServer } from '../../helpers/http.ts'
import { startTestCms, testPassword, type Payload, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, finding, report, rowIds } from '../../helpers/payload-fixtures.ts'
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
  token = await login(server.baseUrl, (await cms.createUser('editor')).email, testPassword)
  reportId = await createBilingual(payload, 'reports', report(reportSlug))
})

afterAll(async () => {
  await server.close()
  await cms.close()
})

/** A published finding at 90 %, then corrected to 63 % with a correction entry in both languages. */
async function correctedFinding(code: string) {
  const row = rowIds()
  const id = await createBilingual(payload, 'findings', finding(code, reportId), 'published', row)
  const correctionId = row(9)
  for (const lang of ['ar', 'en'] as const) {
    const existing = await payload.findByID({ collection: 'findings', id, locale: lang })
    await payload.update({
      collection: 'findings',
      id,
      locale: lang,
      data: {
        statistic: { ...existing.statistic, value: 63 },
        corrections: [
          ...(existing.corrections ?? []).filter((entry) => entry.id !== correctionId),
          {
            id: correctionId,
            date: '2026-11-30T00:00:00.000Z',
            note: lang === 'ar' ? 'صُحّحت النسبة إلى 63%.' : 'The share was corrected to 63%.',
          },
        ],
        _status: 'published',
      },
    })
  }
  return { id, correctionId }
}

describe('restoring a version makes a draft and loses nothing', () => {
  it.each(['ar', 'en'] as const)(
    'restoring the first published version keeps the live figure, the new correction and the English text (%s)',
    async (lang) => {
      const { id, correctionId } = await correctedFinding(lang === 'ar' ? 'AIE-F70' : 'AIE-F71')
      const versions = await payload.findVersions({
        collection: 'findings',
        where: { parent: { equals: id }, 'version.statistic.value': { equals: 90 } },
        sort: 'createdAt',
        limit: 1,
      })
      const old = versions.docs[0]
      expect(old?.version.statistic?.value).toBe(90)
      const response = await api(server.baseUrl, `/findings/versions/${old?.id ?? ''}`, {
        method: 'POST',
        token,
        lang,
      })
      expect(response.status, JSON.stringify(response.json)).toBe(200)
      expect(response.json.message).toMatch(lang === 'ar' ? /مسودة/ : /as a draft/)

      const live = await payload.findByID({ collection: 'findings', id, overrideAccess: false })
      expect(live.statistic?.value).toBe(63)
      expect(live._status).toBe('published')

      const draftAr = await payload.findByID({
        collection: 'findings',
        id,
        draft: true,
        locale: 'ar',
      })
      expect(draftAr._status).toBe('draft')
      expect(draftAr.statistic?.value).toBe(90)
      expect(draftAr.corrections?.map((entry) => entry.id)).toContain(correctionId)
      // The version's own rows keep their text in both languages (the breakdown's labels).
      expect(draftAr.statistic?.breakdown?.map((entry) => entry.label)).toEqual(['القمع'])
      const draftEn = await payload.findByID({
        collection: 'findings',
        id,
        draft: true,
        locale: 'en',
        fallbackLocale: false,
      })
      expect(draftEn.corrections?.find((entry) => entry.id === correctionId)?.note).toBe(
        'The share was corrected to 63%.',
      )
      expect(draftEn.statement).toMatch(/activists left/)
      expect(draftEn.statistic?.breakdown?.map((entry) => entry.label)).toEqual(['Repression'])
    },
  )
})

describe('a changed published statistic needs a correction entry', () => {
  const cases = [
    {
      lang: 'ar' as const,
      code: 'AIE-F72',
      text: /تغيّر الرقم المنشور \(63 % \(n=104\) ← 70 % \(n=104\)\)\. أضف تصحيحًا في «سجل التصحيحات»/,
    },
    {
      lang: 'en' as const,
      code: 'AIE-F73',
      text: /statistic changed \(63 % \(n=104\) → 70 % \(n=104\)\)\. Add an entry to the Corrections log/,
    },
  ]

  it.each(cases)(
    'publishing 70 % instead of 63 % without a new entry is refused, saying what to add ($lang)',
    async ({ lang, code, text }) => {
      const { id } = await correctedFinding(code)
      const doc = await payload.findByID({ collection: 'findings', id, locale: lang })
      const change = { statistic: { ...doc.statistic, value: 70 } }
      const refused = await api(server.baseUrl, `/findings/${id}?locale=${lang}`, {
        method: 'PATCH',
        token,
        lang,
        body: { ...change, _status: 'published' },
      })
      expect(refused.status, JSON.stringify(refused.json)).toBe(400)
      expect(fieldErrors(refused)).toContainEqual(
        expect.objectContaining({
          path: 'corrections',
          message: expect.stringMatching(text) as unknown,
        }),
      )
      expect((await payload.findByID({ collection: 'findings', id })).statistic?.value).toBe(63)

      const asDraft = await api(server.baseUrl, `/findings/${id}?draft=true&locale=${lang}`, {
        method: 'PATCH',
        token,
        lang,
        body: { ...change, _status: 'draft' },
      })
      expect(asDraft.status, JSON.stringify(asDraft.json)).toBe(200)

      const withEntry = await api(server.baseUrl, `/findings/${id}?locale=${lang}`, {
        method: 'PATCH',
        token,
        lang,
        body: {
          ...change,
          corrections: [
            ...(doc.corrections ?? []),
            {
              date: '2026-12-01T00:00:00.000Z',
              note: lang === 'ar' ? 'صُحّح الرقم.' : 'Figure fixed.',
            },
          ],
          _status: 'published',
        },
      })
      expect(withEntry.status, JSON.stringify(withEntry.json)).toBe(200)
      expect((await payload.findByID({ collection: 'findings', id })).statistic?.value).toBe(70)
    },
  )
})
