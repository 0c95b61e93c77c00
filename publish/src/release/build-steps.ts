/**
 * The steps of one site build into a release folder, in order: the published snapshot copied in,
 * then each output built from it (pages, search index, open data, share cards, permalink check); the Astro build
 * runs in another process (the warm Astro, warm-astro.ts, or its own; ≈ 1 GB for 10k pages) with
 * its output in the release's log. What is
 * built from the snapshot alone (search index, open data, share cards) is written beside the
 * Astro build into `<release>/extra/`, then moved into the site: Astro runs on one core, these
 * use the other.
 */
import { spawn } from 'node:child_process'
import {
  createWriteStream,
  mkdirSync,
  readdirSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
} from 'node:fs'
import { cp, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { searchIndexPath } from '@mahjar/shared/search-bundles'
import { env } from '../env.ts'
import {
  beginsAsCopy,
  filesUnder,
  forgetCopy,
  linkFiles,
  movedInto,
  removeNotKept,
  writeOutputFiles,
} from '../outputs/files.ts'
import { openDataOutputs } from '../outputs/open-data-files.ts'
import {
  checkPermalinksOf,
  permalinkReport,
  type PermalinkReport,
} from '../outputs/permalink-check.ts'
import { searchRecords } from '../outputs/search-records.ts'
import { contentDir, repoRoot } from '../paths.ts'
import { readSnapshot } from '../snapshot.ts'
import { currentRelease, type Release } from './releases.ts'
import { buildShareCardsReusing } from './reuse-cards.ts'
import { copyRecordFiles, recordSiteButSearchFrom, takeStandby } from './standby.ts'
import { writeReusing } from './reused-outputs.ts'
import { buildSearchIndex } from './search-index-step.ts'
import { warmAstroBuild } from './warm-astro.ts'
import { recordedSiteCode } from './site-code.ts'
import {
  everyPage,
  headStylesFile,
  linkBasePages,
  linkKeptPages,
  pageFilesOf,
  pageListFile,
  pagesBase,
  planFrom,
  renderOnlyFile,
  writeRenderOnly,
  type PagesPlan,
} from '../incremental/partial-pages.ts'

export interface BuildContext {
  readonly release: Release
  readonly releasesDir: string
  /** Appends a line to the release's log (and wherever the caller echoes it). */
  readonly log: (line: string) => void
  /** The published snapshot to build from (the CMS exported it); copied into the release. */
  readonly snapshot: string
  /** The release live when the build began: an incremental build starts from it. */
  readonly live: Release | undefined
  /** The site code this build runs (release/site-code.ts), taken when it began. */
  readonly siteCode: string
  /**
   * Asked for a full build (`build-site --full`, a consistency check): every page rendered and
   * every output made again, none taken from the live release but the share cards, whose keys
   * cover everything that reaches their pixels (reuse-cards.ts).
   */
  readonly full: boolean
  /**
   * Whether it takes the live site's ready copy (release/standby.ts), when there is one: not the
   * warm engine's warm-up, which would leave the next publish without it.
   */
  readonly readyCopy: boolean
  /**
   * Pages (by pathname) an incremental build renders too, changed or not: the warm engine's
   * warm-up, which changes nothing, names one page of each route (partial-pages.ts
   * `pageOfEachRoute`) so that the warm Astro has loaded every route's rendering code before the
   * first publish (at 10,000 recommendations that publish's render took 4.3 s, the next 2.9 s).
   */
  readonly alsoRender: readonly string[]
}

/** Why a full build asked for renders every page (its build log says so). */
export const fullBuildAskedFor = 'a full build was asked for'

/** The URLs a release serves, for the caller to register in the CMS once it is live. */
export const servedFile = (release: Release) => path.join(release.dir, 'served.json')

export interface BuildStep {
  readonly name: string
  readonly run: (context: BuildContext) => Promise<string>
}

const siteDir = path.join(repoRoot, 'site')
const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs')

/**
 * Astro writes its prerender bundle to <cwd>/.astro/.prerender when outDir lies outside the
 * working directory: from site/ every build would share one (two builds at once, a test's and a
 * developer's, break each other). A working directory of its own inside site/ keeps it private
 * while its imports still resolve from site/node_modules.
 */
export function astroWorkDir(releaseId: string): string {
  return path.join(siteDir, '.astro', 'builds', releaseId)
}

/**
 * Runs `astro build` into `outDir`, its output appended to the release's log; `pageEnv` adds the
 * page-list variables (site/src/integrations/page-list.ts); `signal` stops it. The warm Astro
 * (warm-astro.ts) builds it unless ASTRO_PROCESS is `fresh` or it is busy with another build.
 */
async function astroBuild(
  { release, releasesDir, log, siteCode }: BuildContext,
  outDir: string,
  pageEnv: Readonly<Record<string, string>>,
  signal?: AbortSignal,
): Promise<string> {
  const output = createWriteStream(release.logFile, { flags: 'a' })
  const workDir = astroWorkDir(release.id)
  mkdirSync(workDir, { recursive: true })
  let tail = ''
  const keep = (chunk: Buffer | string) => {
    output.write(chunk)
    tail = (tail + chunk.toString()).slice(-4000)
  }
  const buildEnv = {
    ...process.env,
    SNAPSHOT_DIR: release.snapshotDir,
    SITE_CACHE_DIR: path.join(releasesDir, '.cache', 'astro'),
    ...pageEnv,
  }
  try {
    const warm =
      env.ASTRO_PROCESS === 'warm' &&
      (await warmAstroBuild(
        { cwd: workDir, env: buildEnv, root: siteDir, outDir, siteCode },
        keep,
        signal,
      )) === 'built'
    if (!warm) await freshAstroBuild(workDir, buildEnv, outDir, keep, signal)
  } catch (error) {
    log(tail.trimEnd())
    throw error
  } finally {
    output.end()
    rmSync(workDir, { recursive: true, force: true })
  }
  const pages = /(\d+) page\(s\) built/.exec(tail)?.[1]
  return pages ? `${pages} pages` : 'built'
}

/** `astro build` in a process of its own. */
function freshAstroBuild(
  workDir: string,
  env: NodeJS.ProcessEnv,
  outDir: string,
  keep: (chunk: Buffer) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = [astroBin, 'build', '--root', siteDir, '--outDir', outDir]
    const child = spawn(process.execPath, args, {
      cwd: workDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(signal ? { signal } : {}),
    })
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const stop = () => child.kill('SIGTERM')
    process.once('SIGTERM', stop)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      process.off('SIGTERM', stop)
      if (code === 0) resolve()
      else reject(new Error(`astro build failed (${signal ?? `exit code ${String(code)}`})`))
    })
  })
}

