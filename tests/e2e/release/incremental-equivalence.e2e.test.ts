/**
 * An incremental release holds exactly what a full build of the same snapshot holds: a seeded
 * random sequence of editorial changes to the seed corpus (texts and statistics edited, items
 * created, unpublished and renamed, taxonomy terms edited), each published through the shipped
 * pipeline (`build-site.ts --snapshot`) onto the live release, and each compared, file by file
 * and byte by byte, with a full build of the same snapshot in a releases folder of its own
 * (`build-site.ts --full`: every page rendered and every output made again, but the share cards
 * whose inputs are unchanged, copied from the previous full build). The publishes' pages are
 * rendered by the warm renderer from a bundle kept after an earlier build, the references' by
 * Astro's build itself. The last change is also compared with a build from nothing, share cards
 * drawn again.
 * A publish that changes a few search records goes live with a search delta, then the command
 * builds the full index in the background and makes that live: the delta's release must hold
 * every other file of the full build and let search find exactly its pages, and the release live
 * at the end every file and byte.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  filesByIdentity,
  filesUnder,
  folderDigest,
  liveBuildLog,
  findablePages,
  liveReleaseDir,
  liveSiteDir,
  rewrittenFiles,
  runBuildSite,
} from '../../helpers/release-build.ts'
import { fullBuildAskedFor } from '@mahjar/publish/release/build-steps'
import { consolidatedFrom } from '@mahjar/publish/release/consolidate-search'
import { renderedWarmSaid } from '@mahjar/publish/release/warm-renderer'
import { writeCorpusSnapshot } from '../../helpers/site-build.ts'
import { EditableSnapshot, seededRandom } from '../../helpers/snapshot-edits.ts'

const edits = 30
const seed = 20261204

interface Step {
  edit: string
  partial: boolean
  /** Whether its pages were rendered from a build the warm Astro kept (warm-renderer.ts). */
  warm: boolean
  /** Why they were not, as the log says. */
  notWarm: string | undefined
  /** Search index bundles taken from the live release, of how many. */
  searchBundles: { reused: number; of: number }
  /** Records in the search delta the publish went live with; undefined without one. */
  delta: number | undefined
  /** Of the delta's release against the full build: other files, and pages search finds. */
  deltaDifferences: string[]
  /** Whether the release live before the publish holds the same bytes after it. */
  previousUntouched: boolean
  /** Files only one of the two releases has, or whose bytes differ. */
  differences: string[]
  /** Whether the reference rendered every page and indexed every search bundle again. */
  referenceFull: boolean
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
function searchIndexSaid(log: string): Pick<Step, 'searchBundles' | 'delta'> {
  const delta = /a delta of (\d+) over the live release's (\d+) bundles?/.exec(log)
  if (delta) {
    const of = Number(delta[2])
    return { searchBundles: { reused: of, of }, delta: Number(delta[1]) }
  }
  const said = /in (\d+) bundles?: \d+ indexed, (\d+) from the live release/.exec(log)
  if (!said) throw new Error(`No search index line in the build log:\n${log}`)
  return { searchBundles: { reused: Number(said[2]), of: Number(said[1]) }, delta: undefined }
}

/** Pages search finds in one site and not the other, or differently. */
async function findableDifferences(incremental: string, full: string): Promise<string[]> {
  const a = await findablePages(incremental)
  const b = await findablePages(full)
  return [
    ...[...a.keys()].filter((url) => !b.has(url)).map((url) => `found only incremental: ${url}`),
    ...[...b.keys()].filter((url) => !a.has(url)).map((url) => `found only full: ${url}`),
    ...[...a]
      .filter(([url, page]) => b.has(url) && b.get(url) !== page)
      .map(([url]) => `found differently: ${url}`),
  ]
}

const steps: Step[] = []
/** Of the live release after the last change against a build from nothing; undefined if none. */
let fromNothingDifferences: string[] | undefined

