/**
 * A lock a test file holds for all its tests, so that two files which use the same thing of the
 * checkout never run at the same moment, while every other file still runs two at a time.
 *
 * Why: the warm engine and the warm Astro (publish/src/release/warm-engine.ts, warm-astro.ts) are
 * one process each per checkout, found by their socket files, and `stopWarmEngines()` and
 * `stopWarmAstro()` end every idle one of the checkout. The int project runs two files at a time,
 * so when warm-engine.int.test.ts and warm-astro.int.test.ts met, one ended the other's warm
 * process mid-test and its warm assertions failed. Both hold `warmProcessesLock`. (Vitest cannot
 * say "not these two together" itself: a project of their own with one worker would have to run
 * in a group of its own, before or after the int files, the other core idle meanwhile.)
 *
 * The lock is a folder made with `mkdir`, which only one caller can make, under the checkout's
 * node_modules/.cache, where the warm processes' sockets are too: every worker of a run, and of
 * any run of this checkout, sees it; another checkout's run has its own. The holder writes its pid
 * in it; a lock whose holder is no longer running (a run killed mid-file) is taken over, so it
 * never blocks the next run. The waiting file polls until it is released or `timeoutMs` passes.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { isRunning } from '@mahjar/publish/release/warm-process-server'
import { fromRoot } from './paths.ts'

/** The lock of the checkout's warm engine and warm Astro. */
export const warmProcessesLock = 'warm-processes'

/** Where the checkout's locks live. */
export const locksFolder = fromRoot('node_modules', '.cache', 'test-locks')

/**
 * How long a file waits for the lock: the warm engine's file took 34 s alone and the warm Astro's
 * 48 s (7 December; 1.5-2.5 × that when the machine is busy), so ten minutes is ample margin, and
 * still ends a run stuck behind a live holder that never releases.
 */
export const lockTimeoutMs = 600_000

const ownerFileName = 'owner'

/** A lock folder found without its owner file this long after it was made was left mid-take. */
const ownerlessStaleMs = 10_000

export interface ExclusiveOptions {
  /** The folder the lock folder is made in (the checkout's `locksFolder` by default). */
  readonly folder?: string
  readonly timeoutMs?: number
  readonly pollMs?: number
}

/**
 * Waits until it holds the lock `name` (polling every `pollMs`) and returns the function that
 * releases it; throws, naming the holder, when `timeoutMs` passes first.
 */
export async function holdExclusive(
  name: string,
  { folder = locksFolder, timeoutMs = lockTimeoutMs, pollMs = 200 }: ExclusiveOptions = {},
): Promise<() => void> {
  mkdirSync(folder, { recursive: true })
  const lock = path.join(folder, `${name}.lock`)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (tryTake(lock))
      return () => {
        release(lock)
      }
    if (Date.now() >= deadline)
      throw new Error(
        `The lock ${lock} is still held by process ${String(ownerOf(lock) ?? 'unknown')} after ${String(timeoutMs)} ms`,
      )
    await new Promise((resolve) => {
      setTimeout(resolve, pollMs)
    })
  }
}

/**
 * Holds the lock `name` for the whole of the calling test file: taken before its other
 * `beforeAll` hooks, released after its other `afterAll` hooks (Vitest runs `afterAll` hooks in
 * reverse order), so call it before registering them.
 */
export function holdForThisFile(name: string, options: ExclusiveOptions = {}): void {
  let release: (() => void) | undefined
  const timeoutMs = options.timeoutMs ?? lockTimeoutMs
  beforeAll(
    async () => {
      release = await holdExclusive(name, { ...options, timeoutMs })
    },
    // The project's hookTimeout (120 s) is shorter than the wait for the other file.
    timeoutMs + 10_000,
  )
  afterAll(() => {
    release?.()
  })
}

/**
 * Takes the lock if it is free: true when this process now holds it. When it is held by a process
 * that is gone, removes it for the next try.
 */
function tryTake(lock: string): boolean {
  try {
    mkdirSync(lock)
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error
    takeOverIfStale(lock)
    return false
  }
  try {
    writeFileSync(path.join(lock, ownerFileName), String(process.pid))
  } catch (error) {
    // Removed before it named its holder, by a waiter that took it for one left long ago.
    if (isCode(error, 'ENOENT')) return false
    throw error
  }
  return true
}

/** Removes the lock if its holder is no longer running (or it was left before naming one). */
function takeOverIfStale(lock: string): void {
  const owner = ownerOf(lock)
  if (owner === undefined ? !leftOwnerless(lock) : isRunning(owner)) return
  // Moved aside first, then checked: if another waiter took over the same stale lock meanwhile
  // and holds a new one, that is what was moved, and it goes back.
  const aside = `${lock}.stale-${String(process.pid)}-${String(Date.now())}`
  try {
    renameSync(lock, aside)
  } catch (error) {
    if (isCode(error, 'ENOENT')) return
    throw error
  }
  if (ownerOf(aside) !== owner) {
    try {
      renameSync(aside, lock)
      return
    } catch {
      // Only if a third process took the lock in between: two hold it then. Two files use it.
    }
  }
  rmSync(aside, { recursive: true, force: true })
}

function release(lock: string): void {
  // Only this process's own lock: one taken over from it (it was thought dead) is not removed.
  if (ownerOf(lock) === process.pid) rmSync(lock, { recursive: true, force: true })
}

/** The pid written in the lock, if it can be read yet. */
function ownerOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(lock, ownerFileName), 'utf8').trim())
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

/** A lock folder without an owner file, made long enough ago that its maker is gone. */
function leftOwnerless(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > ownerlessStaleMs
  } catch {
    return false
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && 'code' in error && error.code === code
}