/**
 * The release's pages: a full Astro build, or (incremental/partial-pages.ts) the changed pages rendered
 * beside the site and every other page linked from the live release. `planned` is called once
 * Astro has what it waits for: at once for a full build, else the pages' plan.
 */
async function buildPages(context: BuildContext, planned: () => void): Promise<string> {
  const { release } = context
  const pageList = {
    PAGE_LIST_FILE: pageListFile(release),
    HEAD_STYLES_FILE: headStylesFile(release),
  }
  const start = context.full
    ? ({ kind: 'full', reason: fullBuildAskedFor } as const)
    : await pagesBase(context.live, context.siteCode)
  if (start.kind === 'full') {
    planned()
    context.log(`  all pages: ${start.reason}`)
    // Astro builds the site folder whole, from nothing: a copy of the live site taken in step 1
    // (a live release of this code without a page list) is not this build's, and whatever of
    // it were left would pass for pages built.
    forgetCopy(release.siteDir)
    await rm(release.siteDir, { recursive: true, force: true })
    return astroBuild(context, release.siteDir, pageList)
  }
  // Astro reads which pages to render only once it lists them, after loading the content and
  // bundling (7 s at 10,000 recommendations): it starts now, and the plan (1.7 s) is made meanwhile.
  const partialDir = path.join(release.dir, 'partial')
  const stopAstro = new AbortController()
  const building = astroBuild(
    context,
    partialDir,
    { ...pageList, RENDER_ONLY_FILE: renderOnlyFile(release) },
    stopAstro.signal,
  )
  // Settled below; a failure meanwhile must not go unhandled.
  building.catch(() => undefined)
  let plan: PagesPlan
  try {
    const rules = await planFrom(start, release.snapshotDir)
    plan =
      rules.kind === 'partial' && context.alsoRender.length > 0
        ? {
            ...rules,
            only: {
              ...rules.only,
              paths: [...new Set([...(rules.only.paths ?? []), ...context.alsoRender])].sort(),
            },
          }
        : rules
    // Every page, when the rules say so; the live release, built with this code, still lends
    // its assets to the warm renderer (warm-renderer.ts), which then renders them all.
    const only =
      plan.kind === 'full' ? { ...everyPage, baseSiteDir: start.base.siteDir } : plan.only
    await writeRenderOnly(release, only)
    planned()
  } catch (error) {
    // Astro waits for the plan (up to 120 s): without one it is stopped now.
    stopAstro.abort()
    await building.catch(() => undefined)
    throw error
  }
  if (plan.kind === 'full') {
    context.log(`  all pages: ${plan.reason}`)
    const built = await building
    await moveInto(partialDir, release.siteDir)
    return built
  }
  context.log(`  changed pages only, the others from ${plan.base.id}`)
  // The base's pages are linked while Astro renders; settled against its page list after.
  const [built, linked] = await Promise.allSettled([building, linkBasePages(release, plan.only)])
  if (built.status === 'rejected') throw built.reason
  if (linked.status === 'rejected') throw linked.reason
  const { kept, rendered } = await linkKeptPages(release, plan.only, linked.value)
  await moveInto(partialDir, release.siteDir)
  return `${String(rendered)} pages rendered, ${String(kept)} kept from ${plan.base.id}`
}

