/**
 * Open data: every JSON file validates against its schema; every CSV starts with a byte order
 * mark and reads back (csv-parse) with the Arabic texts identical to the JSON. The follow-up file,
 * the recommendations' derived status and each row's translation state are checked on the fixture
 * snapshot, which has entries, untranslated texts and translations that lag.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  openDataFileSchema,
  openDataFollowUpFileSchema,
  openDataVersion,
} from '@mahjar/shared/schemas/open-data'
import { translationState } from '@mahjar/shared/translation-state'
import { dataCollections, urls } from '@mahjar/shared/urls'
import { buildOpenData } from '@mahjar/publish/outputs/open-data'
import { writeOutputFiles } from '@mahjar/publish/outputs/files'
import { toCsv } from '@mahjar/shared/csv'
import { readSnapshot } from '@mahjar/publish/snapshot'
import { fixtureSnapshotDir } from '../../helpers/site-build.ts'
import { keyFindingCodes, siteFixture } from '../../helpers/constants.ts'
import { publishedSnapshot, siteUrl } from './published-snapshot.ts'

describe('open data', () => {
  let dist: string
  beforeAll(async () => {
    const { snapshot } = await publishedSnapshot()
    dist = await mkdtemp(path.join(tmpdir(), 'mahjar-data-'))
    await writeOutputFiles(
      dist,
      buildOpenData(snapshot, {
        siteUrl,
        licence: 'CC-BY-4.0',
        generatedAt: '2026-11-21T10:00:00.000Z',
      }),
    )
  })

  const read = (url: string) => readFile(path.join(dist, url), 'utf8')

  it('writes a JSON file per collection that validates against its schema, with version and licence', async () => {
    for (const collection of dataCollections) {
      const data: unknown = JSON.parse(await read(urls.dataFile(collection, 'json')))
      const parsed = openDataFileSchema(collection).parse(data)
      expect(parsed.schemaVersion).toBe(openDataVersion)
      expect(parsed.licence.id).toBe('CC-BY-4.0')
      expect(parsed.docs.length, collection).toBeGreaterThan(0)
    }
  })

  it('publishes the JSON Schema with a $def per collection', async () => {
    const schema = JSON.parse(await read('/data/schema.json')) as {
      schemaVersion: number
      $defs: Record<string, unknown>
    }
    expect(schema.schemaVersion).toBe(openDataVersion)
    expect(Object.keys(schema.$defs).sort()).toEqual([...dataCollections, 'follow-up'].sort())
  })

  it('writes CSV with a byte order mark whose Arabic reads back identical to the JSON', async () => {
    const raw = await readFile(path.join(dist, urls.dataFile('findings', 'csv')))
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv<Record<string, string>>(raw, { bom: true, columns: true })
    const json = openDataFileSchema('findings').parse(
      JSON.parse(await read(urls.dataFile('findings', 'json'))),
    )
    expect(rows).toHaveLength(json.docs.length)
    const code = keyFindingCodes.leftBecauseOfRepression
    const row = rows.find((r) => r.code === code)
    const doc = json.docs.find((d) => d.code === code)
    expect(row?.['statement.ar']).toBe(doc?.statement.ar)
    expect(row?.['statement.ar']).toMatch(/[\u0600-\u06FF]{3,}/)
    expect(row?.['statement.en']).toBe(doc?.statement.en)
    expect(row?.['urls.ar']).toBe(`${siteUrl}/ar/findings/aie-f04/`)
    expect(row?.themes?.split('; ')).toEqual(doc?.themes)
  })

  it('writes every collection as CSV that parses with one row per document', async () => {
    for (const collection of dataCollections) {
      const raw = await readFile(path.join(dist, urls.dataFile(collection, 'csv')))
      const rows = parseCsv<Record<string, string>>(raw, { bom: true, columns: true })
      const json = JSON.parse(await read(urls.dataFile(collection, 'json'))) as { docs: unknown[] }
      expect(rows.length, collection).toBe(json.docs.length)
    }
  })

  it('quotes commas, quotes and line breaks so texts in both languages read back intact', () => {
    const doc = {
      code: 'AIE-F99',
      statement: {
        ar: 'قال «الناشطون»، بوضوح:\n"لا عودة"',
        en: 'They said, "no return",\r\nclearly',
      },
      themes: ['a', 'b'],
      corrections: [{ date: '2026-01-02', note: { ar: 'تصويب', en: 'fix' } }],
    }
    const rows = parseCsv<Record<string, string>>(toCsv([doc]), { bom: true, columns: true })
    expect(rows).toEqual([
      {
        code: 'AIE-F99',
        'statement.ar': doc.statement.ar,
        'statement.en': doc.statement.en,
        themes: 'a; b',
        corrections: JSON.stringify(doc.corrections),
      },
    ])
  })

  it('writes the follow-up files with their columns even before any entry exists', async () => {
    const json = openDataFollowUpFileSchema().parse(JSON.parse(await read('/data/follow-up.json')))
    expect(json.docs).toEqual([])
    const csv = await read('/data/follow-up.csv')
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFrecommendation,report,date,audience,body.ar,body.en,kind,status,statement.ar,statement.en,sources,findings,urls.ar,urls.en',
    )
  })
})

/** The open data of the fixture snapshot, written to a new temporary folder. */
async function fixtureOpenData(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mahjar-data-'))
  await writeOutputFiles(
    dir,
    buildOpenData(await readSnapshot(fixtureSnapshotDir), {
      siteUrl,
      licence: 'CC-BY-4.0',
      generatedAt: '2026-11-21T10:00:00.000Z',
    }),
  )
  return dir
}

