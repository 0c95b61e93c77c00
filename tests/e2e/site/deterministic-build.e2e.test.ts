/**
 * Two full builds of one snapshot write the same files, byte for byte: the shipped pipeline
 * (`scripts/build-site.ts`, as the CMS's rebuild job runs it: handed the snapshot with
 * `--snapshot`) twice on the seed corpus, each into a releases folder of its own. Every date in the
 * outputs comes from the snapshot, so a rebuild changes nothing a reader or a cache can see, and
 * a later incremental build can be checked against a full one.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { fromRoot } from '../../helpers/paths.ts'
import { testSiteUrl, writeCorpusSnapshot } from '../../helpers/site-build.ts'
import { tsxLoader } from '../main/main-job.ts'

const scriptsDir = fromRoot('scripts')

/** Builds `snapshotDir` into a fresh releases folder; returns the live release's site folder. */
function buildRelease(snapshotDir: string): string {
  const releasesDir = mkdtempSync(path.join(tmpdir(), 'mahjar-deterministic-'))
  execFileSync(
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
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  return path.join(releasesDir, 'current', 'site')
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

let first = ''
let second = ''

beforeAll(() => {
  const snapshotDir = writeCorpusSnapshot(mkdtempSync(path.join(tmpdir(), 'mahjar-snapshot-')))
  first = buildRelease(snapshotDir)
  second = buildRelease(snapshotDir)
}, 600_000)

describe('two full builds of one snapshot', () => {
  it('have the same files', () => {
    const files = filesUnder(first)
    expect(files.length).toBeGreaterThan(300)
    expect(filesUnder(second)).toEqual(files)
  })

  it('write the same bytes in every file', () => {
    const differ = filesUnder(first).filter(
      (file) => !readFileSync(path.join(first, file)).equals(readFileSync(path.join(second, file))),
    )
    expect(differ).toEqual([])
  })
})
