/**
 * A recommendation's follow-up in the CMS (issue 17): the fixture snapshot's entries seeded into
 * a throwaway CMS come back unchanged from the export (content → CMS → snapshot); entries added
 * through the Local API export with natural keys, days and both languages, never row ids; a status
 * of the wrong kind and an addressee outside the recommendation's audiences are refused over REST
 * in the asker's language; a translator translates an entry's text but changes nothing else.
 * Entries here are synthetic and say so ("[Test data]").
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { currentStatus } from '@mahjar/shared/follow-up'
import { snapshotDocumentSchemas } from '@mahjar/shared/schemas/collections'
import type { FollowUpEntryStatus, FollowUpKind } from '@mahjar/shared/schemas/recommendations'
import { seedContent, type SeedDocuments } from '@mahjar/scripts/lib/seed/seed-content'
import { databaseFingerprint } from '../../helpers/database-state.ts'
import { api, fieldErrors } from '../../helpers/http.ts'
import { fromRoot } from '../../helpers/paths.ts'
import type { Payload } from '../../helpers/payload.ts'
import { rowIds } from '../../helpers/payload-fixtures.ts'
import { startSignedInCms, type SignedInCms } from '../../helpers/signed-in-cms.ts'
import { readSnapshotDocs } from '../../helpers/snapshot-files.ts'

let cms: SignedInCms<'translator' | 'editor'>
let payload: Payload
const fixtureDir = fromRoot('tests/fixtures/snapshot')
const seeded = ['themes', 'audiences', 'reports', 'findings', 'recommendations'] as const

type Entry = {
  date: string
  audience: string
  kind: FollowUpKind
  status: FollowUpEntryStatus
  statement: Record<string, string>
  sources?: Record<string, unknown>[]
  findings?: string[]
}

/** The fixture snapshot's documents a recommendation needs, with the schema's defaults filled. */
async function fixtureDocuments(): Promise<SeedDocuments> {
  const none = { practices: [], 'campaign-editions': [], stories: [] }
  const entries = await Promise.all(
    seeded.map(async (collection) => {
      const docs = await readSnapshotDocs(fixtureDir, collection)
      const content = docs.map((doc) =>
        Object.fromEntries(
          Object.entries(snapshotDocumentSchemas[collection].parse(doc)).filter(
            ([key]) => key !== 'createdAt' && key !== 'updatedAt',
          ),
        ),
      )
      return [collection, content] as const
    }),
  )
  return { ...none, ...Object.fromEntries(entries) } as unknown as SeedDocuments
}

async function exportedRecommendations(): Promise<Record<string, Record<string, unknown>>> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-follow-up-')), 'snapshot')
  await exportSnapshot(payload, dir)
  const docs = await readSnapshotDocs(dir, 'recommendations')
  return Object.fromEntries(docs.map((doc) => [String(doc.code), doc]))
}

async function idOf(collection: 'recommendations' | 'audiences' | 'findings', key: string) {
  const field = collection === 'audiences' ? 'slug' : 'code'
  const { docs } = await payload.find({
    collection,
    where: { [field]: { equals: key } },
    overrideAccess: true,
    depth: 0,
  })
  const id = docs[0]?.id
  if (id === undefined) throw new Error(`no ${collection} ${key}`)
  return id
}

/** The latest version of a recommendation (draft included), in one language or all. */
const latest = async (code: string, locale: 'ar' | 'en' | 'all') =>
  payload.findByID({
    collection: 'recommendations',
    id: await idOf('recommendations', code),
    locale,
    draft: true,
    depth: 0,
    overrideAccess: true,
  }) as Promise<{ followUp?: Record<string, unknown>[] | null; _status?: string | null }>

function patch(role: 'translator' | 'editor', id: string, body: unknown, lang: 'ar' | 'en') {
  return api(cms.baseUrl, `/recommendations/${id}?locale=${lang}`, {
    method: 'PATCH',
    token: cms.accounts[role].token,
    lang,
    body,
  })
}

beforeAll(async () => {
  cms = await startSignedInCms(['translator', 'editor'])
  payload = cms.payload
  await seedContent(payload, await fixtureDocuments())
})

afterAll(async () => {
  await cms.close()
})

