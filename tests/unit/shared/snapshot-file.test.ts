/**
 * The one snapshot reader (`@mahjar/shared/snapshot-file`): a missing, malformed or invalid
 * file is an error naming the file, and for a document its key and field, never an empty list.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readCollectionFile } from '@mahjar/publish/snapshot'
import { SnapshotReadError } from '@mahjar/shared/snapshot-file'
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
