/**
 * One build of the live site: a new release folder, every build step in order (each line also
 * in `<release>/build.log`), then the atomic swap of `current`. A failed step leaves `current`
 * where it was and the failed release folder with its log.
 */
import { appendFileSync } from 'node:fs'
import { buildSteps, type BuildStep } from './build-steps.ts'
import { activateRelease, createRelease, pruneReleases } from './releases.ts'

/** Prefix of the machine-readable lines on stdout that `pnpm start` and the rebuild job read. */
export const progressPrefix = '[build]'

export interface BuildResult {
  readonly ok: boolean
  readonly release: string
  readonly logFile: string
  readonly seconds: number
  readonly activated: boolean
  readonly error?: string
  readonly steps: readonly { readonly name: string; readonly seconds: number }[]
}

export interface BuildReleaseOptions {
  readonly releasesDir: string
  readonly activate?: boolean
  readonly steps?: readonly BuildStep[]
  /** Where progress lines go besides the log file (stdout for the command). */
  readonly echo?: (line: string) => void
}

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1))

export async function buildRelease(options: BuildReleaseOptions): Promise<BuildResult> {
  const started = performance.now()
  const steps = options.steps ?? buildSteps
  const release = await createRelease(options.releasesDir)
  const log = (line: string) => {
    appendFileSync(release.logFile, `${line}\n`)
    options.echo?.(line)
  }
  const timings: { name: string; seconds: number }[] = []
  log(`${progressPrefix} release ${release.id}`)
  try {
    for (const [index, step] of steps.entries()) {
      const stepStarted = performance.now()
      log(`${progressPrefix} step ${String(index + 1)}/${String(steps.length)} ${step.name}`)
      const summary = await step.run({ release, releasesDir: options.releasesDir, log })
      timings.push({ name: step.name, seconds: seconds(stepStarted) })
      log(`${progressPrefix} done ${step.name}: ${summary} (${String(seconds(stepStarted))} s)`)
    }
    const activate = options.activate ?? true
    if (activate) {
      await activateRelease(options.releasesDir, release)
      await pruneReleases(options.releasesDir)
      log(`${progressPrefix} live: ${release.id}`)
    }
    return {
      ok: true,
      release: release.id,
      logFile: release.logFile,
      seconds: seconds(started),
      activated: activate,
      steps: timings,
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    log(`${progressPrefix} failed: ${message}`)
    return {
      ok: false,
      release: release.id,
      logFile: release.logFile,
      seconds: seconds(started),
      activated: false,
      error: message,
      steps: timings,
    }
  }
}
