/**
 * The search index's bundles (publish/src/outputs/search-index.ts): how many, which record goes
 * where, and the keys that let a publish take an unchanged bundle from the live release.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { readSnapshot } from '@mahjar/publish/snapshot'
import { searchRecords, type SearchRecord } from '@mahjar/publish/outputs/search-records'
import { searchBundleCount, searchBundles } from '@mahjar/publish/outputs/search-index'
import { fixtureSnapshotDir } from '../../helpers/site-build.ts'

let records: SearchRecord[]

beforeAll(async () => {
  records = searchRecords(await readSnapshot(fixtureSnapshotDir))
})

/** Each bundle's records, as the bundle's `make` would index them (by their key's change). */
const keysOf = (list: readonly SearchRecord[], perBundle: number) =>
  searchBundles(list, 'normalised', perBundle).map((bundle) => bundle.key)

describe('search index bundles', () => {
  it('are one unless a size is set, then one until the records outgrow a bundle, then double', () => {
    expect(searchBundleCount(20_226, undefined)).toBe(1)
    expect(searchBundleCount(0, 6000)).toBe(1)
    expect(searchBundleCount(6000, 6000)).toBe(1)
    expect(searchBundleCount(6001, 6000)).toBe(2)
    expect(searchBundleCount(20_226, 6000)).toBe(4)
    expect(searchBundleCount(24_001, 6000)).toBe(8)
  })

  it('live at /pagefind/<n>/ and have the same keys for the same records', () => {
    const bundles = searchBundles(records, 'normalised', 6)
    expect(bundles.map((bundle) => bundle.path)).toEqual(
      Array.from({ length: bundles.length }, (_, n) => `/pagefind/${String(n)}/`),
    )
    expect(bundles.length).toBe(searchBundleCount(records.length, 6))
    expect(keysOf(records, 6)).toEqual(keysOf([...records], 6))
    expect(keysOf(records, 6)).not.toEqual(
      searchBundles(records, 'default', 6).map((bundle) => bundle.key),
    )
  })

  it('change only the key of the bundle that holds a changed document, both languages of it', () => {
    const before = keysOf(records, 6)
    const [first] = records
    if (!first) throw new Error('the fixture has no search record')
    const edited = records.map((record) =>
      record.meta.key === first.meta.key && record.meta.type === first.meta.type
        ? { ...record, content: `${record.content} edited` }
        : record,
    )
    const after = keysOf(edited, 6)
    const changed = after.flatMap((key, n) => (key === before[n] ? [] : [n]))
    expect(changed).toHaveLength(1)
    expect(before.length).toBeGreaterThan(2)
  })
})
