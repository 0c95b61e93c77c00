/**
 * Writes the site's search index from search records: one or more Pagefind bundles (one index per
 * language in each), every record in the bundle its document's key hashes to; a publish
 * re-indexes only the bundles whose records changed (the page searches them as one:
 * shared/src/search-bundles.ts). One bundle unless SEARCH_BUNDLE_RECORDS says otherwise: then a
 * publish that changes no record still takes the index from the live release.
 * - `normalised` (ours): Pagefind indexes the Arabic-normalised text with every proclitic variant
 *   (shared/src/arabic.ts); the page normalises the query the same way.
 * - `default`: Pagefind indexes the original text, as its HTML indexing would; kept only to measure
 *   ours against it (scripts/bench/bench-search.ts).
 * Either way the metadata holds the original text the page shows and highlights (marked when it
 * is the other language's, not translated yet).
 */
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { variantsOnly } from '@mahjar/shared/arabic'
import { escapeMarkup } from '@mahjar/shared/markup'
import {
  searchBundleFolder,
  searchBundlesFile,
  searchIndexPath,
  type SearchBundles,
} from '@mahjar/shared/search-bundles'
import type { SearchFilters, SearchMeta } from '@mahjar/shared/search'
import { env } from '../env.ts'
import { readSnapshot } from '../snapshot.ts'
import type { KeyedFolder } from './files.ts'
import { searchRecords, type SearchRecord } from './search-records.ts'

export type IndexMode = 'normalised' | 'default'

/** Characters of the record text kept in metadata for excerpts (the index holds it all). */
const metaTextLimit = 1_200

/** Files handed to Pagefind at once. */
const indexingWindow = 200

/** Weight of the other forms of a word against the word as written (Pagefind's default is 1). */
export const variantWeight = 0.05
/** Pagefind's weight of an `<h1>`: title variants keep the title's lead over the text. */
const headingWeight = 7

function metaElements(meta: SearchMeta): string {
  const text =
    meta.text.length > metaTextLimit ? `${meta.text.slice(0, metaTextLimit)}…` : meta.text
  const fields = Object.entries({ ...meta, text }).filter(
    (field): field is [string, string] => typeof field[1] === 'string',
  )
  return fields
    .map(([key, value]) => `<span data-pagefind-meta="${key}">${escapeMarkup(value)}</span>`)
    .join('')
}

function filterElements(filters: SearchFilters): string {
  return Object.entries(filters)
    .flatMap(([key, values]) =>
      values.map((value) => `<span data-pagefind-filter="${key}">${escapeMarkup(value)}</span>`),
    )
    .join('')
}

/**
 * The document Pagefind indexes for a record: the title as a heading and the text as written
 * (as Pagefind's HTML indexing of the page would see them); ours adds, in a low-weight block,
 * every other form of each word (spelling-normalised, without proclitics), so a normalised query
 * finds the word however it is written while the word as written still ranks first. Metadata and filters sit in an
 * ignored block: they are read, not indexed.
 */
export function recordHtml(record: SearchRecord, mode: IndexMode): string {
  const { title } = record.meta
  const text = record.content
  const variants = (source: string, weight: number) =>
    `<p data-pagefind-weight="${weight}">${escapeMarkup(variantsOnly(source))}</p>`
  const body =
    `<h1>${escapeMarkup(title)}</h1><p>${escapeMarkup(text)}</p>` +
    (mode === 'normalised'
      ? variants(title, headingWeight * variantWeight) + variants(text, variantWeight)
      : '')
  return (
    `<!doctype html><html lang="${record.language}"><head><meta charset="utf-8"></head>` +
    `<body><main data-pagefind-body>${body}` +
    `<div data-pagefind-ignore>${metaElements(record.meta)}${filterElements(record.filters)}</div>` +
    `</main></body></html>`
  )
}

function failOn(errors: string[], what: string): void {
  if (errors.length > 0) throw new Error(`Pagefind ${what} failed:\n  - ${errors.join('\n  - ')}`)
}

export interface WriteIndexResult {
  readonly records: number
  readonly outputPath: string
}

async function writeSearchIndex(
  records: readonly SearchRecord[],
  outputPath: string,
  mode: IndexMode,
): Promise<WriteIndexResult> {
  const { index, errors } = await pagefind.createIndex({})
  failOn(errors, 'createIndex')
  if (!index) throw new Error('Pagefind createIndex returned no index')
  try {
    // Pagefind's service indexes in parallel: keep a window of files in flight, not one.
    for (let start = 0; start < records.length; start += indexingWindow) {
      const batch = records.slice(start, start + indexingWindow)
      const added = await Promise.all(
        batch.map((record) =>
          index.addHTMLFile({ url: record.url, content: recordHtml(record, mode) }),
        ),
      )
      added.forEach((result, i) => {
        failOn(result.errors, `indexing ${batch[i]?.url ?? '?'}`)
      })
    }
    const written = await index.writeFiles({ outputPath })
    failOn(written.errors, `writing ${outputPath}`)
    return { records: records.length, outputPath: written.outputPath }
  } finally {
    await index.deleteIndex()
  }
}