beforeAll(async () => {
  const corpus = writeCorpusSnapshot(mkdtempSync(path.join(tmpdir(), 'mahjar-snapshot-')))
  const live = mkdtempSync(path.join(tmpdir(), 'mahjar-incremental-'))
  const reference = mkdtempSync(path.join(tmpdir(), 'mahjar-full-'))
  await runBuildSite(corpus, live)
  let dir = corpus
  const snapshot = new EditableSnapshot(corpus, seededRandom(seed))
  for (let index = 0; index < edits; index += 1) {
    const edit = snapshot.edit()
    dir = snapshot.write()
    const previous = liveReleaseDir(live)
    const before = folderDigest(previous, ['site'])
    const siteBefore = filesByIdentity(path.join(previous, 'site'))
    // One after the other: two Astro builds of one site at once share the site's .astro folder.
    await runBuildSite(dir, live)
    await runBuildSite(dir, reference, {}, ['--full'])
    // After a delta, the live release is the background build's: the publish's is the one it took.
    const liveLog = readFileSync(liveBuildLog(live), 'utf8')
    const consolidated = consolidatedFrom(liveLog)
    const published =
      consolidated === undefined ? liveReleaseDir(live) : path.join(live, consolidated)
    const log = readFileSync(path.join(published, 'build.log'), 'utf8')
    const partial = log.includes('changed pages only')
    const warm = log.includes(renderedWarmSaid)
    const notWarm = /\[warm-render\] (?:not used|failed) .*/.exec(log)?.[0]
    const { searchBundles, delta } = searchIndexSaid(log)
    if ((delta === undefined) !== (consolidated === undefined))
      throw new Error(`A delta (${String(delta)}) without a full index after it, or the reverse`)
    const deltaDifferences =
      delta === undefined
        ? []
        : [
            ...compareSites(path.join(published, 'site'), liveSiteDir(reference)).filter(
              (difference) => !difference.includes(' pagefind/'),
            ),
            ...(await findableDifferences(path.join(published, 'site'), liveSiteDir(reference))),
          ]
    // Kept pages are hard links into its site: a write through one would change it. Its site
    // may have become the ready copy of the new live one since (standby.ts): its files are
    // looked for wherever they are.
    const previousUntouched =
      folderDigest(previous, ['site']) === before && rewrittenFiles(siteBefore, live).length === 0
    const differences = compareSites(liveSiteDir(live), liveSiteDir(reference))
    const referenceLog = readFileSync(path.join(liveReleaseDir(reference), 'build.log'), 'utf8')
    const referenceBundles = searchIndexSaid(referenceLog).searchBundles
    const referenceFull =
      referenceLog.includes(`all pages: ${fullBuildAskedFor}`) && referenceBundles.reused === 0
    steps.push({
      edit,
      partial,
      warm,
      notWarm,
      searchBundles,
      delta,
      deltaDifferences,
      previousUntouched,
      differences,
      referenceFull,
    })
    if (differences.length > 0 || deltaDifferences.length > 0) break
  }
  rmSync(reference, { recursive: true, force: true })
  if (steps.length < edits) return
  const fromNothing = mkdtempSync(path.join(tmpdir(), 'mahjar-from-nothing-'))
  await runBuildSite(dir, fromNothing)
  fromNothingDifferences = compareSites(liveSiteDir(live), liveSiteDir(fromNothing))
  rmSync(fromNothing, { recursive: true, force: true })
}, 3_600_000)

describe(`${String(edits)} random changes published one after another (seed ${String(seed)})`, () => {
  it('each leave a live release with the files and bytes of a full build of the same snapshot', () => {
    const failed = steps.find((step) => step.differences.length > 0)
    expect(
      failed && { ...failed, differences: failed.differences.slice(0, 20) },
      `after ${String(steps.length)} changes`,
    ).toBeUndefined()
    expect(steps).toHaveLength(edits)
    expect(steps.filter((step) => !step.referenceFull).map((step) => step.edit)).toEqual([])
  })

  it('end with the files and bytes of a build from nothing, every share card drawn again', () => {
    expect(fromNothingDifferences?.slice(0, 20)).toEqual([])
  })

  it('go live first with a search delta when few search records change, which finds what a full index finds', () => {
    console.log(
      steps.map((s) => `${s.delta === undefined ? '-' : String(s.delta)} ${s.edit}`).join('\n'),
    )
    const failed = steps.find((step) => step.deltaDifferences.length > 0)
    expect(
      failed && { ...failed, deltaDifferences: failed.deltaDifferences.slice(0, 20) },
    ).toBeUndefined()
    expect(steps.filter((step) => step.delta !== undefined).length).toBeGreaterThanOrEqual(
      edits / 2,
    )
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

  it('render their pages from the bundle of an earlier build, without building again', () => {
    // Each publish starts from a live release built with the same site code: the warm Astro
    // renders its pages, the changed ones or every one, from the build it kept.
    const built = steps.filter((step) => !step.warm)
    expect(built.map((step) => `${step.edit}: ${step.notWarm ?? 'no warm render'}`)).toEqual([])
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