describe('follow-up in the CMS', () => {
  it('the fixture entries go content → CMS → snapshot unchanged, and a second seed changes nothing', async () => {
    const fixture = await readSnapshotDocs(fixtureDir, 'recommendations')
    const exported = await exportedRecommendations()
    for (const doc of fixture) {
      expect(exported[String(doc.code)]?.followUp, String(doc.code)).toEqual(doc.followUp ?? [])
    }
    const b111 = exported['AIE-B1-11']?.followUp as Entry[]
    expect(b111).toHaveLength(2)
    expect(currentStatus(b111)).toEqual({ status: 'in-progress', asOf: '2026-09-15' })
    const again = await seedContent(payload, await fixtureDocuments())
    expect(again.recommendations).toMatchObject({ created: 0, updated: 0 })
  })

  it('entries added through the Local API export with keys, days, both languages and no row ids', async () => {
    const id = await idOf('recommendations', 'AIE-A1')
    const audience = await idOf('audiences', 'diaspora-activists-and-organisations')
    const finding = await idOf('findings', 'AIE-F01')
    const row = rowIds()
    const entries = (lang: 'ar' | 'en') => [
      {
        id: row(1),
        date: '2026-04-01T00:00:00.000Z',
        audience,
        kind: 'response' as const,
        status: 'noted' as const,
        body: lang === 'ar' ? 'شبكة نشطاء (اختبارية)' : 'An activist network (test)',
        statement:
          lang === 'ar'
            ? '[بيانات اختبارية] أحاطت الشبكة علمًا بالتوصية.'
            : '[Test data] The network noted the recommendation.',
        sources: [
          {
            id: row(2),
            label: lang === 'ar' ? 'محضر الاجتماع (اختباري)' : 'Meeting minutes (test)',
            url: 'https://example.org/minutes',
            date: '2026-03-30T00:00:00.000Z',
          },
        ],
        findings: [],
      },
      {
        id: row(3),
        date: '2026-10-01T00:00:00.000Z',
        audience,
        kind: 'implementation' as const,
        status: 'partially-implemented' as const,
        statement:
          lang === 'ar'
            ? '[بيانات اختبارية] بدأت الشبكة تنفيذ جزء من التوصية.'
            : '[Test data] The network carried out part of the recommendation.',
        sources: [],
        findings: [finding],
      },
    ]
    for (const lang of ['ar', 'en'] as const) {
      await payload.update({
        collection: 'recommendations',
        id,
        locale: lang,
        data: { followUp: entries(lang), _status: 'published' },
        overrideAccess: true,
      })
    }
    const exported = (await exportedRecommendations())['AIE-A1']
    expect(exported?.followUp).toEqual([
      {
        date: '2026-04-01',
        audience: 'diaspora-activists-and-organisations',
        body: { ar: 'شبكة نشطاء (اختبارية)', en: 'An activist network (test)' },
        kind: 'response',
        status: 'noted',
        statement: {
          ar: '[بيانات اختبارية] أحاطت الشبكة علمًا بالتوصية.',
          en: '[Test data] The network noted the recommendation.',
        },
        sources: [
          {
            label: { ar: 'محضر الاجتماع (اختباري)', en: 'Meeting minutes (test)' },
            url: 'https://example.org/minutes',
            date: '2026-03-30',
          },
        ],
        findings: [],
      },
      {
        date: '2026-10-01',
        audience: 'diaspora-activists-and-organisations',
        kind: 'implementation',
        status: 'partially-implemented',
        statement: {
          ar: '[بيانات اختبارية] بدأت الشبكة تنفيذ جزء من التوصية.',
          en: '[Test data] The network carried out part of the recommendation.',
        },
        sources: [],
        findings: ['AIE-F01'],
      },
    ])
    expect(JSON.stringify(exported?.followUp)).not.toContain(row(1))
    expect(currentStatus(exported?.followUp as Entry[])).toEqual({
      status: 'partially-implemented',
      asOf: '2026-10-01',
    })
  })

  it.each(['ar', 'en'] as const)(
    'a status of the other kind is refused, naming both, in the asker’s language (%s)',
    async (lang) => {
      const id = await idOf('recommendations', 'AIE-C2')
      const rows = (await latest('AIE-C2', lang)).followUp ?? []
      const before = await databaseFingerprint(payload)
      const response = await patch(
        'editor',
        id,
        { followUp: rows.map((row) => ({ ...row, status: 'implemented' })), _status: 'published' },
        lang,
      )
      expect(response.status, JSON.stringify(fieldErrors(response))).toBe(400)
      expect(fieldErrors(response)).toContainEqual(
        expect.objectContaining({
          path: 'followUp.0.status',
          message:
            lang === 'en'
              ? 'the status "Implemented" is not a Response status; choose one of: Supported, Noted, Rejected, or No response'
              : 'الحالة «منفَّذة» ليست من حالات «رد»؛ اختر إحدى: مؤيَّدة أو أُحيط بها علمًا أو مرفوضة أو بلا رد',
        }),
      )
      expect(await databaseFingerprint(payload)).toBe(before)
    },
  )

  it.each(['ar', 'en'] as const)(
    'an addressee outside the recommendation’s audiences is refused, naming the field (%s)',
    async (lang) => {
      const id = await idOf('recommendations', 'AIE-C2')
      const other = await idOf('audiences', 'local-civil-society')
      const rows = (await latest('AIE-C2', lang)).followUp ?? []
      const response = await patch(
        'editor',
        id,
        { followUp: rows.map((row) => ({ ...row, audience: other })), _status: 'published' },
        lang,
      )
      expect(response.status, JSON.stringify(fieldErrors(response))).toBe(400)
      expect(fieldErrors(response)).toContainEqual(
        expect.objectContaining({
          path: 'followUp.0.audience',
          message: expect.stringMatching(
            lang === 'en' ? /one of this recommendation's Audiences/ : /«الفئات المستهدفة»/,
          ) as unknown,
        }),
      )
    },
  )

  it('a translator cannot change an entry’s date, addressee, kind, status, source URL or findings, nor add one', async () => {
    const id = await idOf('recommendations', 'AIE-B1-11')
    const finding = await idOf('findings', 'AIE-F02')
    const other = await idOf('audiences', 'local-civil-society')
    const changes: [string, (row: Record<string, unknown>) => Record<string, unknown>][] = [
      ['followUp.0.date', (row) => ({ ...row, date: '2025-01-01T00:00:00.000Z' })],
      ['followUp.0.audience', (row) => ({ ...row, audience: other })],
      ['followUp.0.kind', (row) => ({ ...row, kind: 'implementation' })],
      ['followUp.0.status', (row) => ({ ...row, status: 'rejected' })],
      ['followUp.0.findings', (row) => ({ ...row, findings: [finding] })],
      [
        'followUp.0.sources.0.url',
        (row) => ({
          ...row,
          sources: (row.sources as Record<string, unknown>[]).map((source) => ({
            ...source,
            url: 'https://example.org/elsewhere',
          })),
        }),
      ],
    ]
    const before = await databaseFingerprint(payload)
    for (const [field, change] of changes) {
      for (const lang of ['ar', 'en'] as const) {
        const rows = (await latest('AIE-B1-11', lang)).followUp ?? []
        const response = await patch(
          'translator',
          id,
          { followUp: rows.map((row, index) => (index === 0 ? change(row) : row)) },
          lang,
        )
        expect(response.status, `${field}: ${JSON.stringify(response.json)}`).toBe(400)
        expect(fieldErrors(response)).toContainEqual({
          path: field,
          message:
            lang === 'en'
              ? 'translators change only the text of a language; an editor changes this field'
              : 'يغيّر المترجمون نصوص اللغات فقط؛ هذا الحقل يغيّره محرر',
          label: expect.anything() as unknown,
        })
      }
    }
    const rows = (await latest('AIE-B1-11', 'en')).followUp ?? []
    const added = await patch(
      'translator',
      id,
      { followUp: [...rows, { ...rows[0], id: undefined }] },
      'en',
    )
    expect(added.status).toBe(400)
    expect(fieldErrors(added)[0]).toMatchObject({ path: 'followUp' })
    expect(await databaseFingerprint(payload)).toBe(before)
  })

  it('a translator retranslates an entry’s statement, body and source label, as a draft', async () => {
    const id = await idOf('recommendations', 'AIE-B1-11')
    const rows = (await latest('AIE-B1-11', 'en')).followUp ?? []
    const response = await patch(
      'translator',
      id,
      {
        followUp: rows.map((row, index) =>
          index === 0
            ? {
                ...row,
                statement: '[Test data] The donor said it supports multi-year core funding.',
                body: 'A donor fund (test, retranslated)',
                sources: (row.sources as Record<string, unknown>[]).map((source) => ({
                  ...source,
                  label: "The donor's statement (test)",
                })),
              }
            : row,
        ),
      },
      'en',
    )
    expect(response.status, JSON.stringify(response.json)).toBe(200)
    const draft = await latest('AIE-B1-11', 'all')
    const entry = draft.followUp?.[0] as
      { statement?: unknown; body?: unknown; sources?: { label?: unknown }[] } | undefined
    expect(entry?.statement).toMatchObject({
      en: '[Test data] The donor said it supports multi-year core funding.',
    })
    expect(entry?.body).toMatchObject({ en: 'A donor fund (test, retranslated)' })
    expect(entry?.sources?.[0]?.label).toMatchObject({ en: "The donor's statement (test)" })
    expect(draft._status).toBe('draft')
    const live = (await exportedRecommendations())['AIE-B1-11']?.followUp as Entry[]
    expect(live[0]?.statement.en).toBe(
      '[Test data] The donor announced support for multi-year core funding.',
    )
  })
})
