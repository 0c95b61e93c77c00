/**
 * The warm engine (started by warm-engine.ts, never by hand): one Node process, with the
 * environment, folder and Node arguments of the publish command that started it, that builds
 * each publish it is asked for as the command would (the search consolidation stopped, the
 * release built and made live), one at a time, and answers with the result line. What the
 * command does after its result line (the search consolidation, at low priority) it still does
 * itself.
 *
 * Asked to warm up (warm-engine.ts `warmUpEngine`), it builds the live release again, unpublished,
 * rendering one page of each route, and removes it: a publish meanwhile waits for that.
 *
 * `node warm-engine-process.ts <socket>`. It listens at once and loads the engine meanwhile (a
 * caller waits at most 5 s for a process it started to answer). It ends when idle for 5 minutes
 * (kept by `pnpm start`: when that has gone, warm-process-server.ts `keeperOf`),
 * when its releases folder is gone (a test's, say), past 1.5 GB, on SIGTERM, and when its caller
 * goes away mid-build (a stopped publish: the release folder is left without an end line, as a
 * killed command leaves it, and `pnpm start` removes it). Whatever it started (an `astro build`
 * of its own, Pagefind's service, the kept Chromium) ends with it.
 */
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { warmedUpSaid, warmingUpSaid } from '../protocol.ts'
import { engineCodeFiles, type EngineEnd, type EnginePublish } from './warm-engine.ts'
import { keeperOf, serveWarm } from './warm-process-server.ts'

const idleMs = 300_000
const maxRss = 1.5 * 1024 ** 3

const [socketPath = ''] = process.argv.slice(2)
if (!socketPath) throw new Error('usage: warm-engine-process.ts <socket>')

/** What the engine says first for each publish (the tests look for it). */
const engineSaid = (publishes: number) =>
  `[warm-engine] process ${String(process.pid)}, publish ${String(publishes)}`

let publishes = 0
/** The warm-up, once asked for (whether it built, what it did): a publish waits for it. */
let warming: Promise<{ ok: boolean; said: string }> | undefined
/** Whether it is over. */
let warmedUp = false

const engine = (async () => {
  const [
    { keepChromium },
    { env },
    { progressLine },
    { buildRelease },
    { stopSearchConsolidation },
    { currentRelease, releaseAt },
    { pageOfEachRouteOf, pagesRenderedAnew },
  ] = await Promise.all([
    import('../chromium.ts'),
    import('../env.ts'),
    import('../protocol.ts'),
    import('./build-release.ts'),
    import('./consolidate-search.ts'),
    import('./releases.ts'),
    import('../incremental/partial-pages.ts'),
  ])
  // Share cards are drawn by one Chromium, launched for the first.
  keepChromium()
  // A releases folder removed (a test's, a benchmark's) has nothing left to publish to.
  setInterval(() => {
    if (!existsSync(env.RELEASES_DIR)) server.stop(0)
  }, 10_000).unref()
  /** The warm-up (warm-engine.ts `warmUpEngine`): the live release built again, then removed. */
  async function warmUp(): Promise<{ ok: boolean; said: string }> {
    const started = performance.now()
    const live = await currentRelease(env.RELEASES_DIR)
    if (!live) return { ok: true, said: 'no live release to build again' }
    // A build of the same snapshot renders nothing: these load Astro's rendering code.
    const sample = await pageOfEachRouteOf(live)
    const result = await buildRelease({
      releasesDir: env.RELEASES_DIR,
      activate: false,
      snapshot: live.snapshotDir,
      // The live site's ready copy is the first publish's.
      readyCopy: false,
      alsoRender: sample,
    })
    const release = releaseAt(env.RELEASES_DIR, result.release)
    // Said at the end: how many of those pages its build wrote (the others it linked).
    const anew = result.ok ? await pagesRenderedAnew(release, live, sample) : 0
    await rm(release.dir, { recursive: true, force: true })
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    return {
      ok: result.ok,
      said: result.ok
        ? `${live.id} built again in ${seconds} s, ${String(anew)} of ${String(sample.length)} pages (one of each route) rendered`
        : `failed: ${result.error ?? 'no error said'}`,
    }
  }
  return { env, progressLine, buildRelease, stopSearchConsolidation, warmUp }
})()
// Not loadable: callers see no answer and build in their own process (the error is in the log).
engine.catch((error: unknown) => {
  console.error(error)
  server.stop(1)
})

const server = serveWarm<EnginePublish, EngineEnd>({
  socketPath,
  idleMs,
  keptWhile: keeperOf(process.env),
  code: engineCodeFiles,
  // A warm-up is answered when done, and a publish is taken meanwhile, to wait for it here.
  beside: (request) => 'warmUp' in request,
  handle: async (request, answer) => {
    const { env, progressLine, buildRelease, stopSearchConsolidation, warmUp } = await engine
    const echo = (line: string) => {
      answer({ kind: 'output', text: `${line}\n` })
    }
    if ('warmUp' in request) {
      echo(`${warmingUpSaid} (process ${String(process.pid)})`)
      // After a publish (a CMS started again, say) it is warm already, and a publish taken
      // first must not have a build beside it.
      warming ??= (
        publishes > 0
          ? Promise.resolve({
              ok: true,
              said: `not needed: ${String(publishes)} publish(es) came first`,
            })
          : warmUp().catch((error: unknown) => ({ ok: false, said: `failed: ${String(error)}` }))
      ).finally(() => (warmedUp = true))
      const { ok, said } = await warming
      echo(`${warmedUpSaid} ${said}`)
      answer({ kind: 'end', ok, activated: false })
      return 'stay'
    }
    const { snapshot } = request
    publishes += 1
    echo(engineSaid(publishes))
    if (warming !== undefined && !warmedUp) {
      const waited = performance.now()
      const { said } = await warming
      const seconds = ((performance.now() - waited) / 1000).toFixed(1)
      echo(`${warmedUpSaid} ${said} (waited for ${seconds} s)`)
    }
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
