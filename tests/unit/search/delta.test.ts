/**
 * The search delta (publish/src/outputs/search-delta.ts): which records a publish indexes beside
 * the live release's bundles, which of their pages it hides, and when it builds in full instead.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readSnapshot } from '@mahjar/publish/snapshot'
import { searchRecords, type SearchRecord } from '@mahjar/publish/outputs/search-records'
import { deltaShare, searchDelta, type SearchBase } from '@mahjar/publish/outputs/search-delta'
import { recordKey } from '@mahjar/publish/outputs/search-index'
import { fixtureSnapshotDir } from '../../helpers/site-build.ts'

let records: SearchRecord[]
let base: SearchBase

/** A base as a full index of `records` would describe it, with made-up page ids. */
const baseOf = (list: readonly SearchRecord[]): SearchBase => ({
  bundles: 1,
  pages: Object.fromEntries(
    list.map((record, i) => [record.url, [recordKey(record, 'normalised'), `page${String(i)}`]]),
  ),
})

const idOf = (url: string | undefined) => base.pages[url ?? '']?.[1]

beforeAll(async () => {
  records = searchRecords(await readSnapshot(fixtureSnapshotDir))
  base = baseOf(records)
})

describe('search delta', () => {
  it('holds a changed record and hides its page in the base', () => {
    const [first, ...rest] = records
    if (!first) throw new Error('no record')
    const changed = { ...first, content: `${first.content} edited` }
    const delta = searchDelta(base, [changed, ...rest], 'normalised')
    expect(delta?.records).toEqual([changed])
    expect(delta?.hidden).toEqual([idOf(first.url)])
  })

  it('holds a new record and hides nothing for it', () => {
    const added = { ...records[0], url: '/en/recommendations/new/' } as SearchRecord
    const delta = searchDelta(base, [...records, added], 'normalised')
    expect(delta).toEqual({ records: [added], hidden: [] })
  })

  it('hides the page of a record gone since the base (withdrawn, deleted)', () => {
    const [gone, ...rest] = records
    expect(searchDelta(base, rest, 'normalised')).toEqual({
      records: [],
      hidden: [idOf(gone?.url)],
    })
  })

  it('is measured against the base, not the release before: deltas do not stack', () => {
    const [first, second, ...rest] = records
    if (!first || !second) throw new Error('no records')
    const edit = (record: SearchRecord) => ({ ...record, content: `${record.content} edited` })
    const delta = searchDelta(base, [edit(first), edit(second), ...rest], 'normalised')
    expect(delta?.records.map((r) => r.url)).toEqual([first.url, second.url])
  })

  it('is none when nothing changed, when only the order did, or when too much changed', () => {
    expect(searchDelta(base, records, 'normalised')).toBeUndefined()
    expect(searchDelta(base, [...records].reverse(), 'normalised')).toBeUndefined()
    const many = Math.floor(records.length * deltaShare) + 1
    const edited = records.map((record, i) =>
      i < many ? { ...record, content: `${record.content} edited` } : record,
    )
    expect(searchDelta(base, edited, 'normalised')).toBeUndefined()
    expect(searchDelta(base, edited.slice(0, -many), 'normalised')).toBeUndefined()
    expect(searchDelta(base, edited.slice(1), 'normalised')).toBeUndefined()
  })

  it('changes with the index mode: a record indexed another way is another page', () => {
    expect(recordKey(records[0] as SearchRecord, 'default')).not.toBe(
      recordKey(records[0] as SearchRecord, 'normalised'),
    )
  })
})
