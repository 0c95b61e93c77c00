/**
 * The shipped publishing pipeline as the CMS's rebuild job runs it: `scripts/build-site.ts
 * --snapshot <dir>` into a releases folder, on the seed corpus's editorial pages.
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { tsxLoader } from '../e2e/main/main-job.ts'
import { fromRoot } from './paths.ts'
import { testSiteUrl } from './site-build.ts'

const scriptsDir = fromRoot('scripts')

/**
 * Builds `snapshotDir` into `releasesDir` (its live release is the base of an incremental build).
 * Asynchronous, so that two builds into two releases folders can share the machine's two cores.
 */
export async function runBuildSite(snapshotDir: string, releasesDir: string): Promise<void> {
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
