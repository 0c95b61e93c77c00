/**
 * The warm engine (started by warm-engine.ts, never by hand): one Node process, with the
 * environment, folder and Node arguments of the publish command that started it, that builds
 * each publish it is asked for as the command would (the search consolidation stopped, the
 * release built and made live), one at a time, and answers with the result line. What the
 * command does after its result line (the search consolidation, at low priority) it still does
 * itself.
 *
 * `node warm-engine-process.ts <socket>`. It listens at once and loads the engine meanwhile (a
 * caller waits at most 5 s for a process it started to answer). It ends when idle for 5 minutes,
 * when its releases folder is gone (a test's, say), past 1.5 GB, on SIGTERM, and when its caller
 * goes away mid-build (a stopped publish: the release folder is left without an end line, as a
 * killed command leaves it, and `pnpm start` removes it). Whatever it started (an `astro build`
 * of its own, Pagefind's service, the kept Chromium) ends with it.
 */
import { existsSync } from 'node:fs'
import type { EngineEnd, EnginePublish } from './warm-engine.ts'
import { serveWarm } from './warm-process-server.ts'

const idleMs = 300_000
const maxRss = 1.5 * 1024 ** 3

const [socketPath = ''] = process.argv.slice(2)
if (!socketPath) throw new Error('usage: warm-engine-process.ts <socket>')

/** What the engine says first for each publish (the tests look for it). */
const engineSaid = (publishes: number) =>
  `[warm-engine] process ${String(process.pid)}, publish ${String(publishes)}`

let publishes = 0

const engine = (async () => {
  const [
    { keepChromium },
    { env },
    { progressLine },
    { buildRelease },
    { stopSearchConsolidation },
  ] = await Promise.all([
    import('../chromium.ts'),
    import('../env.ts'),
    import('../protocol.ts'),
    import('./build-release.ts'),
    import('./consolidate-search.ts'),
  ])
  // Share cards are drawn by one Chromium, launched for the first.
  keepChromium()
  // A releases folder removed (a test's, a benchmark's) has nothing left to publish to.
  setInterval(() => {
    if (!existsSync(env.RELEASES_DIR)) server.stop(0)
  }, 10_000).unref()
  return { env, progressLine, buildRelease, stopSearchConsolidation }
})()
// Not loadable: callers see no answer and build in their own process (the error is in the log).
engine.catch((error: unknown) => {
  console.error(error)
  server.stop(1)
})

const server = serveWarm<EnginePublish, EngineEnd>({
  socketPath,
  idleMs,
  handle: async ({ snapshot }, answer) => {
    const { env, progressLine, buildRelease, stopSearchConsolidation } = await engine
    const echo = (line: string) => {
      answer({ kind: 'output', text: `${line}\n` })
    }
    publishes += 1
    echo(engineSaid(publishes))
    try {
      await stopSearchConsolidation(env.RELEASES_DIR)
      const result = await buildRelease({
        releasesDir: env.RELEASES_DIR,
        activate: true,
        echo,
        snapshot,
      })
      // In the end answer: a caller that loses the engine before it never saw a result.
      const { ok, activated } = result
      answer({ kind: 'end', ok, activated, resultLine: progressLine({ kind: 'result', result }) })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      answer({ kind: 'end', ok: false, activated: false, error: message })
    }
    return process.memoryUsage().rss > maxRss ? 'retire' : 'stay'
  },
  onStop: () => {
    // The engine leads its own process group (started detached): whatever it started is in it.
    // The signal reaches this process too, after it has exited.
    try {
      process.kill(-process.pid, 'SIGTERM')
    } catch {
      // Nothing else in it.
    }
  },
})

// Playwright's own SIGTERM handler (the kept Chromium) would only close the browser.
process.on('SIGTERM', () => server.stop(0))
