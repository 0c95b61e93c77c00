/**
 * The one snapshot reader (`@mahjar/shared/snapshot-file`): a missing, malformed or invalid
 * file is an error naming the file, and for a document its key and field, never an empty list.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCollectionFile } from '@mahjar/publish/snapshot'
import { readSnapshot } from '@mahjar/publish/snapshot'
import {
  docsSpans,
  readSnapshotFileReusing,
  SnapshotReadError,
  type KnownDocuments,
} from '@mahjar/shared/snapshot-file'
import { snapshotFileSchema } from '@mahjar/shared/schemas/snapshot'
import { fixtureSnapshotDir } from '../../helpers/site-build.ts'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mahjar-snapshot-file-'))
  cpSync(fixtureSnapshotDir, dir, { recursive: true })
})

afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('reading a snapshot file', () => {
  it('reads and validates a collection', async () => {
    const { docs } = await readCollectionFile(dir, 'findings')
    expect(docs.length).toBeGreaterThan(0)
    expect(docs.every((doc) => typeof doc.code === 'string')).toBe(true)
  })

  it('names the missing file', async () => {
    rmSync(path.join(dir, 'findings.json'))
    const read = readCollectionFile(dir, 'findings')
    await expect(read).rejects.toBeInstanceOf(SnapshotReadError)
    await expect(read).rejects.toThrow(/Cannot read the snapshot's findings .*findings\.json/)
  })

  it('names a file that is not JSON', async () => {
    writeFileSync(path.join(dir, 'findings.json'), '{ "docs": [')
    await expect(readCollectionFile(dir, 'findings')).rejects.toThrow(
      /Cannot read the snapshot's findings .*findings\.json/,
    )
  })

  it('names the document by its key and the field', async () => {
    const file = path.join(dir, 'findings.json')
    const raw = JSON.parse(readFileSync(file, 'utf8')) as {
      docs: { code: string; statement: unknown }[]
    }
    const first = raw.docs[0]
    if (!first) throw new Error('the fixture has no finding')
    first.statement = 42
    writeFileSync(file, JSON.stringify(raw))
    await expect(readCollectionFile(dir, 'findings')).rejects.toThrow(
      new RegExp(
        `Invalid findings in .*findings\\.json:\\n  docs\\[0\\] \\(${first.code}\\) statement`,
      ),
    )
  })
})

describe('reading a collection again (the warm engine)', () => {
  const schema = snapshotFileSchema('findings')
  const schemas = { file: schema, doc: schema.shape.docs.element }
  const options = { what: 'findings', nameOf: (doc: Record<string, unknown>) => String(doc.code) }
  const file = () => path.join(dir, 'findings.json')
  const rewrite = (change: (raw: { docs: Record<string, unknown>[] }) => void, indent = 2) => {
    const raw = JSON.parse(readFileSync(file(), 'utf8')) as { docs: Record<string, unknown>[] }
    change(raw)
    writeFileSync(file(), JSON.stringify(raw, null, indent))
  }

  it('finds each document of the docs array, however the file is laid out', () => {
    const text =
      '{"collection":"docs","docs" :\n [ {"a":"x\\"}]"} , 2,"[",\n[]],"after":{"docs":[]}}'
    const bytes = Buffer.from(text)
    const spans = docsSpans(bytes)
    const shown = (from: number, to: number) => bytes.subarray(from, to).toString()
    expect(spans?.items.map(([from, to]) => shown(from, to))).toEqual([
      '{"a":"x\\"}]"}',
      '2',
      '"["',
      '[]',
    ])
    expect(spans && shown(spans.from, spans.to)).toBe('[ {"a":"x\\"}]"} , 2,"[",\n[]]')
    const arabic = Buffer.from('{"docs":[{"t":"نص \\" عربي"},{"t":"ب"}]}')
    expect(
      docsSpans(arabic)?.items.map(([from, to]) => arabic.subarray(from, to).toString()),
    ).toEqual(['{"t":"نص \\" عربي"}', '{"t":"ب"}'])
    expect(docsSpans(Buffer.from('{"docs":[]}'))?.items).toEqual([])
    expect(docsSpans(Buffer.from('{"docs": 3}'))).toBeUndefined()
    expect(docsSpans(Buffer.from('{"docs":[{"a":1}'))).toBeUndefined()
  })

  it('hands back an unchanged document as the object it read before, and reads a changed one', async () => {
    rewrite(() => undefined)
    const known: KnownDocuments = new Map()
    const first = await readSnapshotFileReusing(dir, 'findings.json', schemas, options, known)
    expect(first).toEqual(await readCollectionFile(dir, 'findings'))
    rewrite((raw) => {
      const doc = raw.docs[1] as { statement: { en: string } }
      doc.statement.en += ' (edited)'
    })
    const second = await readSnapshotFileReusing(dir, 'findings.json', schemas, options, known)
    expect(second).toEqual(await readCollectionFile(dir, 'findings'))
    expect(second.docs[0]).toBe(first.docs[0])
    expect(second.docs[1]).not.toBe(first.docs[1])
    expect(second.docs[1]?.statement.en).toMatch(/\(edited\)$/)
    expect(second.docs.slice(2).every((doc, index) => doc === first.docs[index + 2])).toBe(true)
  })

  it('gives a file read again with the same bytes its documents, and one changed back its own', async () => {
    const known: KnownDocuments = new Map()
    const first = await readSnapshotFileReusing(dir, 'findings.json', schemas, options, known)
    const again = await readSnapshotFileReusing(dir, 'findings.json', schemas, options, known)
    expect(again).toEqual(first)
    expect(again.docs.every((doc, index) => doc === first.docs[index])).toBe(true)
    // A list of its own: a caller sorting it leaves the next read's as the file has it.
    expect(again.docs).not.toBe(first.docs)
    rewrite((raw) => {
      raw.docs.reverse()
    })
    const reversed = await readSnapshotFileReusing(dir, 'findings.json', schemas, options, known)
    expect(reversed.docs.map((doc) => doc.code)).toEqual(
      first.docs.map((doc) => doc.code).reverse(),
    )
  })

  it('gives a file whose envelope alone moved (a new export) the documents read before', async () => {
    rewrite(() => undefined)
    const known: KnownDocuments = new Map()
    const first = await readSnapshotFileReusing(dir, 'findings.json', schemas, options, known)
    // Another export time, of another length: the documents lie further on in the file.
    rewrite((raw) => {
      Object.assign(raw, { generatedAt: '2027-01-02T03:04:05.6Z' })
    })
    const next = await readSnapshotFileReusing(dir, 'findings.json', schemas, options, known)
    expect(next).toEqual(await readCollectionFile(dir, 'findings'))
    expect(next.generatedAt).toBe('2027-01-02T03:04:05.6Z')
    expect(next.docs.every((doc, index) => doc === first.docs[index])).toBe(true)
    // One document more after the same ones: read, the others still the objects read before.
    rewrite((raw) => {
      const copy = structuredClone(raw.docs[0]) as Record<string, unknown>
      raw.docs.push({ ...copy, code: 'AIE-F99' })
    })
    const longer = await readSnapshotFileReusing(dir, 'findings.json', schemas, options, known)
    expect(longer).toEqual(await readCollectionFile(dir, 'findings'))
    expect(longer.docs.map((doc) => doc.code).at(-1)).toBe('AIE-F99')
    expect(longer.docs.slice(0, -1).every((doc, index) => doc === first.docs[index])).toBe(true)
  })

  it('reports an invalid document as a whole read does, though the others are known', async () => {
    const known: KnownDocuments = new Map()
    await readSnapshotFileReusing(dir, 'findings.json', schemas, options, known)
    rewrite((raw) => {
      const doc = raw.docs[2] as { statement: unknown }
      doc.statement = 42
    })
    const whole = await readCollectionFile(dir, 'findings').catch((error: unknown) => error)
    expect(whole).toBeInstanceOf(SnapshotReadError)
    await expect(
      readSnapshotFileReusing(dir, 'findings.json', schemas, options, known),
    ).rejects.toThrow((whole as Error).message)
  })

  it('reads a snapshot written on one line as the same documents', async () => {
    const pretty = await readSnapshot(dir)
    rewrite(() => undefined, 0)
    const other = mkdtempSync(path.join(tmpdir(), 'mahjar-snapshot-file-'))
    try {
      cpSync(dir, other, { recursive: true })
      expect(await readSnapshot(other)).toEqual(pretty)
    } finally {
      rmSync(other, { recursive: true, force: true })
    }
  })
})
