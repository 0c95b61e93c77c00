/**
 * One build of the live site: a new release folder, every build step in order (each line also
 * in `<release>/build.log`), then the atomic swap of `current`. A failed step leaves `current`
 * where it was and the failed release folder with its log. Every build that ends writes a last
 * line saying how (live, built, failed); a folder without one was cut short (a crash, a kill)
 * and is removed by `cleanUnfinishedReleases` before the next build.
 */
import { appendFileSync } from 'node:fs'
import { readFile, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { ifMissing } from '@mahjar/shared/errors'
import { progressLine, readProgressLine, type PublishResult } from '../protocol.ts'
import { astroWorkDir, buildSteps, servedFile, type BuildStep } from './build-steps.ts'
import { recordSiteCode, siteCodeFingerprint } from './site-code.ts'
import {
  activateRelease,
  createRelease,
  currentLink,
  currentRelease,
  releaseAt,
  SupersededError,
  type Release,
} from './releases.ts'

/** The last line of every build that ran to its end, whatever the outcome. */
const isEndLine = (line: string) => readProgressLine(line)?.kind === 'end'

export interface BuildReleaseOptions {
  readonly releasesDir: string
  readonly activate?: boolean
  readonly steps?: readonly BuildStep[]
  /** Where progress lines go besides the log file (stdout for the command). */
  readonly echo?: (line: string) => void
  /** The published snapshot to build from (the CMS exports it; see BuildContext). */
  readonly snapshot: string
  /** Told the release folder as soon as it exists. */
  readonly onStart?: (release: Release) => void
  /** Every page and output made again (BuildContext `full`). */
  readonly full?: boolean
  /** Whether it may take the live site's ready copy (BuildContext `readyCopy`); it may by default. */
  readonly readyCopy?: boolean
  /** Pages rendered too, changed or not (BuildContext `alsoRender`); none by default. */
  readonly alsoRender?: readonly string[]
}

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1))

export async function buildRelease(options: BuildReleaseOptions): Promise<PublishResult> {
  const started = performance.now()
  const steps = options.steps ?? buildSteps
  // Taken before the build reads any of it: a change made meanwhile counts as newer.
  const code = siteCodeFingerprint()
  // The release live now: this one goes live only if that is still so when it is done.
  const live = await currentRelease(options.releasesDir)
  const builtOn = live?.id
  const release = await createRelease(options.releasesDir)
  options.onStart?.(release)
  const log = (line: string) => {
    appendFileSync(release.logFile, `${line}\n`)
    options.echo?.(line)
  }
  const timings: { name: string; seconds: number }[] = []
  log(progressLine({ kind: 'release', id: release.id }))
  try {
    for (const [index, step] of steps.entries()) {
      const stepStarted = performance.now()
      log(progressLine({ kind: 'step', index: index + 1, total: steps.length, name: step.name }))
      const summary = await step.run({
        release,
        releasesDir: options.releasesDir,
        log,
        snapshot: options.snapshot,
        live,
        siteCode: code,
        full: options.full ?? false,
        readyCopy: options.readyCopy ?? true,
        alsoRender: options.alsoRender ?? [],
      })
      timings.push({ name: step.name, seconds: seconds(stepStarted) })
      log(
        progressLine({
          kind: 'done',
          text: `${step.name}: ${summary} (${String(seconds(stepStarted))} s)`,
        }),
      )
    }
    await recordSiteCode(release, code)
    const activate = options.activate ?? true
    if (activate) {
      await activateRelease(options.releasesDir, release, builtOn)
      log(progressLine({ kind: 'end', how: 'live', text: release.id }))
    } else log(progressLine({ kind: 'end', how: 'built', text: `${release.id} (not made live)` }))
    return {
      ok: true,
      release: release.id,
      logFile: release.logFile,
      seconds: seconds(started),
      activated: activate,
      steps: timings,
      servedFile: servedFile(release),
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    log(progressLine({ kind: 'end', how: 'failed', text: message }))
    return {
      ok: false,
      release: release.id,
      logFile: release.logFile,
      seconds: seconds(started),
      activated: false,
      error: message,
      ...(error instanceof SupersededError ? { superseded: true } : {}),
      steps: timings,
    }
  }
}

/**
 * Removes what builds cut short left behind: release folders whose log has no end line (never
 * the live one), their Astro working folders, and temporary `current` links of an interrupted
 * swap. Call it only when no build runs (`pnpm start` does, before its first build and after a
 * CMS crash, once the crashed CMS's build children are gone). Returns the removed release ids.
 */
export async function cleanUnfinishedReleases(releasesDir: string): Promise<string[]> {
  const live = (await currentRelease(releasesDir))?.id
  const entries = await readdir(releasesDir, { withFileTypes: true }).catch(ifMissing([]))
  const removed: string[] = []
  for (const entry of entries) {
    if (entry.name.startsWith(`.${currentLink}-`) && entry.isSymbolicLink()) {
      await rm(path.join(releasesDir, entry.name), { force: true })
      continue
    }
    if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === live) continue
    const release = releaseAt(releasesDir, entry.name)
    // No log: cut short before its first line. An unreadable one stops here: the release may
    // have finished, and is not ours to delete on a guess.
    const log = await readFile(release.logFile, 'utf8').catch(ifMissing(''))
    if (log.split('\n').some(isEndLine)) continue
    await rm(release.dir, { recursive: true, force: true })
    await rm(astroWorkDir(release.id), { recursive: true, force: true })
    removed.push(release.id)
  }
  return removed
}