/**
 * Moves every entry of `from` into `to`, merging directories that exist on both sides, and
 * removes `from`; a file where a folder goes (or the reverse), left by the live
 * site's copy, is removed first. With synchronous calls, each a system call on this thread
 * instead of a round trip through libuv's: at 10,000 recommendations moving a finding's 786
 * pages and removing their folders took 0.46 s one awaited call after another (hand timing).
 */
async function moveInto(from: string, to: string): Promise<void> {
  mkdirSync(to, { recursive: true })
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    const existing = statSync(target, { throwIfNoEntry: false })
    if (entry.isDirectory() && existing?.isDirectory()) {
      await moveInto(source, target)
      continue
    }
    if (existing && existing.isDirectory() !== entry.isDirectory())
      rmSync(target, { recursive: true, force: true })
    renameSync(source, target)
    const moved = entry.isDirectory()
      ? ((await filesUnder(target)) ?? []).map((file) => path.join(target, file))
      : [target]
    for (const file of moved) movedInto(file)
  }
  // Emptied, as a rule: one call. Node's recursive removal looks at each folder first (0.155 s
  // of 0.25 s for a finding's 786 pages at 10,000 recommendations, CPU profile). What may be
  // left: a file that was a hard link to its target already (rename(2) leaves both).
  try {
    rmdirSync(from)
  } catch {
    rmSync(from, { recursive: true, force: true })
  }
}

const extraDir = (release: Release) => path.join(release.dir, 'extra')

/** Citation download path → key (outputs/citation-files.ts), for the next release to reuse. */
const citationKeysFile = (release: Release) => path.join(release.dir, 'citation-keys.json')

/**
 * The live release, when it was built with the code this build runs and no full build was asked
 * for: outputs may come from it.
 */
async function liveWithThisCode({
  live,
  siteCode,
  full,
}: BuildContext): Promise<Release | undefined> {
  return !full && live && (await recordedSiteCode(live)) === siteCode ? live : undefined
}

/** Built from the snapshot alone, into `extra/`, while Astro builds the pages. */
const snapshotOutputs: readonly BuildStep[] = [
  {
    name: 'build the search index (Pagefind)',
    run: async (context) =>
      buildSearchIndex({
        records: searchRecords(await readSnapshot(context.release.snapshotDir)),
        outDir: extraDir(context.release),
        next: context.release,
        previous: await liveWithThisCode(context),
        delta: true,
      }),
  },
  {
    name: 'write open data and citations',
    run: async (context) => {
      const { release } = context
      const { openData, citations } = await openDataOutputs(release.snapshotDir, {
        siteUrl: env.SITE_URL,
        licence: env.OPEN_DATA_LICENCE,
      })
      await writeOutputFiles(extraDir(release), openData)
      // A download's key is its format and citation; the code formatting it is the site code's.
      const { written, reused } = await writeReusing(citations, extraDir(release), {
        previous: await liveWithThisCode(context),
        next: release,
        keysFile: citationKeysFile,
      })
      return `${String(openData.length)} data files; citations: ${String(written)} written, ${String(reused)} from the live release`
    },
  },
  {
    name: 'draw share cards',
    run: async ({ release, releasesDir }) => {
      const { drawn, reused } = await buildShareCardsReusing(
        await currentRelease(releasesDir),
        release,
        extraDir(release),
        env.SITE_URL,
      )
      return `${String(drawn)} drawn, ${String(reused)} reused from the live release`
    },
  },
]

/** The permalink check's inputs, the same for its snapshot half in step 2 and the rest in step 3. */
const permalinkSources = (release: Release) => ({
  snapshotDir: release.snapshotDir,
  manifestFile: path.join(contentDir, 'permalinks.json'),
  redirectsFile: path.join(contentDir, 'redirects.yaml'),
})

/**
 * The snapshot's half of each release's permalink check, begun beside the pages (step 2, once
 * Astro has its plan) and ended by step 3 with the built site; a failure is reported there.
 */
const permalinkReports = new WeakMap<Release, Promise<PermalinkReport>>()

/** Once every one of `work` is settled: the first failure, if one failed. */
async function allDone(work: readonly Promise<unknown>[]): Promise<void> {
  const failed = (await Promise.allSettled(work)).find((outcome) => outcome.status === 'rejected')
  if (failed) throw failed.reason
}

