/**
 * A delta over the search index: when a publish changes a few search records, the release takes
 * the live release's bundles as they are and adds a small bundle of the changed and new records;
 * the pages of the bundles those records replace or remove are listed as hidden, and the page
 * never shows them (shared/src/search-bundles.ts). Indexing 20,226 records takes Pagefind 28–37 s;
 * a delta of a few takes well under a second.
 *
 * The bundles a delta sits on are its base. Each release records what its base holds
 * (`SearchBase`): every record's key and the Pagefind page id it has there. A delta is always
 * taken against the base, so deltas do not stack: the next publish's delta holds every record
 * that differs from the base. A full index is built in the background after a delta goes live
 * (release/consolidate-search.ts) and becomes the next base.
 *
 * Pagefind ranks the delta's pages with the delta's own word statistics, so until the full index
 * replaces it an edited page may rank differently from a full index; it is found by the same
 * queries (tests/e2e/release/incremental-equivalence.e2e.test.ts).
 */
import { existsSync } from 'node:fs'
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { z } from 'zod'
import { ifMissing } from '@mahjar/shared/errors'
import { searchBundleFolder } from '@mahjar/shared/search-bundles'
import { recordKey, type IndexMode } from './search-index.ts'
import type { SearchRecord } from './search-records.ts'

/** The largest delta, as a share of the base's records: past it the index is built in full. */
export const deltaShare = 0.1

/** What a release's index bundles hold: URL → the record's key and its Pagefind page id. */
export const searchBaseSchema = z.object({
  bundles: z.number().int().positive(),
  pages: z.record(z.string(), z.tuple([z.string(), z.string()])),
})

export type SearchBase = z.infer<typeof searchBaseSchema>

/** Pagefind's fragment files start with this before their JSON. */
const fragmentPrefix = 'pagefind_dcd'

export interface IndexedPage {
  readonly url: string
  /** The page's fragment as Pagefind wrote it: its URL, text, metadata and filters. */
  readonly fragment: string
}

/** Every page in the Pagefind bundle at `bundleDir`, by page id (its fragment files). */
export async function pagesOf(bundleDir: string): Promise<Map<string, IndexedPage>> {
  const folder = path.join(bundleDir, 'fragment')
  const names = await readdir(folder).catch(ifMissing([]))
  const pages = new Map<string, IndexedPage>()
  for (const name of names) {
    const text = gunzipSync(await readFile(path.join(folder, name))).toString('utf8')
    const fragment = text.startsWith(fragmentPrefix) ? text.slice(fragmentPrefix.length) : text
    const { url } = JSON.parse(fragment) as { url?: unknown }
    if (typeof url !== 'string') throw new Error(`Pagefind fragment without a URL: ${name}`)
    pages.set(name.replace(/\.pf_fragment$/, ''), { url, fragment })
  }
  return pages
}

/**
 * What the `bundles` bundles from `records` hold, each read from the first of `indexDirs` that
 * has it (a bundle taken from the live release may lie in the release's copy of its site:
 * release/standby.ts).
 */
export async function describeBase(
  records: readonly SearchRecord[],
  indexDirs: readonly string[],
  bundles: number,
  mode: IndexMode,
): Promise<SearchBase> {
  const ids = new Map<string, string>()
  for (let n = 0; n < bundles; n += 1) {
    const folders = indexDirs.map((dir) => path.join(dir, searchBundleFolder(n)))
    const folder = folders.find((candidate) => existsSync(candidate)) ?? folders[0] ?? ''
    for (const [id, { url }] of await pagesOf(folder)) ids.set(url, id)
  }
  const pages: SearchBase['pages'] = {}
  for (const record of records) {
    const id = ids.get(record.url)
    // A record Pagefind left out has nothing to hide: a later delta indexes it as new.
    if (id !== undefined) pages[record.url] = [recordKey(record, mode), id]
  }
  return { bundles, pages }
}

export interface SearchDelta {
  /** The records to index in the delta bundle: new, or changed since the base. */
  readonly records: SearchRecord[]
  /** The base's pages they replace, and of records gone since. */
  readonly hidden: string[]
}

/**
 * The delta from `base` to `records`, or undefined (the index is then built in full) when it
 * would be larger than `deltaShare` of the base, or empty.
 */
export function searchDelta(
  base: SearchBase,
  records: readonly SearchRecord[],
  mode: IndexMode,
): SearchDelta | undefined {
  const changed: SearchRecord[] = []
  const hidden: string[] = []
  const current = new Set<string>()
  for (const record of records) {
    current.add(record.url)
    const before = base.pages[record.url]
    if (before?.[0] === recordKey(record, mode)) continue
    changed.push(record)
    if (before) hidden.push(before[1])
  }
  let removed = 0
  for (const [url, [, id]] of Object.entries(base.pages)) {
    if (current.has(url)) continue
    hidden.push(id)
    removed += 1
  }
  const size = changed.length + removed
  // None: the records are the base's in another order, which a full index reflects.
  if (size === 0 || size > Object.keys(base.pages).length * deltaShare) return undefined
  return { records: changed, hidden }
}
