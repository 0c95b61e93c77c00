/**
 * How a release's search index is made (publish/src/release/search-index-step.ts), on the
 * fixture's records with real Pagefind and real release folders: every bundle taken when nothing
 * changed, a delta when a record did, the full index when the live release lost a file of a
 * bundle or when a delta is being replaced.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SearchBase } from '@mahjar/publish/outputs/search-delta'
import { recordKey } from '@mahjar/publish/outputs/search-index'
import { searchRecords, type SearchRecord } from '@mahjar/publish/outputs/search-records'
import { releaseAt, type Release } from '@mahjar/publish/release/releases'
import { buildSearchIndex } from '@mahjar/publish/release/search-index-step'
import { readSnapshot } from '@mahjar/publish/snapshot'
import type { SearchBundles } from '@mahjar/shared/search-bundles'
import { folderDigest } from '../../helpers/release-build.ts'
import { fixtureSnapshotDir } from '../../helpers/site-build.ts'

let records: SearchRecord[]
let edited: SearchRecord[]
let releasesDir: string

beforeAll(async () => {
  records = searchRecords(await readSnapshot(fixtureSnapshotDir))
  const [first, ...rest] = records
  if (!first) throw new Error('the fixture has no search record')
  edited = [{ ...first, content: `${first.content} edited` }, ...rest]
})

beforeEach(() => {
  releasesDir = mkdtempSync(path.join(tmpdir(), 'mahjar-search-step-'))
})

afterEach(() => {
  rmSync(releasesDir, { recursive: true, force: true })
})

function release(id: string): Release {
  const made = releaseAt(releasesDir, id)
  mkdirSync(made.dir, { recursive: true })
  return made
}

/** Builds `list`'s index into `next`'s site on `previous`; returns the log line. */
const build = (list: SearchRecord[], next: Release, previous?: Release, delta = true) =>
  buildSearchIndex({ records: list, outDir: next.siteDir, next, previous, delta })

const bundlesOf = (r: Release) =>
  JSON.parse(
    readFileSync(path.join(r.siteDir, 'pagefind', 'bundles.json'), 'utf8'),
  ) as SearchBundles
const baseOf = (r: Release) =>
  JSON.parse(readFileSync(path.join(r.dir, 'search-base.json'), 'utf8')) as SearchBase

describe('a release search index', () => {
  it('takes every bundle from the live release when no record changed', async () => {
    const live = release('a')
    await build(records, live)
    const next = release('b')
    expect(await build(records, next, live)).toMatch(/in 1 bundle: 0 indexed, 1 from the live/)
    expect(bundlesOf(next)).toEqual({ bundles: 1 })
    expect(baseOf(next)).toEqual(baseOf(live))
  })

  it('is a delta over the live release when a record changed, hiding its old page', async () => {
    const live = release('a')
    await build(records, live)
    const before = folderDigest(live.dir)
    const next = release('b')
    expect(await build(edited, next, live)).toMatch(
      /a delta of 1 over the live release's 1 bundle, 1 of their pages hidden/,
    )
    const url = records[0]?.url ?? ''
    expect(bundlesOf(next).delta?.hidden).toEqual([baseOf(live).pages[url]?.[1]])
    expect(existsSync(path.join(next.siteDir, 'pagefind', 'delta', 'pagefind.js'))).toBe(true)
    expect(baseOf(next)).toEqual(baseOf(live))
    expect(folderDigest(live.dir)).toBe(before)
  })

  it('is built in full when the live release lost a file of a bundle, the live release untouched', async () => {
    const live = release('a')
    await build(records, live)
    const fragments = path.join(live.siteDir, 'pagefind', '0', 'fragment')
    rmSync(path.join(fragments, readdirSync(fragments)[0] ?? ''))
    const before = folderDigest(live.dir)
    const next = release('b')
    expect(await build(edited, next, live)).toMatch(/in 1 bundle: 1 indexed, 0 from the live/)
    expect(bundlesOf(next)).toEqual({ bundles: 1 })
    expect(existsSync(path.join(next.siteDir, 'pagefind', 'delta'))).toBe(false)
    expect(folderDigest(live.dir)).toBe(before)
  })

  it('replaces a delta with the full index, which becomes the next base', async () => {
    const live = release('a')
    await build(records, live)
    const withDelta = release('b')
    await build(edited, withDelta, live)
    const full = release('c')
    expect(await build(edited, full, withDelta, false)).toMatch(/in 1 bundle: 1 indexed/)
    const fresh = release('d')
    await build(edited, fresh)
    expect(folderDigest(path.join(full.siteDir, 'pagefind'))).toBe(
      folderDigest(path.join(fresh.siteDir, 'pagefind')),
    )
    const first = edited[0] as SearchRecord
    expect(baseOf(full).pages[first.url]?.[0]).toBe(recordKey(first, 'normalised'))
  })
})