async function runTimed(step: BuildStep, context: BuildContext): Promise<void> {
  const started = performance.now()
  context.log(`  ${step.name}…`)
  const summary = await step.run(context)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  context.log(`  ${step.name}: ${summary} (${seconds} s)`)
}

export const buildSteps: readonly BuildStep[] = [
  {
    name: 'copy the published snapshot',
    run: async (context) => {
      const { release, releasesDir, snapshot } = context
      await cp(snapshot, release.snapshotDir, { recursive: true })
      // The live site's ready copy (standby.ts), for the links from the live release.
      const live = await liveWithThisCode(context)
      const files =
        live && context.readyCopy ? await takeStandby(releasesDir, live, release) : undefined
      if (!live || files === undefined) return `from ${snapshot}`
      beginsAsCopy(release.siteDir, live.siteDir, files, [extraDir(release)])
      return `from ${snapshot}; the live site's ${String(files.length)} files from its ready copy`
    },
  },
  {
    name: 'build the pages (Astro), search index, open data and share cards',
    run: async (context) => {
      // At the same time: each mostly waits for another process (Astro's, Pagefind's, Chromium)
      // or the disk. A failure is reported once all are done: none goes on writing after.
      // But the pages' plan first: Astro waits for it, and the outputs would hold this thread
      // meanwhile (at 10,000 recommendations the plan, 0.4 s of work, came after 2.2 s).
      let planned: (() => void) | undefined
      const plan = new Promise<void>((resolve) => {
        planned = resolve
      })
      const pages = buildPages(context, () => {
        planned?.()
      })
      await Promise.race([plan, pages.catch(() => undefined)])
      const { release } = context
      const permalinks = permalinkReport(permalinkSources(release))
      permalinks.catch(() => undefined)
      permalinkReports.set(release, permalinks)
      try {
        await allDone([pages, ...snapshotOutputs.map((step) => runTimed(step, context))])
        await moveInto(extraDir(release), release.siteDir)
        const removed = await removeNotKept(release.siteDir)
        if (removed > 0) context.log(`  ${String(removed)} files of the live site's copy removed`)
      } finally {
        forgetCopy(release.siteDir)
      }
      return pages
    },
  },
  {
    name: 'check permalinks and write redirects',
    run: async ({ release }) => {
      const result = await checkPermalinksOf(
        {
          ...permalinkSources(release),
          siteUrl: env.SITE_URL,
          distDir: release.siteDir,
          builtFiles: await pageFilesOf(release),
        },
        permalinkReports.get(release),
      )
      // Registered by the caller once the release is live: promised from then on.
      await writeFile(servedFile(release), JSON.stringify(result.served))
      return `${String(result.urls)} URLs, ${String(result.redirects)} redirects`
    },
  },
]

/** The first step of the background build, as its log names it (`consolidatedFrom`). */
export const takeLiveStep = 'take the live release but its search index'

/** What a release records of its own build, never taken from another (the search index's too). */
const ownFiles = new Set([
  'build.log',
  'site-code.sha256',
  'search-keys.json',
  'search-base.json',
  ...copyRecordFiles,
])

/** Hard-links every file of `from`'s folder into `to`'s but its own files and its search index. */
async function linkReleaseButSearch(from: Release, to: Release): Promise<number> {
  const index = path.join(from.siteDir, searchIndexPath)
  const files = (await readdir(from.dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(index))
    .map((file) => path.relative(from.dir, file))
    .filter((file) => !ownFiles.has(file))
  const [failure] = await linkFiles(
    files.map((file) => [path.join(from.dir, file), path.join(to.dir, file)] as const),
  )
  if (failure)
    throw new Error(`Cannot take ${files[failure.index] ?? 'a file'}: ${failure.message}`)
  return files.length
}

/**
 * The background build that replaces a live delta with a full search index
 * (consolidate-search.ts): everything else taken from the live release as it is.
 */
export const consolidationSteps: readonly BuildStep[] = [
  {
    name: takeLiveStep,
    run: async (context) => {
      const live = await liveWithThisCode(context)
      // Pages of other code would be taken with this code's record: the next publish builds.
      if (!live) throw new Error('the site code changed since the live release was built')
      const linked = await linkReleaseButSearch(live, context.release)
      // For the ready copy of this release once it is live (standby.ts).
      await recordSiteButSearchFrom(context.release, live)
      return `${String(linked)} files from ${live.id}`
    },
  },
  {
    name: 'build the search index in full (Pagefind)',
    run: async (context) => {
      const { release } = context
      const summary = await buildSearchIndex({
        records: searchRecords(await readSnapshot(release.snapshotDir)),
        outDir: extraDir(release),
        next: release,
        previous: await liveWithThisCode(context),
        delta: false,
      })
      await moveInto(extraDir(release), release.siteDir)
      return summary
    },
  },
]
