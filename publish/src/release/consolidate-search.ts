/**
 * After a publish makes a search delta live (outputs/search-delta.ts), the full index is built in
 * the background and replaces it: a release of its own, everything else hard-linked from the live
 * one, made live by the same swap and only if the delta's release is still live (one writer). The
 * publishing command does it after reporting its result (scripts/build-site.ts), so the editor
 * does not wait for it.
 *
 * A publish that starts meanwhile stops it first (`stopSearchConsolidation`; a ready copy of the
 * live site under way is let finish, as the publish starts from it): its own delta is
 * taken against the same base, and its own background build follows. The folder of a stopped
 * build is removed once it has ended.
 *
 * Both wait for publishing to be quiet (`quietMs`, SEARCH_REBUILD_QUIET_MS: 10 s by default), the
 * live site's ready copy excepted: at 10,000 recommendations linking a release's 92,000 files and
 * removing an old one's 113,000, begun a second after each publish, held the disk when the next
 * publish of a series came 3-4 s later: writing a finding's 786 pages took 0.7-1.0 s against
 * 0.1 s (hand timings, 7 December 2026).
 *
 * Old release folders are removed here too, not before the result line: at 10,000
 * recommendations removing one (113,000 files) took 8.4 s, which the CMS's rebuild job waited
 * for. They are moved into the trash at once (`pruneReleases`, and a stopped build's folder in
 * `stopSearchConsolidation`: a publish used to wait for its removal) and the trash is emptied
 * beside the rebuild; a publish that stops it leaves the rest to the next.
 */
