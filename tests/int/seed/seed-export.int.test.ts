/**
 * content → seed → export against a throwaway CMS database: the exported snapshot equals the one
 * written straight from content/ (every field of every document, both languages), a second seed
 * changes nothing, drafts never leave, and a failing seed writes nothing.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { UnresolvedRelationError } from '@mahjar/cms/snapshot/to-payload'
import { loadContent } from '@mahjar/scripts/lib/content/load-content'
import type { Corpus } from '@mahjar/scripts/lib/content/corpus'
import { corpusSeedDocuments } from '@mahjar/scripts/lib/seed/documents'
import { seedContent, totals, type SeedDocuments } from '@mahjar/scripts/lib/seed/seed-content'
import { seedFromContent } from '@mahjar/scripts/lib/seed/seed-from-content'
import { ContentValidationError } from '@mahjar/shared/file-issues'
import { snapshotFromContent } from '@mahjar/scripts/snapshot-from-content'
import { keyFindingCodes, reportSlug } from '../../helpers/constants.ts'
import { materialiseContent } from '../../helpers/content-fixtures.ts'
import { fromRoot } from '../../helpers/paths.ts'
import { startTestCms, type Payload, type TestCms } from '../../helpers/payload.ts'
import { readSnapshotDir, readSnapshotDocs } from '../../helpers/snapshot-files.ts'

let cms: TestCms
let payload: Payload
let corpus: Corpus
let documents: SeedDocuments
let expectedDir = ''
const contentDir = fromRoot('content')

async function tempDir(name: string): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-seed-')), name)
}

async function exported(): Promise<string> {
  const dir = await tempDir('snapshot')
  await exportSnapshot(payload, dir)
  return dir
}

async function counts(): Promise<Record<string, number>> {
  const collections = ['themes', 'audiences', 'reports', 'findings', 'recommendations'] as const
  const entries = await Promise.all(
    collections.map(async (collection) => {
      const { totalDocs } = await payload.count({ collection, overrideAccess: true })
      return [collection, totalDocs] as const
    }),
  )
  return Object.fromEntries(entries)
}

async function findingId(code: string): Promise<string> {
  const { docs } = await payload.find({
    collection: 'findings',
    where: { code: { equals: code } },
    overrideAccess: true,
    depth: 0,
  })
  const id = docs[0]?.id
  if (id === undefined) throw new Error(`finding ${code} is not in the CMS`)
  return id
}

beforeAll(async () => {
  cms = await startTestCms()
  payload = cms.payload
  corpus = await loadContent(contentDir)
  documents = corpusSeedDocuments(corpus.documents)
  expectedDir = await tempDir('expected')
  await snapshotFromContent(contentDir, expectedDir)
})

afterAll(async () => {
  await cms.close()
})

describe('pnpm seed and pnpm export', () => {
  it('seeding the corpus into an empty database creates every document, published', async () => {
    const report = await seedContent(payload, documents)
    const documentCount = Object.values(documents).reduce((sum, docs) => sum + docs.length, 0)
    expect(totals(report)).toEqual({
      created: documentCount,
      updated: 0,
      unchanged: 0,
      untouched: 0,
    })
    const drafts = await payload.count({
      collection: 'findings',
      where: { _status: { not_equals: 'published' } },
      overrideAccess: true,
    })
    expect(drafts.totalDocs).toBe(0)
  })

  it('a seeded practice’s translation state is missing English exactly when a text is Arabic-only, and nothing is out of date', async () => {
    const practices = await payload.find({ collection: 'practices', limit: 0, depth: 0 })
    expect(practices.docs.length).toBeGreaterThan(0)
    for (const { id, translationStatus } of practices.docs) {
      const [ar, en] = await Promise.all(
        (['ar', 'en'] as const).map(
          async (locale) =>
            (await payload.findByID({
              collection: 'practices',
              id,
              locale,
              fallbackLocale: false,
              depth: 0,
            })) as unknown as Record<string, unknown>,
        ),
      )
      // A top-level text written in Arabic and not in English.
      const lacksEnglish = Object.entries(ar ?? {}).some(
        ([key, value]) => typeof value === 'string' && value.trim() !== '' && !en?.[key],
      )
      expect(translationStatus?.includes('missing-en'), `practice ${id}`).toBe(lacksEnglish)
      expect(translationStatus?.some((s) => s.startsWith('outdated-'))).toBe(false)
    }
  })

  it('the export reproduces every field of every document in Arabic and English', async () => {
    const actual = await readSnapshotDir(await exported())
    const expected = await readSnapshotDir(expectedDir)
    expect(Object.keys(actual)).toEqual(Object.keys(expected))
    for (const file of Object.keys(expected)) {
      expect(actual[file], file).toEqual(expected[file])
    }
  })

  it('the key figures reach the exported snapshot on the right findings', async () => {
    const findings = await readSnapshotDocs(await exported(), 'findings')
    const statistic = (code: string) => findings.find((f) => f.code === code)?.statistic
    expect(statistic(keyFindingCodes.surveyResponse)).toMatchObject({ value: 104, base: 178 })
    expect(statistic(keyFindingCodes.leftBecauseOfRepression)).toMatchObject({
      value: 88,
      unit: 'percent',
    })
    expect(statistic(keyFindingCodes.systematicResearch)).toMatchObject({ value: 15, valueMax: 20 })
    expect(statistic(keyFindingCodes.lobbyingSkills)).toMatchObject({
      value: 90,
      qualifier: 'more-than',
    })
    expect(statistic(keyFindingCodes.organisationMeans)).toMatchObject({
      breakdown: [47, 22, 17, 10, 4].map((value) => expect.objectContaining({ value }) as unknown),
    })
  })

  it('seeded documents read back through the Local API in the right language', async () => {
    const doc = await payload.findByID({
      collection: 'findings',
      id: await findingId(keyFindingCodes.leftBecauseOfRepression),
      locale: 'ar',
      overrideAccess: false,
    })
    expect(doc.statement).toMatch(/88/)
    expect(doc.statement).toMatch(/\p{Script=Arabic}/u)
  })

  it('a second seed reports zero changes', async () => {
    const report = await seedContent(payload, documents)
    const all = totals(report)
    expect(all).toMatchObject({ created: 0, updated: 0 })
    expect(all.unchanged).toBe(Object.values(documents).reduce((sum, docs) => sum + docs.length, 0))
  })

  it('an edit made in the CMS passes its validation and the next seed restores the content', async () => {
    const id = await findingId(keyFindingCodes.moreActiveAtHome)
    await payload.update({
      collection: 'findings',
      id,
      locale: 'ar',
      data: { statement: 'نص عدّله محرر في لوحة التحكم' },
      overrideAccess: true,
    })
    const dry = await seedContent(payload, documents, { dryRun: true })
    expect(dry.findings).toMatchObject({ updated: 1, created: 0 })
    const stillEdited = await payload.findByID({ collection: 'findings', id, locale: 'ar' })
    expect(stillEdited.statement).toBe('نص عدّله محرر في لوحة التحكم')

    const report = await seedContent(payload, documents)
    expect(totals(report)).toMatchObject({ created: 0, updated: 1 })
    expect(await readSnapshotDir(await exported())).toEqual(await readSnapshotDir(expectedDir))
  })

  it('drafts never reach the snapshot, new or over a published document', async () => {
    const reportId = (
      await payload.find({
        collection: 'reports',
        where: { slug: { equals: reportSlug } },
        overrideAccess: true,
      })
    ).docs[0]?.id
    await payload.create({
      collection: 'findings',
      locale: 'ar',
      draft: true,
      overrideAccess: true,
      data: {
        code: 'AIE-F99',
        report: reportId,
        chapter: 'findings',
        statement: 'مسودة لم تنشر بعد',
        order: 999,
        _status: 'draft',
      },
    })
    const publishedId = await findingId(keyFindingCodes.wantToContribute)
    await payload.update({
      collection: 'findings',
      id: publishedId,
      locale: 'en',
      draft: true,
      overrideAccess: true,
      data: { statement: 'A secret draft wording', _status: 'draft' },
    })
    const findings = await readSnapshotDocs(await exported(), 'findings')
    expect(findings.map((f) => f.code)).not.toContain('AIE-F99')
    const published = findings.find((f) => f.code === keyFindingCodes.wantToContribute)
    const expected = (await readSnapshotDocs(expectedDir, 'findings')).find(
      (f) => f.code === keyFindingCodes.wantToContribute,
    )
    expect(published?.statement).toEqual(expected?.statement)
    expect(JSON.stringify(findings)).not.toContain('secret draft')
    expect(JSON.stringify(findings)).not.toContain('مسودة لم تنشر')
  })

  it('a seed that fails half-way writes nothing (one transaction)', async () => {
    const before = await counts()
    const model = documents.recommendations[0]
    if (!model) throw new Error('content/ has no recommendation to copy')
    const broken: SeedDocuments = {
      ...documents,
      themes: [
        ...documents.themes,
        { slug: 'new-theme', name: { ar: 'محور جديد', en: 'New theme' }, order: 99 },
      ],
      recommendations: [
        ...documents.recommendations,
        {
          ...model,
          code: 'AIE-Z1',
          number: 'Z.1',
          evidence: ['AIE-F404'],
        },
      ],
    }
    await expect(seedContent(payload, broken)).rejects.toThrow(UnresolvedRelationError)
    expect(await counts()).toEqual(before)
    const themes = await payload.find({
      collection: 'themes',
      where: { slug: { equals: 'new-theme' } },
    })
    expect(themes.totalDocs).toBe(0)
  })

  it('broken content files stop the seed before the CMS is opened: nothing is written', async () => {
    const before = await counts()
    let opened = false
    const seeding = seedFromContent(
      await materialiseContent('unknown-evidence', 'bad-date'),
      () => {
        opened = true
        return Promise.resolve(payload)
      },
    )
    await expect(seeding).rejects.toThrow(ContentValidationError)
    await expect(seeding).rejects.toThrow(/recommendations\.yaml:17 \[1\]\.evidence\[1\]/)
    expect(opened).toBe(false)
    expect(await counts()).toEqual(before)
  })
})
