/**
 * Keeps a long-running child of `pnpm start` (the CMS server, the site server) alive: when it
 * dies for any reason but a stop (a crash, `kill -9`, out of memory), the supervisor logs how,
 * waits (1 s, then longer while it keeps dying soon after each start), runs `beforeRestart`
 * (the child's group is gone by then: see child.ts) and starts it again. `stop()` ends it for
 * good (Ctrl-C).
 */
import type { RunningChild } from './child.ts'

export interface SuperviseOptions {
  readonly name: string
  readonly start: () => RunningChild
  /** Once its predecessor and that one's leftovers are gone, before a new one starts. */
  readonly beforeRestart?: () => Promise<void>
  /** After each restart: resolves when it serves again (a rejection is logged). */
  readonly ready?: () => Promise<void>
  readonly log: (line: string) => void
  /** Waits before restart number 1, 2, … of a run of quick deaths (the last one repeats). */
  readonly backoffMs?: readonly number[]
  /** A child that ran this long was healthy: the next wait starts from the first again. */
  readonly healthyMs?: number
}

export interface Supervised {
  current(): RunningChild
  restarts(): number
  stop(): Promise<void>
}

export const defaultBackoffMs = [1_000, 2_000, 5_000, 10_000, 30_000] as const

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`

export function supervise(options: SuperviseOptions): Supervised {
  const backoff = options.backoffMs ?? defaultBackoffMs
  const healthyMs = options.healthyMs ?? 60_000
  let child = options.start()
  let restarts = 0
  let stopping = false
  // Read through a function: the flag changes while the loop awaits.
  const stopped = () => stopping
  let cancelWait: (() => void) | undefined

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      cancelWait = () => {
        clearTimeout(timer)
        resolve()
      }
    })

  const loop = async () => {
    let quickDeaths = 0
    for (;;) {
      const startedAt = Date.now()
      await child.exited
      if (stopped()) return
      const ranMs = Date.now() - startedAt
      quickDeaths = ranMs >= healthyMs ? 0 : quickDeaths + 1
      const delay = backoff[Math.min(Math.max(quickDeaths - 1, 0), backoff.length - 1)] ?? 1_000
      options.log(
        `${options.name} stopped (${child.exitDescription() ?? 'unknown'}) after ${seconds(ranMs)}; ` +
          `restarting in ${seconds(delay)} (restart ${String(restarts + 1)}). Last output:\n${child.tail(15)}`,
      )
      await wait(delay)
      if (stopped()) return
      try {
        await options.beforeRestart?.()
      } catch (error) {
        options.log(`${options.name}: ${error instanceof Error ? error.message : String(error)}`)
      }
      if (stopped()) return
      child = options.start()
      restarts++
      const restarted = child
      void options
        .ready?.()
        .then(() => {
          if (child === restarted)
            options.log(`${options.name} is back (pid ${String(restarted.process.pid)})`)
        })
        .catch((error: unknown) => {
          options.log(
            `${options.name} did not come back: ${error instanceof Error ? error.message : String(error)}`,
          )
        })
    }
  }
  void loop()

  return {
    current: () => child,
    restarts: () => restarts,
    stop: async () => {
      stopping = true
      cancelWait?.()
      await child.stop()
    },
  }
}
