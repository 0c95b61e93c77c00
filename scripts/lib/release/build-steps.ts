/**
 * The steps of one site build into a release folder, in order. Each step reuses the command's
 * own function (export, search index, open data, share cards, permalink check); the Astro build
 * runs as a child process (≈ 1 GB for 10k pages) with its output in the release's log. What is
 * built from the snapshot alone (search index, open data, share cards) is written beside the
 * Astro build into `<release>/extra/`, then moved into the site: Astro runs on one core, these
 * use the other.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, mkdirSync, rmSync } from 'node:fs'
import { cp, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildOpenDataFiles } from '../../build-open-data.ts'
import { checkPermalinksOf } from '../../check-permalinks.ts'
import { env } from '../env.ts'
import { contentDir, repoRoot } from '../paths.ts'
import { indexSnapshot } from '../search/write-index.ts'
import { currentRelease, type Release } from './releases.ts'
import { buildShareCardsReusing } from './reuse-cards.ts'

export interface BuildContext {
  readonly release: Release
  readonly releasesDir: string
  /** Appends a line to the release's log (and wherever the caller echoes it). */
  readonly log: (line: string) => void
  /**
   * A published snapshot the caller exported: the CMS's rebuild job, whose Payload is booted
   * already. The build then never boots Payload (≈ 5 s of CPU, 9–22 s of a build under load in
   * CI), and the caller registers the URLs served, listed in `servedFile(release)`. Unset (the
   * `pnpm build` command), the build exports and registers itself.
   */
  readonly exported?: string
}

/** The URLs a release serves, for the caller that registers them (see `exported`). */
export const servedFile = (release: Release) => path.join(release.dir, 'served.json')

/** Payload, loaded and booted only when used: a build handed its snapshot never needs it. */
export async function bootPayloadWhenNeeded() {
  const { bootPayload } = await import('@mahjar/cms/boot')
  return bootPayload()
}

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

/** Runs `astro build` into the release, its output appended to the log file. */
function astroBuild({ release, releasesDir, log }: BuildContext): Promise<string> {
  return new Promise((resolve, reject) => {
    const output = createWriteStream(release.logFile, { flags: 'a' })
    const workDir = astroWorkDir(release.id)
    mkdirSync(workDir, { recursive: true })
    const args = [astroBin, 'build', '--root', siteDir, '--outDir', release.siteDir]
    const child = spawn(process.execPath, args, {
      cwd: workDir,
      env: {
        ...process.env,
        SNAPSHOT_DIR: release.snapshotDir,
        SITE_CACHE_DIR: path.join(releasesDir, '.cache', 'astro'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let tail = ''
    const keep = (chunk: Buffer) => {
      output.write(chunk)
      tail = (tail + chunk.toString()).slice(-4000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const stop = () => child.kill('SIGTERM')
    process.once('SIGTERM', stop)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      process.off('SIGTERM', stop)
      output.end()
      rmSync(workDir, { recursive: true, force: true })
      if (code === 0) {
        const pages = /(\d+) page\(s\) built/.exec(tail)?.[1]
        resolve(pages ? `${pages} pages` : 'built')
        return
      }
      log(tail.trimEnd())
      reject(new Error(`astro build failed (${signal ?? `exit code ${String(code)}`})`))
    })
  })
}

/** Moves every entry of `from` into `to`, merging directories that exist on both sides. */
async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    const existing = await stat(target).catch(() => undefined)
    if (entry.isDirectory() && existing?.isDirectory()) await moveInto(source, target)
    else await rename(source, target)
  }
}

const extraDir = (release: Release) => path.join(release.dir, 'extra')

/** Built from the snapshot alone, into `extra/`, while Astro builds the pages. */
const snapshotOutputs: readonly BuildStep[] = [
  {
    name: 'build the search index (Pagefind)',
    run: async ({ release }) => {
      const records = await indexSnapshot(
        release.snapshotDir,
        path.join(extraDir(release), 'pagefind'),
        'normalised',
      )
      return `${String(records.length)} records`
    },
  },
  {
    name: 'write open data and citations',
    run: async ({ release }) =>
      `${String(await buildOpenDataFiles(release.snapshotDir, extraDir(release)))} files`,
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

async function runTimed(step: BuildStep, context: BuildContext): Promise<void> {
  const started = performance.now()
  context.log(`  ${step.name}…`)
  const summary = await step.run(context)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  context.log(`  ${step.name}: ${summary} (${seconds} s)`)
}

export const buildSteps: readonly BuildStep[] = [
  {
    name: 'export the published snapshot',
    run: async ({ release, exported, log }) => {
      if (exported !== undefined) {
        await cp(exported, release.snapshotDir, { recursive: true })
        return 'exported by the CMS'
      }
      const { exportSnapshot, leftOffReport } = await import('@mahjar/cms/snapshot/export')
      const result = await exportSnapshot(await bootPayloadWhenNeeded(), release.snapshotDir)
      const leftOff = leftOffReport(result)
      if (leftOff !== '') log(leftOff)
      const total = result.counts.reduce((sum, { count }) => sum + count, 0)
      return `${String(total)} documents${result.skipped.length > 0 ? `, ${String(result.skipped.length)} skipped` : ''}`
    },
  },
  {
    name: 'build the pages (Astro), search index, open data and share cards',
    run: async (context) => {
      const besides = (async () => {
        for (const step of snapshotOutputs) await runTimed(step, context)
      })()
      const [pages] = await Promise.all([astroBuild(context), besides])
      await moveInto(extraDir(context.release), context.release.siteDir)
      await rm(extraDir(context.release), { recursive: true, force: true })
      return pages
    },
  },
  {
    name: 'check permalinks and write redirects',
    run: async ({ release, exported }) => {
      const result = await checkPermalinksOf({
        snapshotDir: release.snapshotDir,
        manifestFile: path.join(contentDir, 'permalinks.json'),
        redirectsFile: path.join(contentDir, 'redirects.yaml'),
        siteUrl: env.SITE_URL,
        distDir: release.siteDir,
      })
      const summary = `${String(result.urls)} URLs`
      if (exported !== undefined) {
        await writeFile(servedFile(release), JSON.stringify(result.served))
        return `${summary} (the CMS registers them), ${String(result.redirects)} redirects`
      }
      // Checked: these URLs go live with this release, so they are promised from now on.
      const { registerPermalinks } = await import('@mahjar/cms/permalinks/register')
      const registered = await registerPermalinks(await bootPayloadWhenNeeded(), result.served)
      return `${summary} (${String(registered.added)} new in the registry), ${String(result.redirects)} redirects`
    },
  },
]
