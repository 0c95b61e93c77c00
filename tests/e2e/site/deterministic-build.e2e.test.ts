/**
 * Two full builds of one snapshot write the same files, byte for byte: the shipped pipeline
 * (`scripts/build-site.ts`, as the CMS's rebuild job runs it: handed the snapshot with
 * `--snapshot`) twice on the seed corpus, each into a releases folder of its own. Every date in the
 * outputs comes from the snapshot, so a rebuild changes nothing a reader or a cache can see, and
 * a later incremental build can be checked against a full one.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { filesUnder, liveBuildLog, liveSiteDir, runBuildSite } from '../../helpers/release-build.ts'
import { writeCorpusSnapshot } from '../../helpers/site-build.ts'

/** Builds `snapshotDir` into a fresh releases folder; returns the live release's site folder. */
async function buildRelease(snapshotDir: string): Promise<string> {
  const releasesDir = mkdtempSync(path.join(tmpdir(), 'mahjar-deterministic-'))
  await runBuildSite(snapshotDir, releasesDir)
  firstLog ||= readFileSync(liveBuildLog(releasesDir), 'utf8')
  return liveSiteDir(releasesDir)
}

let first = ''
let second = ''
let firstLog = ''

beforeAll(async () => {
  const snapshotDir = writeCorpusSnapshot(mkdtempSync(path.join(tmpdir(), 'mahjar-snapshot-')))
  // One after the other, as two publishes would run: two Astro builds of one site at once share
  // the site's own .astro folder.
  first = await buildRelease(snapshotDir)
  second = await buildRelease(snapshotDir)
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

describe('the content data store (site/src/integrations/data-store-file.ts)', () => {
  it('is read from a file when the pages render, not bundled, and the file is gone after', () => {
    // Astro's module matched the shape the integration expects, or this line would be missing.
    const file = /data store read from (\S+) when the pages render/.exec(firstLog)?.[1]
    expect(file).toMatch(/data-store\.json$/)
    expect(existsSync(path.dirname(file ?? ''))).toBe(false)
  })
})