import { renameSync, writeFileSync } from 'node:fs'
import { readFile, readlink, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'
import { ifMissing } from '@mahjar/shared/errors'
import type { PublishResult } from '../protocol.ts'
import { buildRelease, type BuildReleaseOptions } from './build-release.ts'
import { consolidationSteps, takeLiveStep } from './build-steps.ts'
import {
  currentRelease,
  emptyTrash,
  hasOldReleases,
  moveToTrash,
  pruneReleases,
  type Release,
} from './releases.ts'
import { hasSearchDelta } from './search-index-step.ts'
import { prepareStandby } from './standby.ts'
import { isRunning } from './warm-process-server.ts'

/** The process building the full index while it runs: its pid, script and release. */
export const runningFile = (releasesDir: string) => path.join(releasesDir, '.search-consolidation')

/** How long a publish waits for a stopped background build to end. */
const stopWait = 10_000

const runningSchema = z.object({
  pid: z.number().int().positive(),
  script: z.string().min(1),
  /** Its release folder, once made. */
  release: z.string().optional(),
  /** Making the live site's ready copy (standby.ts), which a publish lets it finish. */
  readying: z.boolean().optional(),
})

type Running = z.infer<typeof runningSchema>

/**
 * Whether `running` is still that process: the pid alive and running the same script (Linux's
 * /proc; elsewhere never, so that a reused pid is never stopped).
 */
async function isStill({ pid, script }: Running): Promise<boolean> {
  const command = await readFile(`/proc/${String(pid)}/cmdline`, 'utf8').catch(() => '')
  // The script as it was started, maybe relative to that process's folder (argv[1] is absolute).
  const cwd = await readlink(`/proc/${String(pid)}/cwd`).catch(() => undefined)
  const started = command.split('\0').map((arg) => (cwd ? path.resolve(cwd, arg) : arg))
  return started.includes(script) && isRunning(pid)
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * Moves old releases into the trash and empties it, and builds the full search index over the
 * live release when it holds a delta and makes it live; undefined when there is no delta.
 * `niceness`: the priority both run at (19, below every other process: on two cores they would
 * slow the next publish; Pagefind, started from here, inherits it). `quietMs`: how long both
 * wait, after the live site's ready copy, for a publish that would stop them.
 */
export async function consolidateSearch(
  releasesDir: string,
  {
    echo,
    steps = consolidationSteps,
    niceness = 19,
    quietMs = 0,
  }: Pick<BuildReleaseOptions, 'echo' | 'steps'> & { niceness?: number; quietMs?: number } = {},
): Promise<PublishResult | undefined> {
  const running = runningFile(releasesDir)
  let said: Running = { pid: process.pid, script: process.argv[1] ?? '' }
  // Written whole (a rename): a publish reading it never sees half of it.
  const say = (change: Partial<Running>) => {
    said = { ...said, ...change }
    const next = `${running}.${String(process.pid)}`
    writeFileSync(next, JSON.stringify(said))
    renameSync(next, running)
  }
  say({})
  const readyCopyOf = async (live: Release | undefined) => {
    say({ readying: true })
    await readyCopy(releasesDir, live, echo)
    say({ readying: false })
  }
  // Old releases are tidied as well as can be: a folder that cannot go yet never stops the rebuild.
  const tidy = async () => {
    try {
      await pruneReleases(releasesDir)
      await emptyTrash(releasesDir)
    } catch (error) {
      echo?.(`old releases not removed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  try {
    const live = await currentRelease(releasesDir)
    const rebuild = live !== undefined && (await hasSearchDelta(live))
    try {
      os.setPriority(niceness)
    } catch {
      // Not allowed here: it runs at the priority it has.
    }
    // The next publish's first: old releases out, one of them the live site's ready copy.
    await pruneReleases(releasesDir).catch(() => [])
    await readyCopyOf(live)
    if (!rebuild && !(await hasOldReleases(releasesDir))) return undefined
    // A publish meanwhile stops this process before it has begun anything.
    await sleep(quietMs)
    const build = async () =>
      live && rebuild
        ? buildRelease({
            releasesDir,
            snapshot: live.snapshotDir,
            steps,
            ...(echo ? { echo } : {}),
            // For whoever stops this build to remove its folder.
            onStart: (release) => {
              say({ release: release.id })
            },
          })
        : undefined
    const [built] = await Promise.all([build(), tidy()])
    // The release the rebuild replaced is old now; the ready copy is of the live one.
    if (built?.activated) {
      await readyCopyOf(await currentRelease(releasesDir))
      await tidy()
    }
    return built
  } finally {
    await rm(running, { force: true })
  }
}

/** The live site's ready copy for the next publish (standby.ts); a failure only leaves none. */
async function readyCopy(
  releasesDir: string,
  live: Release | undefined,
  echo: ((line: string) => void) | undefined,
): Promise<void> {
  if (!live) return
  try {
    const started = performance.now()
    const { linked, removed, files, base } = await prepareStandby(releasesDir, live)
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const how = base ? `, from its changes since ${base}` : ''
    echo?.(
      `the live site's ready copy: ${String(files)} files, ${String(linked)} linked, ${String(removed)} removed${how} (${seconds} s)`,
    )
  } catch (error) {
    echo?.(
      `no ready copy of the live site: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/** What the running file says, if it names a process. */
async function readRunning(file: string): Promise<Running | undefined> {
  const text = await readFile(file, 'utf8').catch(ifMissing(undefined))
  return text === undefined ? undefined : runningSchema.safeParse(parsedOrUndefined(text)).data
}

/**
 * Stops the background build of a full search index, if one runs, and waits for it to end. One
 * making the live site's ready copy is let finish first (at most `stopWait`): the publish starts
 * from that copy, and without it links the live site's files itself beside Astro (at 10,000
 * recommendations the ready copy took 2.4–3.2 s from nothing, and its absence 2–3.5 s of a
 * publish's pages step: docs/benchmarks.md).
 */
export async function stopSearchConsolidation(releasesDir: string): Promise<void> {
  const file = runningFile(releasesDir)
  let running = await readRunning(file)
  if (!running || running.pid === process.pid || !(await isStill(running))) {
    await rm(file, { force: true })
    return
  }
  const until = Date.now() + stopWait
  while (running.readying === true && isRunning(running.pid) && Date.now() < until) {
    await sleep(20)
    running = (await readRunning(file)) ?? { ...running, readying: false }
  }
  // Ended meanwhile (nothing to rebuild after its copy): it removed its file itself.
  if (!(await isStill(running))) {
    await rm(file, { force: true })
    return
  }
  process.kill(running.pid, 'SIGTERM')
  const ended = Date.now() + stopWait
  while (isRunning(running.pid) && Date.now() < ended) await sleep(5)
  // Its folder, unless it went live before the signal came (the swap is its last step): into
  // the trash, which the next background phase empties (removing it took 8 s at 10,000). As its
  // file says last: it may have begun its release after the copy, before the signal.
  const release = (await readRunning(file))?.release ?? running.release
  if (!isRunning(running.pid) && release && (await currentRelease(releasesDir))?.id !== release)
    await moveToTrash(releasesDir, release)
  await rm(file, { force: true })
}

/** The release a background build's log says it replaced (its delta's); undefined for others. */
export function consolidatedFrom(log: string): string | undefined {
  return new RegExp(`${takeLiveStep}: \\d+ files from (\\S+)`).exec(log)?.[1]
}
