/**
 * Two full builds of one snapshot write the same files, byte for byte: the shipped pipeline
 * (`scripts/build-site.ts`, as the CMS's rebuild job runs it: handed the snapshot with
 * `--snapshot`) twice on the seed corpus, each into a releases folder of its own. Every date in the
 * outputs comes from the snapshot, so a rebuild changes nothing a reader or a cache can see, and
 * a later incremental build can be checked against a full one. The first is built by an
 * `astro build` process of its own, the second by the warm Astro (publish/src/release/
 * warm-astro.ts) after a build of another snapshot, as publishes are: a warm process leaves
 * nothing of one build in the next.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { filesUnder, liveBuildLog, liveSiteDir, runBuildSite } from '../../helpers/release-build.ts'
import { stopWarmAstro } from '@mahjar/publish/release/warm-astro'
import { writeCorpusSnapshot } from '../../helpers/site-build.ts'
import { EditableSnapshot, seededRandom } from '../../helpers/snapshot-edits.ts'

/** Builds `snapshotDir` into a new releases folder; returns the live release's site folder. */
async function buildRelease(snapshotDir: string, astro: 'fresh' | 'warm'): Promise<string> {
  const releasesDir = mkdtempSync(path.join(tmpdir(), 'mahjar-deterministic-'))
  await runBuildSite(snapshotDir, releasesDir, { ASTRO_PROCESS: astro })
  logs.push(readFileSync(liveBuildLog(releasesDir), 'utf8'))
  return liveSiteDir(releasesDir)
}

let first = ''
let second = ''
const logs: string[] = []

beforeAll(async () => {
  // Earlier publishes' warm Astro ends: the two warm builds below are a new one's first two.
  await stopWarmAstro()
  const snapshotDir = writeCorpusSnapshot(mkdtempSync(path.join(tmpdir(), 'mahjar-snapshot-')))
  // One after the other, as two publishes would run: two Astro builds of one site at once share
  // the site's own .astro folder.
  first = await buildRelease(snapshotDir, 'fresh')
  const another = new EditableSnapshot(snapshotDir, seededRandom(5))
  another.edit()
  await buildRelease(another.write(), 'warm')
  second = await buildRelease(snapshotDir, 'warm')
}, 600_000)

describe('two full builds of one snapshot', () => {
  it('ran in a fresh Astro, then in the warm one that had built another snapshot', () => {
    const warm = (log: string | undefined) =>
      /\[warm-astro\] process (\d+), build (\d+)/.exec(log ?? '')
    expect(warm(logs[0])).toBeNull()
    const [, process, build] = warm(logs[2]) ?? []
    expect(warm(logs[1])?.[1]).toBe(process)
    expect(build).toBe('2')
  })

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
    const file = /data store read from (\S+) when the pages render/.exec(logs[0] ?? '')?.[1]
    expect(file).toMatch(/data-store\.json$/)
    expect(existsSync(path.dirname(file ?? ''))).toBe(false)
  })
})