describe('follow-up open data (fixture snapshot)', () => {
  let dist: string
  beforeAll(async () => {
    dist = await fixtureOpenData()
  })
  const read = (url: string) => readFile(path.join(dist, url), 'utf8')

  it('holds one row per entry, oldest first per recommendation, linking to the entry on its page', async () => {
    const json = openDataFollowUpFileSchema().parse(
      JSON.parse(await read(urls.followUpData('json'))),
    )
    expect(json.collection).toBe('follow-up')
    expect(json.docs.map((d) => [d.recommendation, d.date, d.kind, d.status])).toEqual([
      ['AIE-B1-11', '2026-03-02', 'response', 'supported'],
      ['AIE-B1-11', '2026-09-15', 'implementation', 'in-progress'],
      ['AIE-C2', '2026-05-20', 'response', 'noted'],
    ])
    const [supported, inProgress] = json.docs
    expect(supported?.audience).toBe('donors-ingos-and-governments')
    expect(supported?.body?.en).toBe('A donor fund (test example)')
    expect(supported?.statement.en).toMatch(/^\[Test data\]/)
    expect(supported?.sources[0]).toMatchObject({
      url: 'https://example.org/donor-statement',
      date: '2026-03-01',
    })
    expect(inProgress?.findings).toEqual(['AIE-F03'])
    expect(inProgress?.urls.ar).toBe(
      `${siteUrl}/ar/recommendations/aie-b1-11/#follow-up-2026-09-15`,
    )
  })

  it('writes the same rows as CSV, both languages, sources as JSON and findings joined', async () => {
    const rows = parseCsv<Record<string, string>>(
      await readFile(path.join(dist, urls.followUpData('csv'))),
      { bom: true, columns: true },
    )
    expect(rows.map((r) => `${r.recommendation ?? ''} ${r.status ?? ''}`)).toEqual([
      'AIE-B1-11 supported',
      'AIE-B1-11 in-progress',
      'AIE-C2 noted',
    ])
    expect(rows[0]?.['statement.ar']).toMatch(/^\[بيانات اختبارية\]/)
    expect(rows[0]?.['body.ar']).toBe('صندوق مانح (مثال اختباري)')
    expect(JSON.parse(rows[0]?.sources ?? '[]')).toHaveLength(1)
    expect(rows[1]?.findings).toBe('AIE-F03')
    expect(rows[2]?.audience).toBe('host-governments-and-international-actors')
  })

  it('gives every recommendation row its derived status and the date it holds from', async () => {
    const json = openDataFileSchema('recommendations').parse(
      JSON.parse(await read(urls.dataFile('recommendations', 'json'))),
    ) as { docs: { code: string; status?: string; statusAsOf?: string }[] }
    const status = (code: string) => {
      const doc = json.docs.find((d) => d.code === code)
      return [doc?.status, doc?.statusAsOf]
    }
    expect(status('AIE-B1-11')).toEqual(['in-progress', '2026-09-15'])
    expect(status('AIE-C2')).toEqual(['noted', '2026-05-20'])
    expect(status('AIE-A1')).toEqual(['none', undefined])
    const rows = parseCsv<Record<string, string>>(
      await readFile(path.join(dist, urls.dataFile('recommendations', 'csv'))),
      { bom: true, columns: true },
    )
    expect(rows.find((r) => r.code === 'AIE-B1-11')).toMatchObject({
      status: 'in-progress',
      statusAsOf: '2026-09-15',
    })
    expect(rows.find((r) => r.code === 'AIE-A1')).toMatchObject({ status: 'none', statusAsOf: '' })
  })

  it('refuses a recommendation row whose status is not a follow-up status', async () => {
    const file = JSON.parse(await read(urls.dataFile('recommendations', 'json'))) as {
      docs: Record<string, unknown>[]
    }
    const schema = openDataFileSchema('recommendations')
    expect(schema.safeParse(file).success).toBe(true)
    const bad = { ...file, docs: file.docs.map((doc) => ({ ...doc, status: 'done' })) }
    expect(schema.safeParse(bad).success).toBe(false)
  })
})

