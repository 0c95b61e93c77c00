/**
 * The shipped publishing pipeline as the CMS's rebuild job runs it: `scripts/build-site.ts
 * --snapshot <dir>` into a releases folder, on the seed corpus's editorial pages.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { pagesOf } from '@mahjar/publish/outputs/search-delta'
import {
  searchBundleFolder,
  searchBundlesFile,
  searchDeltaFolder,
  searchIndexPath,
  type SearchBundles,
} from '@mahjar/shared/search-bundles'
import { publishCommand } from '@mahjar/scripts/lib/engine-commands'
import { fromRoot } from './paths.ts'
import { testRecordsPerBundle } from './search-page.ts'
import { testSiteUrl } from './site-build.ts'

const scriptsDir = fromRoot('scripts')

/**
 * Builds `snapshotDir` into `releasesDir` (its live release is the base of an incremental build),
 * with the tests' search bundles (several on the corpus) and the full search index rebuilt
 * without waiting for quiet; `settings` adds or overrides variables
 * (ASTRO_PROCESS, for one), `args` are the command's others (`--full`). Returns its output.
 */
export async function runBuildSite(
  snapshotDir: string,
  releasesDir: string,
  settings: Readonly<Record<string, string>> = {},
  args: readonly string[] = [],
): Promise<string> {
  const [command = process.execPath, ...commandArgs] = publishCommand()
  try {
    const { stdout } = await promisify(execFile)(
      command,
      [...commandArgs, '--snapshot', snapshotDir, ...args],
      {
        cwd: scriptsDir,
        env: {
          ...process.env,
          RELEASES_DIR: releasesDir,
          PAGES_DIR: fromRoot('content', 'pages'),
          SITE_URL: testSiteUrl,
          SEARCH_BUNDLE_RECORDS: String(testRecordsPerBundle),
          // The full index at once: the command ends when it is live.
          SEARCH_REBUILD_QUIET_MS: '0',
          ...settings,
        },
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    return stdout
  } catch (error) {
    // The build's own lines (its failure is on stdout, in the protocol's lines) with the error.
    const stdout = (error as { stdout?: string }).stdout ?? ''
    throw new Error(`${String(error)}\n${stdout.trimEnd().split('\n').slice(-40).join('\n')}`, {
      cause: error,
    })
  }
}

/** The live release's folders in `releasesDir`. */
export const liveSiteDir = (releasesDir: string) => path.join(releasesDir, 'current', 'site')
export const liveBuildLog = (releasesDir: string) => path.join(releasesDir, 'current', 'build.log')

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** The live release's own folder (what `current` points to now). */
export const liveReleaseDir = (releasesDir: string) =>
  realpathSync(path.join(releasesDir, 'current'))

/** One digest of every file's path and bytes under `dir` (but `leaving`): equal digests, equal folders. */
export function folderDigest(dir: string, leaving: readonly string[] = []): string {
  const hash = createHash('sha256')
  const left = (file: string) => leaving.some((top) => file.startsWith(`${top}${path.sep}`))
  for (const file of filesUnder(dir).filter((file) => !left(file)))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(dir, file)))
  return hash.digest('hex')
}

/** A file's identity: its device, inode and birth (an inode freed and used again is born again). */
const identityOf = (info: Stats) =>
  `${String(info.dev)}:${String(info.ino)}:${String(info.birthtimeMs)}`

const bytesDigest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** Every file under `dir` by identity: its path (relative) and the digest of its bytes. */
export function filesByIdentity(dir: string): Map<string, { file: string; digest: string }> {
  return new Map(
    filesUnder(dir).map((file) => {
      const full = path.join(dir, file)
      return [identityOf(statSync(full)), { file, digest: bytesDigest(full) }] as const
    }),
  )
}

/**
 * The files of `before` (`filesByIdentity` of a folder) whose bytes changed, found under `root`
 * by any name that still leads to them: a release's files are hard-linked into the next, whose
 * build must never write into one, and its site may be moved after (the live site's ready copy
 * is made of it: publish/src/release/standby.ts).
 */
export function rewrittenFiles(
  before: ReadonlyMap<string, { file: string; digest: string }>,
  root: string,
): string[] {
  const rewritten = new Set<string>()
  for (const file of filesUnder(root)) {
    const full = path.join(root, file)
    const was = before.get(identityOf(statSync(full)))
    if (was && was.digest !== bytesDigest(full)) rewritten.add(was.file)
  }
  return [...rewritten].sort()
}

/**
 * What a reader's search can find in a built site: every page of its index by URL, as Pagefind
 * wrote it, with a delta's hidden pages left out (shared/src/search-bundles.ts). A URL found
 * twice is an error: the reader would see it twice.
 */
export async function findablePages(siteDir: string): Promise<Map<string, string>> {
  const indexDir = path.join(siteDir, searchIndexPath)
  const list = JSON.parse(
    readFileSync(path.join(indexDir, searchBundlesFile), 'utf8'),
  ) as SearchBundles
  const hidden = new Set(list.delta?.hidden)
  const folders = Array.from({ length: list.bundles }, (_, n) => searchBundleFolder(n))
  if (list.delta) folders.push(searchDeltaFolder)
  const found = new Map<string, string>()
  for (const folder of folders) {
    for (const [id, page] of await pagesOf(path.join(indexDir, folder))) {
      if (hidden.has(id)) continue
      if (found.has(page.url)) throw new Error(`${page.url} is found twice in ${siteDir}`)
      found.set(page.url, page.fragment)
    }
  }
  return found
}
