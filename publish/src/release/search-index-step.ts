/**
 * The release's search index, made the cheapest way that serves the same pages:
 * - every bundle taken from the live release when none of its records changed;
 * - else, when a few records changed, a delta over the live release's base
 *   (outputs/search-delta.ts), which a full index built in the background replaces
 *   (consolidate-search.ts);
 * - else the bundles whose records changed indexed again, the others taken from the live release.
 * Each release records its bundles' keys (`search-keys.json`) and what its base holds
 * (`search-base.json`) for the next one.
 */
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { ifMissing } from '@mahjar/shared/errors'
import { ParsedFiles } from '@mahjar/shared/parsed-files'
import {
  searchBundlesFile,
  searchDeltaFolder,
  searchIndexPath,
  type SearchBundles,
} from '@mahjar/shared/search-bundles'
import { env } from '../env.ts'
import type { KeyedFolder } from '../outputs/files.ts'
import {
  describeBase,
  pagesOf,
  searchBaseSchema,
  searchDelta,
  type SearchBase,
} from '../outputs/search-delta.ts'
import {
  closeSearchIndexer,
  searchBundle,
  searchBundles,
  writeSearchBundleList,
  type IndexMode,
} from '../outputs/search-index.ts'
import type { SearchRecord } from '../outputs/search-records.ts'
import type { Release } from './releases.ts'
import { makeReusing, recordedKeys, type Reused } from './reused-outputs.ts'

const mode: IndexMode = 'normalised'

/** Search index bundle folder → key (outputs/search-index.ts), for the next release to reuse. */
const searchKeysFile = (release: Release) => path.join(release.dir, 'search-keys.json')

/** What the release's bundles hold (outputs/search-delta.ts `SearchBase`). */
const searchBaseFile = (release: Release) => path.join(release.dir, 'search-base.json')

/**
 * Search bases this process wrote or read: each publish's delta is over the base the publish
 * before wrote (20,000 records at 10,000 recommendations).
 */
const baseFiles = new ParsedFiles<SearchBase | undefined>()

/** The base `release` recorded; undefined when it has none or it is damaged (no delta then). */
function recordedBase(release: Release): Promise<SearchBase | undefined> {
  return baseFiles.read(searchBaseFile(release), (text) => {
    try {
      return text === undefined ? undefined : searchBaseSchema.parse(JSON.parse(text))
    } catch {
      return undefined
    }
  })
}

/** The list in a release's index: whether it holds a delta the background rebuild is to replace. */
export async function hasSearchDelta(release: Release): Promise<boolean> {
  const file = path.join(release.siteDir, searchIndexPath, searchBundlesFile)
  const text = await readFile(file, 'utf8').catch(ifMissing('{}'))
  return (JSON.parse(text) as Partial<SearchBundles>).delta !== undefined
}

export interface SearchIndexBuild {
  readonly records: readonly SearchRecord[]
  /** The folder the site's outputs are written into (the index goes to its `/pagefind/`). */
  readonly outDir: string
  readonly next: Release
  /** The live release, when it was built with this code: bundles may come from it. */
  readonly previous: Release | undefined
  /** Whether a delta may stand in for a full index (not when replacing one). */
  readonly delta: boolean
}

/**
 * A bundle of the live release taken as it is (its key as recorded), never made here: one that
 * could not be taken (a file of it gone from the live release) is added to `lost`.
 */
function takenBundle(urlPath: string, recorded: string | undefined, lost: string[]): KeyedFolder {
  return {
    path: urlPath,
    key: recorded?.split(' ')[0] ?? '',
    make: () => {
      lost.push(urlPath)
      return Promise.resolve()
    },
  }
}

/**
 * A delta over the live release's base, or undefined when there is none to take or it would not
 * do (too many records changed, a bundle lost from the live release, a page id the delta shares
 * with the base): the caller then indexes in full.
 */
async function writeDelta(
  build: SearchIndexBuild,
  full: readonly KeyedFolder[],
  recorded: Record<string, string>,
) {
  const { previous, records, outDir, next } = build
  const base = previous && (await recordedBase(previous))
  if (!previous || !base || base.bundles !== full.length) return undefined
  const delta = searchDelta(base, records, mode)
  if (!delta) return undefined
  const deltaPath = `${searchIndexPath}${searchDeltaFolder}`
  const lost: string[] = []
  const folders = [
    ...full.map((bundle) => takenBundle(bundle.path, recorded[bundle.path], lost)),
    searchBundle(deltaPath, delta.records, mode),
  ]
  const indexDir = path.join(outDir, searchIndexPath)
  const made = await makeReusing(folders, outDir, { previous, next, keysFile: searchKeysFile })
  // Pagefind names a page by a short hash of it: a delta page named as a hidden one would hide.
  const hidden = new Set(delta.hidden)
  const deltaIds = [...(await pagesOf(path.join(indexDir, searchDeltaFolder))).keys()]
  if (lost.length > 0 || deltaIds.some((id) => hidden.has(id))) {
    await rm(indexDir, { recursive: true, force: true })
    return undefined
  }
  await writeSearchBundleList(indexDir, { bundles: full.length, delta: { hidden: delta.hidden } })
  await baseFiles.write(searchBaseFile(next), JSON.stringify(base), base)
  return { ...made, delta }
}

/** Builds the index into `outDir`'s `/pagefind/`; returns the build log's line on it. */
export async function buildSearchIndex(build: SearchIndexBuild): Promise<string> {
  const { records, outDir, next, previous } = build
  const full = searchBundles(records, mode, env.SEARCH_BUNDLE_RECORDS)
  const indexDir = path.join(outDir, searchIndexPath)
  const bundlesSaid = full.length === 1 ? '1 bundle' : `${String(full.length)} bundles`
  try {
    const recorded = previous ? await recordedKeys(searchKeysFile(previous)) : {}
    const unchanged = full.every((bundle) => recorded[bundle.path]?.split(' ')[0] === bundle.key)
    const delta = build.delta && !unchanged ? await writeDelta(build, full, recorded) : undefined
    if (delta) {
      return `${String(records.length)} records: a delta of ${String(delta.delta.records.length)} over the live release's ${bundlesSaid}, ${String(delta.delta.hidden.length)} of their pages hidden`
    }
    const { written, reused }: Reused = await makeReusing(full, outDir, {
      previous,
      next,
      keysFile: searchKeysFile,
    })
    await writeSearchBundleList(indexDir, { bundles: full.length })
    // Every bundle taken: the live release's base is this index.
    const taken = written === 0 && previous ? await recordedBase(previous) : undefined
    const kept = path.join(next.siteDir, searchIndexPath)
    const base = taken ?? (await describeBase(records, [indexDir, kept], full.length, mode))
    await baseFiles.write(searchBaseFile(next), JSON.stringify(base), base)
    return `${String(records.length)} records in ${bundlesSaid}: ${String(written)} indexed, ${String(reused)} from the live release`
  } finally {
    await closeSearchIndexer()
  }
}