describe('translation state of a published document', () => {
  const statement = { ar: 'غادر 88% بسبب القمع.', en: '88% left because of repression.' }

  it('is complete in both languages when every text exists in both and nothing lags', () => {
    expect(translationState({ code: 'AIE-F99', statement, themes: ['funding'] })).toEqual({
      ar: 'complete',
      en: 'complete',
    })
  })

  it('is missing in a language that lacks any text the other has, however deep it sits', () => {
    const breakdown = [{ label: { ar: 'القمع' }, value: 90 }]
    expect(translationState({ statement, statistic: { value: 90, breakdown } })).toEqual({
      ar: 'complete',
      en: 'missing',
    })
    expect(translationState({ objectives: [statement, { en: 'Raise awareness' }] })).toEqual({
      ar: 'missing',
      en: 'complete',
    })
  })

  it('is outdated in the language translationLag names, whose dates are no text missing a language', () => {
    expect(translationState({ statement, translationLag: { en: '2026-11-30' } })).toEqual({
      ar: 'complete',
      en: 'outdated',
    })
  })

  it('is missing rather than outdated in a language that both lacks a text and lags in another', () => {
    expect(
      translationState({ statement, exhibit: { ar: '1-أ' }, translationLag: { en: '2026-11-30' } }),
    ).toEqual({ ar: 'complete', en: 'missing' })
  })
})

describe('translation state in the open data (fixture snapshot)', () => {
  let dist: string
  beforeAll(async () => {
    dist = await fixtureOpenData()
  })
  const json = async (collection: 'findings' | 'recommendations') =>
    openDataFileSchema(collection).parse(
      JSON.parse(await readFile(path.join(dist, urls.dataFile(collection, 'json')), 'utf8')),
    ).docs as { code: string; translation: unknown; translationLag?: unknown }[]
  const csv = async (collection: 'findings' | 'recommendations') =>
    parseCsv<Record<string, string>>(
      await readFile(path.join(dist, urls.dataFile(collection, 'csv'))),
      { bom: true, columns: true },
    )
  const lagging = siteFixture.findingLagging

  it('gives every row its state in each language: complete, missing or outdated', async () => {
    const findings = await json('findings')
    const state = (code: string) => findings.find((doc) => doc.code === code)?.translation
    expect(state(siteFixture.findingWithBase)).toEqual({ ar: 'complete', en: 'complete' })
    expect(state(siteFixture.findingArabicOnly)).toEqual({ ar: 'complete', en: 'missing' })
    expect(state(lagging.code)).toEqual({ ar: 'complete', en: 'outdated' })
    expect(findings.find((doc) => doc.code === lagging.code)?.translationLag).toEqual({
      en: lagging.since,
    })
    const recommendations = await json('recommendations')
    const recommendationState = (code: string) =>
      recommendations.find((doc) => doc.code === code)?.translation
    expect(recommendationState(siteFixture.recommendationEnglishOnly)).toEqual({
      ar: 'missing',
      en: 'complete',
    })
    expect(recommendationState(siteFixture.recommendationLagging.code)).toEqual({
      ar: 'outdated',
      en: 'complete',
    })
  })

  it('writes the states as translation.ar and translation.en columns, and the lag day beside them', async () => {
    const rows = await csv('findings')
    const row = (code: string) => rows.find((r) => r.code === code)
    expect(row(lagging.code)).toMatchObject({
      'translation.ar': 'complete',
      'translation.en': 'outdated',
      'translationLag.en': lagging.since,
    })
    expect(row(siteFixture.findingArabicOnly)).toMatchObject({
      'translation.ar': 'complete',
      'translation.en': 'missing',
      'translationLag.en': '',
    })
    expect((await csv('recommendations')).find((r) => r.code === 'AIE-C2')).toMatchObject({
      'translation.ar': 'missing',
      'translation.en': 'complete',
    })
  })

  it('refuses a row whose translation state is not one of the three', async () => {
    const file = JSON.parse(
      await readFile(path.join(dist, urls.dataFile('findings', 'json')), 'utf8'),
    ) as { docs: Record<string, unknown>[] }
    const schema = openDataFileSchema('findings')
    expect(schema.safeParse(file).success).toBe(true)
    const bad = {
      ...file,
      docs: file.docs.map((doc) => ({ ...doc, translation: { ar: 'complete', en: 'partial' } })),
    }
    expect(schema.safeParse(bad).success).toBe(false)
  })
})
