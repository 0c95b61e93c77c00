/**
 * The warm engine (started by warm-engine.ts, never by hand): one Node process, with the
 * environment, folder and Node arguments of the publish command that started it, that builds
 * each publish it is asked for as the command would (the search consolidation stopped, the
 * release built and made live, the result line written), one at a time. What the command does
 * after its result line (the search consolidation, at low priority) it still does itself.
 *
 * `node warm-engine-process.ts <socket>`. It ends when idle for 5 minutes, when its releases
 * folder is gone (a test's, say), past 1.5 GB, and when its caller goes away mid-build (a
 * stopped publish: the release folder it leaves without an end line is removed before the next
 * build, as one a killed command leaves).
 */
import { existsSync } from 'node:fs'
import { keepChromium } from '../chromium.ts'
import { env } from '../env.ts'
import { progressLine } from '../protocol.ts'
import { buildRelease } from './build-release.ts'
import { stopSearchConsolidation } from './consolidate-search.ts'
import type { EngineEnd, EnginePublish } from './warm-engine.ts'
import { serveWarm } from './warm-process-server.ts'

const idleMs = 300_000
const maxRss = 1.5 * 1024 ** 3

const [socketPath = ''] = process.argv.slice(2)
if (!socketPath) throw new Error('usage: warm-engine-process.ts <socket>')

/** What the engine says first for each publish (the tests look for it). */
export const engineSaid = (publishes: number) =>
  `[warm-engine] process ${String(process.pid)}, publish ${String(publishes)}`

let publishes = 0

// Share cards are drawn by one Chromium, launched for the first.
keepChromium()

const server = serveWarm<EnginePublish, EngineEnd>({
  socketPath,
  idleMs,
  handle: async ({ snapshot }, answer) => {
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
      echo(progressLine({ kind: 'result', result }))
      answer({ kind: 'end', ok: result.ok, activated: result.activated })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      answer({ kind: 'end', ok: false, activated: false, error: message })
    }
    return process.memoryUsage().rss > maxRss ? 'retire' : 'stay'
  },
})

// A releases folder removed (a test's, a benchmark's) has nothing left to publish to.
setInterval(() => {
  if (!existsSync(env.RELEASES_DIR)) server.stop(0)
}, 10_000).unref()
