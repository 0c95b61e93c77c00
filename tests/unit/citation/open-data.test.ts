/**
 * Open data: every JSON file validates against its schema; every CSV starts with a byte order
 * mark and reads back (csv-parse) with the Arabic texts identical to the JSON.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDataFileSchema, openDataVersion } from '@mahjar/shared/schemas/open-data'
import { dataCollections, urls } from '@mahjar/shared/urls'
import { buildOpenData } from '@mahjar/scripts/lib/citation/open-data'
import { writeOutputFiles } from '@mahjar/scripts/lib/citation/files'
import { toCsv } from '@mahjar/scripts/lib/citation/csv'
import { keyFindingCodes } from '../../helpers/constants.ts'
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
    expect(Object.keys(schema.$defs).sort()).toEqual([...dataCollections].sort())
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
})