export async function closeSearchIndexer(): Promise<void> {
  await pagefind.close()
}

/**
 * How many bundles `records` records go into: one without `perBundle`; else a power of two, so
 * that the count (and with it every bundle) changes only when the index doubles or halves, with
 * at most `perBundle` records in each on average. Pagefind ranks with each bundle's own word
 * statistics, so bundles rank differently from one index (env.ts, SEARCH_BUNDLE_RECORDS).
 */
export function searchBundleCount(records: number, perBundle: number | undefined): number {
  if (perBundle === undefined) return 1
  let count = 1
  while (records / count > perBundle) count *= 2
  return count
}

/** The bundle a record goes into: its document's, so both languages of a document share one. */
function bundleOf(record: SearchRecord, count: number): number {
  if (count === 1) return 0
  const hash = createHash('sha256').update(`${record.meta.type}/${record.meta.key}`).digest()
  return hash.readUInt32BE(0) % count
}

/** Each record's key, by mode, made once: a publish asks for every one twice (bundle, delta). */
const recordKeys = new WeakMap<SearchRecord, Map<IndexMode, string>>()

/** A record's key: everything its page in the index comes from (the mode and the record). */
export function recordKey(record: SearchRecord, mode: IndexMode): string {
  let keys = recordKeys.get(record)
  if (!keys) recordKeys.set(record, (keys = new Map<IndexMode, string>()))
  let key = keys.get(mode)
  if (key === undefined) {
    key = createHash('sha256')
      .update(mode)
      .update(JSON.stringify(record))
      .digest('hex')
      .slice(0, 32)
    keys.set(mode, key)
  }
  return key
}

/**
 * A bundle of `records` at `urlPath`, not yet written, with a key of everything its files come
 * from (the mode and its records' keys, in order), for a release to take it unchanged from the
 * live one (release/reused-outputs.ts `makeReusing`). Hashing the records' own keys, which the
 * delta needs too, instead of all their text again saved 0.9 s of each publish at 10,000
 * recommendations.
 */
export function searchBundle(
  urlPath: string,
  records: readonly SearchRecord[],
  mode: IndexMode,
): KeyedFolder {
  const key = createHash('sha256').update(mode)
  for (const record of records) key.update(recordKey(record, mode))
  return {
    path: urlPath,
    key: key.digest('hex'),
    make: async (target) => {
      await writeSearchIndex(records, target, mode)
    },
  }
}

/** The index's bundles from `records`, not yet written (`searchBundle`). */
export function searchBundles(
  records: readonly SearchRecord[],
  mode: IndexMode,
  perBundle: number | undefined,
): KeyedFolder[] {
  const count = searchBundleCount(records.length, perBundle)
  const shares = Array.from({ length: count }, (): SearchRecord[] => [])
  for (const record of records) shares[bundleOf(record, count)]?.push(record)
  return shares.map((share, n) =>
    searchBundle(`${searchIndexPath}${searchBundleFolder(n)}`, share, mode),
  )
}

/** Writes the list of bundles (and of a delta's hidden pages) beside them, in the index folder. */
export async function writeSearchBundleList(
  outputPath: string,
  list: SearchBundles,
): Promise<void> {
  // Made here when every bundle was taken from the live release's copy (none linked into it).
  await mkdir(outputPath, { recursive: true })
  await writeFile(path.join(outputPath, searchBundlesFile), JSON.stringify(list))
}

/**
 * Every bundle of `records` and their list into the index folder `outputPath` (which the site
 * serves at `/pagefind/`). Pagefind's service stays open for the caller to close.
 */
export async function writeSearchBundles(
  records: readonly SearchRecord[],
  outputPath: string,
  mode: IndexMode,
  perBundle: number | undefined,
): Promise<number> {
  const bundles = searchBundles(records, mode, perBundle)
  await Promise.all(
    bundles.map((bundle, n) => bundle.make(path.join(outputPath, searchBundleFolder(n)))),
  )
  await writeSearchBundleList(outputPath, { bundles: bundles.length })
  return bundles.length
}

/**
 * The site's search index from a published snapshot, the one way the `search:index` script and
 * the tests make it (the release build takes unchanged bundles from the live release:
 * release/build-steps.ts), then Pagefind's service closed. Returns the records indexed.
 */
export async function indexSnapshot(
  snapshotDir: string,
  outputPath: string,
  mode: IndexMode,
  perBundle = env.SEARCH_BUNDLE_RECORDS,
): Promise<SearchRecord[]> {
  const records = searchRecords(await readSnapshot(snapshotDir))
  try {
    await writeSearchBundles(records, outputPath, mode, perBundle)
  } finally {
    await closeSearchIndexer()
  }
  return records
}
