/**
 * The shipped publishing pipeline as the CMS's rebuild job runs it: `scripts/build-site.ts
 * --snapshot <dir>` into a releases folder, on the seed corpus's editorial pages.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { tsxLoader } from '../e2e/main/main-job.ts'
import { fromRoot } from './paths.ts'
import { testRecordsPerBundle } from './search-page.ts'
import { testSiteUrl } from './site-build.ts'

const scriptsDir = fromRoot('scripts')

/**
 * Builds `snapshotDir` into `releasesDir` (its live release is the base of an incremental build).
 * `recordsPerBundle`: the search index's SEARCH_BUNDLE_RECORDS, by default the tests' (several
 * bundles on the corpus).
 */
export async function runBuildSite(
  snapshotDir: string,
  releasesDir: string,
  recordsPerBundle = testRecordsPerBundle,
): Promise<void> {
  await promisify(execFile)(
    process.execPath,
    [
      '--import',
      tsxLoader(scriptsDir),
      path.join(scriptsDir, 'build-site.ts'),
      '--snapshot',
      snapshotDir,
    ],
    {
      cwd: scriptsDir,
      env: {
        ...process.env,
        RELEASES_DIR: releasesDir,
        PAGES_DIR: fromRoot('content', 'pages'),
        SITE_URL: testSiteUrl,
        SEARCH_BUNDLE_RECORDS: String(recordsPerBundle),
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
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

/** One digest of every file's path and bytes under `dir`: equal digests, equal folders. */
export function folderDigest(dir: string): string {
  const hash = createHash('sha256')
  for (const file of filesUnder(dir))
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(path.join(dir, file)))
  return hash.digest('hex')
}
