/**
 * The warm Astro process (started by warm-astro.ts, never by hand): one Node process that keeps
 * Astro and its bundler loaded and runs Astro's programmatic `build()` for each request on its
 * socket, one at a time. A fresh `astro build` spends a second loading its modules and runs
 * them cold; here a full build of the fixture corpus took 3.1-3.3 s against 6.0 s (hand runs, 5
 * December 2026), byte for byte the same site.
 *
 * Run by Node itself (its TypeScript type stripping), so it imports only Node's modules and
 * Astro: `node warm-astro-process.ts <socket> <astro's entry URL>`.
 *
 * A request is one line of JSON (`WarmBuildRequest`); the answer is lines of JSON: the build's
 * output as it is written, then its end; `{"stop":true}` ends an idle process (`pnpm start`
 * stopping). A second client while a build runs is told `busy`
 * (it builds in a fresh process of its own). A client that goes away mid-build ends this
 * process: an in-process build cannot be stopped any other way.
 *
 * It ends itself when idle, after `maxBuilds` builds or past `maxRss`: every build's pages are a
 * new bundle Node keeps loaded (about 20 MB a build on the fixture corpus).
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { createConnection, createServer, type Socket } from 'node:net'
import path from 'node:path'
import type { WarmBuildAnswer, WarmBuildRequest } from './warm-astro.ts'

const idleMs = 600_000
const maxBuilds = 25
const maxRss = 2.5 * 1024 ** 3

const [socketPath, astroEntry] = process.argv.slice(2)
if (!socketPath || !astroEntry) throw new Error('usage: warm-astro-process.ts <socket> <astro URL>')
const home = process.cwd()

type Build = (config: { root: string; outDir: string }) => Promise<void>
// Loaded while the socket is opened: a client is answered as soon as Astro can build.
const astro = import(astroEntry) as Promise<{ build: Build }>

let running = false
let builds = 0
let idle: NodeJS.Timeout | undefined

function stop(code: number): never {
  rmSync(socketPath as string, { force: true })
  process.exit(code)
}

function armIdle(): void {
  clearTimeout(idle)
  idle = setTimeout(() => stop(0), idleMs)
  idle.unref()
}

/** Everything the build writes to stdout and stderr, to `send` instead, until the returned undo. */
function capture(send: (text: string) => void): () => void {
  const { stdout, stderr } = process
  const writes = [stdout.write.bind(stdout), stderr.write.bind(stderr)] as const
  const forward = (chunk: unknown, ...rest: unknown[]) => {
    send(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString())
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined
    done?.()
    return true
  }
  stdout.write = forward
  stderr.write = forward
  return () => {
    stdout.write = writes[0]
    stderr.write = writes[1]
  }
}

async function run(socket: Socket, request: WarmBuildRequest): Promise<void> {
  const answer = (line: WarmBuildAnswer) => socket.write(`${JSON.stringify(line)}\n`)
  // A folder this process never built in: Node's module cache would hand a bundle written at a
  // path it already loaded back as it was, with the pages of an earlier build.
  const workDir = path.join(request.cwd, `warm-${String(process.pid)}-${String(builds)}`)
  mkdirSync(workDir, { recursive: true })
  for (const name of Object.keys(process.env))
    if (!(name in request.env)) Reflect.deleteProperty(process.env, name)
  Object.assign(process.env, request.env)
  process.chdir(workDir)
  const undo = capture((text) => answer({ kind: 'output', text }))
  try {
    console.log(`[warm-astro] process ${String(process.pid)}, build ${String(builds + 1)}`)
    const { build } = await astro
    await build({ root: request.root, outDir: request.outDir })
    undo()
    answer({ kind: 'end', ok: true })
  } catch (error) {
    undo()
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
    answer({ kind: 'output', text: `${text}\n` })
    answer({ kind: 'end', ok: false, error: text.split('\n')[0] ?? '' })
  } finally {
    process.chdir(home)
    builds += 1
  }
  if (builds >= maxBuilds || process.memoryUsage().rss > maxRss) {
    // Still `running`, its socket gone: a client now is told busy or starts a new process.
    rmSync(socketPath as string, { force: true })
    socket.end(() => stop(0))
    return
  }
  running = false
  socket.end()
  armIdle()
}

const server = createServer((socket) => {
  if (running) {
    socket.end(`${JSON.stringify({ kind: 'busy' } satisfies WarmBuildAnswer)}\n`)
    return
  }
  running = true
  clearTimeout(idle)
  // This connection's build, until it answered: a client gone before then stops it.
  let building = true
  let received = ''
  let started = false
  socket.on('data', (chunk) => {
    received += chunk.toString()
    const end = received.indexOf('\n')
    if (started || end < 0) return
    started = true
    const request = JSON.parse(received.slice(0, end)) as WarmBuildRequest | { stop: true }
    if ('stop' in request) {
      building = false
      socket.end(() => stop(0))
      return
    }
    void run(socket, request).finally(() => (building = false))
  })
  socket.on('close', () => {
    if (building) stop(1)
  })
  socket.on('error', () => undefined)
})

/** Listens on the socket; a socket file left by a process that died is taken over. */
function listen(retry: boolean): void {
  server.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' || !retry) process.exit(0)
    const probe = createConnection(socketPath as string)
    probe.once('connect', () => {
      // Another warm Astro answers there: this one is not needed.
      probe.destroy()
      process.exit(0)
    })
    probe.once('error', () => {
      if (existsSync(socketPath as string)) rmSync(socketPath as string, { force: true })
      listen(false)
    })
  })
  server.listen(socketPath, armIdle)
}

listen(true)
