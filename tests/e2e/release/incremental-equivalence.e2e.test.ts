/**
 * An incremental release holds exactly what a full build of the same snapshot holds: a seeded
 * random sequence of editorial changes to the seed corpus (texts and statistics edited, items
 * created, unpublished and renamed, taxonomy terms edited), each published through the shipped
 * pipeline (`build-site.ts --snapshot`) onto the live release, and each compared, file by file
 * and byte by byte, with a full build of the same snapshot in a releases folder of its own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  filesUnder,
  folderDigest,
  liveBuildLog,
  liveReleaseDir,
  liveSiteDir,
  runBuildSite,
} from '../../helpers/release-build.ts'
import { writeCorpusSnapshot } from '../../helpers/site-build.ts'
import { EditableSnapshot, seededRandom } from '../../helpers/snapshot-edits.ts'

const edits = 30
const seed = 20261204

interface Step {
  edit: string
  partial: boolean
  /** Search index bundles taken from the live release, of how many. */
  searchBundles: { reused: number; of: number }
  /** Whether the release live before the publish holds the same bytes after it. */
  previousUntouched: boolean
  /** Files only one of the two releases has, or whose bytes differ. */
  differences: string[]
}

function compareSites(incremental: string, full: string): string[] {
  const a = filesUnder(incremental)
  const b = filesUnder(full)
  const inB = new Set(b)
  const inA = new Set(a)
  return [
    ...a.filter((file) => !inB.has(file)).map((file) => `only incremental: ${file}`),
    ...b.filter((file) => !inA.has(file)).map((file) => `only full: ${file}`),
    ...a
      .filter((file) => inB.has(file))
      .filter(
        (file) =>
          !readFileSync(path.join(incremental, file)).equals(readFileSync(path.join(full, file))),
      )
      .map((file) => `differs: ${file}`),
  ]
}

/** What the build log says of the search index: bundles taken from the live release, of how many. */
function searchBundlesReused(log: string): Step['searchBundles'] {
  const said = /in (\d+) bundles?: \d+ indexed, (\d+) from the live release/.exec(log)
  if (!said) throw new Error(`No search index line in the build log:\n${log}`)
  return { reused: Number(said[2]), of: Number(said[1]) }
}

const steps: Step[] = []

beforeAll(async () => {
  const corpus = writeCorpusSnapshot(mkdtempSync(path.join(tmpdir(), 'mahjar-snapshot-')))
  const live = mkdtempSync(path.join(tmpdir(), 'mahjar-incremental-'))
  await runBuildSite(corpus, live)
  const snapshot = new EditableSnapshot(corpus, seededRandom(seed))
  for (let index = 0; index < edits; index += 1) {
    const edit = snapshot.edit()
    const dir = snapshot.write()
    const previous = liveReleaseDir(live)
    const before = folderDigest(previous)
    const reference = mkdtempSync(path.join(tmpdir(), 'mahjar-full-'))
    // One after the other: two Astro builds of one site at once share the site's .astro folder.
    await runBuildSite(dir, live)
    await runBuildSite(dir, reference)
    const log = readFileSync(liveBuildLog(live), 'utf8')
    const partial = log.includes('changed pages only')
    const searchBundles = searchBundlesReused(log)
    // Kept pages are hard links into it: a write through one would change it.
    const previousUntouched = folderDigest(previous) === before
    const differences = compareSites(liveSiteDir(live), liveSiteDir(reference))
    steps.push({ edit, partial, searchBundles, previousUntouched, differences })
    rmSync(reference, { recursive: true, force: true })
    if (differences.length > 0) break
  }
}, 3_600_000)

describe(`${String(edits)} random changes published one after another (seed ${String(seed)})`, () => {
  it('each leave a live release with the files and bytes of a full build of the same snapshot', () => {
    const failed = steps.find((step) => step.differences.length > 0)
    expect(
      failed && { ...failed, differences: failed.differences.slice(0, 20) },
      `after ${String(steps.length)} changes`,
    ).toBeUndefined()
    expect(steps).toHaveLength(edits)
  })

  it('leave the release live before each publish as it was, byte for byte', () => {
    expect(steps.filter((step) => !step.previousUntouched).map((step) => step.edit)).toEqual([])
  })

  it('are built incrementally where the rules allow (not a full build each time)', () => {
    const partial = steps.filter((step) => step.partial).length
    console.log(
      steps.map((step) => `${step.partial ? 'partial' : 'full   '} ${step.edit}`).join('\n'),
    )
    expect(partial).toBeGreaterThanOrEqual(edits / 2)
  })

  it('re-index only the search bundles their change touches (the index is several bundles)', () => {
    console.log(
      steps
        .map((s) => `${String(s.searchBundles.reused)}/${String(s.searchBundles.of)} ${s.edit}`)
        .join('\n'),
    )
    expect(Math.min(...steps.map((step) => step.searchBundles.of))).toBeGreaterThan(1)
    expect(steps.filter((step) => step.searchBundles.reused > 0).length).toBeGreaterThanOrEqual(
      edits / 2,
    )
  })
})
