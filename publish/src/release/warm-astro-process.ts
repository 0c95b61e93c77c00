/**
 * The warm Astro process (started by warm-astro.ts, never by hand): one Node process that keeps
 * Astro and its bundler loaded and runs Astro's programmatic `build()` for each request on its
 * socket, one at a time. A fresh `astro build` spends a second loading its modules and runs
 * them cold; here a full build of the fixture corpus took 3.1-3.3 s against 6.0 s (hand runs, 5
 * December 2026), byte for byte the same site.
 *
 * Run by Node itself (its TypeScript type stripping), so it imports only Node's modules and
 * Astro: `node warm-astro-process.ts <socket> <astro's entry URL>`. What it writes outside a
 * build (a crash, native code writing to its file descriptors) goes to the log file beside its
 * socket.
 *
 * A warm process (warm-process.ts): a request is one line of JSON (`WarmBuildRequest`); the
 * answer is the build's output as it is written, then its end. A second client while a build
 * runs is told `busy` (it builds in a fresh process of its own); one that goes away mid-build
 * ends this process.
 *
 * It ends itself when idle (kept by `pnpm start`: when that has gone, warm-process-server.ts
 * `keeperOf`), after `maxBuilds` builds or past `maxRss`: every build's pages are a
 * new bundle Node keeps loaded (about 20 MB a build on the fixture corpus). A partial build of the
 * same site is rendered from a build it keeps instead (warm-renderer.ts): no new bundle, and not
 * counted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  warmAstroCode,
  type WarmBuildAnswer,
  type WarmBuildEnd,
  type WarmBuildRequest,
} from './warm-astro.ts'
import { createWarmRenderer, NotWarm } from './warm-renderer.ts'
import { isRunning, keeperOf, serveWarm } from './warm-process-server.ts'

const idleMs = 600_000
// Counted are builds that load a bundle: with the warm renderer, a publish rarely does.
const maxBuilds = 50
const maxRss = 2.5 * 1024 ** 3

const [socketPath = '', astroEntry = ''] = process.argv.slice(2)
if (!socketPath || !astroEntry) throw new Error('usage: warm-astro-process.ts <socket> <astro URL>')
const home = process.cwd()

type Build = (config: { root: string; outDir: string }) => Promise<void>
// Loaded while the socket is opened: a client is answered as soon as Astro can build.
const astro = import(astroEntry) as Promise<{ build: Build }>
// Not loadable: the client sees no answer and builds fresh (the error is in the log file).
astro.catch((error: unknown) => {
  console.error(error)
  server.stop(1)
})

/** Astro's package folder: the one above its entry whose package.json names it. */
function packageDirOf(entry: string): string {
  for (let dir = path.dirname(fileURLToPath(entry)); dir !== path.dirname(dir);) {
    const manifest = path.join(dir, 'package.json')
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'astro'
    )
      return dir
    dir = path.dirname(dir)
  }
  throw new Error(`no astro package above ${entry}`)
}

const renderer = createWarmRenderer(packageDirOf(astroEntry))

/**
 * Where this process's builds write their bundles (Astro writes them under the working folder):
 * a folder per build, kept while the warm renderer keeps the build. Those of processes that
 * are gone are removed.
 */
function bundlesFolder(root: string): string {
  const folder = path.join(root, '.astro', 'warm-bundles')
  mkdirSync(folder, { recursive: true })
  for (const name of readdirSync(folder)) {
    const pid = Number(name.split('-')[0])
    if (pid !== process.pid && !isRunning(pid))
      rmSync(path.join(folder, name), { recursive: true, force: true })
  }
  return folder
}

let builds = 0
/** The builds that loaded a bundle of their own (not rendered warm). */
let bundles = 0

/** Everything the build writes to stdout and stderr, to `send` instead, until the returned undo. */
function capture(send: (text: string) => void): () => void {
  const { stdout, stderr } = process
  const writes = [stdout.write.bind(stdout), stderr.write.bind(stderr)] as const
  const forward = (chunk: unknown, ...rest: unknown[]) => {
    send(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString())
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
    if (done) process.nextTick(done)
    return true
  }
  stdout.write = forward
  stderr.write = forward
  return () => {
    stdout.write = writes[0]
    stderr.write = writes[1]
  }
}

/**
 * Renders the request's pages from a build kept by the warm renderer, when it can; when it
 * cannot, says why and empties the output folder for the build.
 */
async function renderedWarm(request: WarmBuildRequest): Promise<boolean> {
  if (!renderer.canRender(request)) return false
  const started = performance.now()
  try {
    await renderer.render(request, (text) => process.stdout.write(text))
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    console.log(`[warm-render] done in ${seconds} s`)
    return true
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    console.log(
      `[warm-render] ${error instanceof NotWarm ? 'not used' : 'failed'} (${reason}): building`,
    )
    rmSync(request.outDir, { recursive: true, force: true })
    return false
  }
}

async function run(
  request: WarmBuildRequest,
  answer: (said: WarmBuildAnswer) => void,
): Promise<'stay' | 'retire'> {
  const undo = capture((text) => {
    answer({ kind: 'output', text })
  })
  try {
    console.log(`[warm-astro] process ${String(process.pid)}, build ${String(builds + 1)}`)
    for (const name of Object.keys(process.env))
      if (!Object.hasOwn(request.env, name)) Reflect.deleteProperty(process.env, name)
    Object.assign(process.env, request.env)
    if (!(await renderedWarm(request))) {
      // A folder this process never built in: Node's module cache would hand a bundle written
      // at a path it already loaded back as it was, with the pages of an earlier build.
      const workDir = path.join(
        bundlesFolder(request.root),
        `${String(process.pid)}-${String(builds)}`,
      )
      mkdirSync(workDir, { recursive: true })
      process.chdir(workDir)
      bundles += 1
      const { build } = await astro
      await renderer.beforeBuild()
      let kept = false
      try {
        await build({ root: request.root, outDir: request.outDir })
        kept = await renderer.afterBuild(request, workDir)
      } finally {
        if (!kept) rmSync(workDir, { recursive: true, force: true })
      }
    }
    undo()
    answer({ kind: 'end', ok: true })
  } catch (error) {
    undo()
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
    answer({ kind: 'output', text: `${text}\n` })
    answer({ kind: 'end', ok: false, error: text.split('\n')[0] || 'an error' })
  } finally {
    process.chdir(home)
    builds += 1
  }
  return bundles >= maxBuilds || process.memoryUsage().rss > maxRss ? 'retire' : 'stay'
}

const server = serveWarm<WarmBuildRequest, WarmBuildEnd>({
  socketPath,
  idleMs,
  keptWhile: keeperOf(process.env),
  // Shared by every build of the checkout: kept by `pnpm start` whoever started it.
  keeperIn: (request) => keeperOf(request.env),
  code: warmAstroCode,
  handle: run,
  onStop: () => {
    renderer.dropAll()
  },
})
