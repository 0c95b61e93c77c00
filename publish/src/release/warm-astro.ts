/**
 * Builds the site's pages in the warm Astro process (warm-astro-process.ts), starting it when
 * none answers. One serves every build of this checkout, whatever its releases folder, one at a
 * time. Its socket is named by what a running process cannot take in later: the installed
 * packages, its own code, and the variables Node reads once at start (locale, NODE_OPTIONS); so
 * after an install a new one starts, and the old one ends when idle.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { connect } from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { repoRoot } from '../paths.ts'

export interface WarmBuildRequest {
  /** The folder Astro builds from (its `.astro/.prerender` goes there). */
  readonly cwd: string
  /** The build's whole environment: the process's is replaced by it for the build. */
  readonly env: NodeJS.ProcessEnv
  readonly root: string
  readonly outDir: string
  /** The site code's fingerprint (site-code.ts): a build of other code is never rendered warm. */
  readonly siteCode?: string | undefined
}

export type WarmBuildAnswer =
  | { readonly kind: 'output'; readonly text: string }
  | { readonly kind: 'end'; readonly ok: boolean; readonly error?: string }
  | { readonly kind: 'busy' }

const processFile = fileURLToPath(new URL('./warm-astro-process.ts', import.meta.url))
const rendererFile = fileURLToPath(new URL('./warm-renderer.ts', import.meta.url))
const siteDir = path.join(repoRoot, 'site')
/** How long a process that never answered keeps builds from trying another. */
const failedForMs = 600_000

function processName(env: WarmBuildRequest['env']): string {
  const key = createHash('sha256')
    .update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')))
    .update(readFileSync(processFile))
    .update(readFileSync(rendererFile))
    .update(JSON.stringify([env.LANG, env.LC_ALL, env.NODE_OPTIONS]))
    .digest('hex')
    .slice(0, 12)
  return path.join(siteDir, '.astro', `warm-astro-${key}`)
}

function startProcess(name: string, env: WarmBuildRequest['env']): void {
  const astroEntry = pathToFileURL(
    createRequire(path.join(siteDir, 'package.json')).resolve('astro'),
  ).href
  const log = openSync(`${name}.log`, 'a')
  try {
    // Its own process group, no pipes to this one: it outlives the build that started it.
    const child = spawn(process.execPath, [processFile, `${name}.sock`, astroEntry], {
      cwd: siteDir,
      env,
      detached: true,
      stdio: ['ignore', log, log],
    })
    child.unref()
  } finally {
    closeSync(log)
  }
}

/** Ends this checkout's warm Astro processes that are idle (a running build ends with its caller). */
export async function stopWarmAstro(): Promise<void> {
  const folder = path.join(siteDir, '.astro')
  const sockets = (existsSync(folder) ? readdirSync(folder) : []).filter((file) =>
    /^warm-astro-\w+\.sock$/.test(file),
  )
  await Promise.all(sockets.map((file) => askToStop(path.join(folder, file))))
}

function askToStop(socketFile: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(socketFile)
    socket.setTimeout(5_000, () => socket.destroy())
    socket.on('connect', () => socket.end(`${JSON.stringify({ stop: true })}\n`))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      resolve()
    })
  })
}

type Outcome = 'built' | 'unavailable'
const stopped = () => new Error('astro build failed (stopped)')

/**
 * One build: 'built', or 'unavailable' when no warm Astro could take it (busy with another, not
 * answering within 5 s of being started, or ended before its build did: its output is then
 * removed), for the caller to build in a fresh process. A failed build throws
 * `astro build failed (…)`, its output sent to `output` as it comes; so does a stopped one.
 */
export async function warmAstroBuild(
  request: WarmBuildRequest,
  output: (text: string) => void,
  signal?: AbortSignal,
): Promise<Outcome> {
  const name = processName(request.env)
  const socket = `${name}.sock`
  // A Unix socket's path has at most 107 bytes: a checkout that deep builds fresh.
  if (Buffer.byteLength(socket) > 100) return 'unavailable'
  const failed = statSync(`${name}.failed`, { throwIfNoEntry: false })
  if (failed && Date.now() - failed.mtimeMs < failedForMs) return 'unavailable'
  const deadline = Date.now() + 5_000
  let started = false
  for (;;) {
    if (signal?.aborted) throw stopped()
    const outcome = await tryBuild(socket, request, output, signal)
    if (outcome === 'lost') {
      rmSync(request.outDir, { recursive: true, force: true })
      return 'unavailable'
    }
    if (outcome !== 'no answer') return outcome
    if (Date.now() > deadline) {
      if (started) writeFileSync(`${name}.failed`, `${new Date().toISOString()}\n`)
      return 'unavailable'
    }
    if (!started) startProcess(name, request.env)
    started = true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function tryBuild(
  socketFile: string,
  request: WarmBuildRequest,
  output: (text: string) => void,
  signal?: AbortSignal,
): Promise<Outcome | 'no answer' | 'lost'> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketFile)
    socket.setEncoding('utf8')
    let answered = false
    let ended = false
    let received = ''
    const stop = () => socket.destroy()
    signal?.addEventListener('abort', stop, { once: true })
    socket.on('connect', () => {
      socket.write(`${JSON.stringify(request)}\n`)
    })
    socket.on('data', (chunk: string) => {
      received += chunk
      let end = received.indexOf('\n')
      while (end >= 0) {
        const answer = JSON.parse(received.slice(0, end)) as WarmBuildAnswer
        answered = true
        received = received.slice(end + 1)
        end = received.indexOf('\n')
        if (answer.kind === 'output') output(answer.text)
        else if (answer.kind === 'busy') {
          ended = true
          resolve('unavailable')
        } else {
          ended = true
          if (answer.ok) resolve('built')
          else reject(new Error(`astro build failed (${answer.error ?? 'an error'})`))
        }
      }
    })
    socket.on('error', () => undefined)
    socket.on('close', () => {
      signal?.removeEventListener('abort', stop)
      if (ended) return
      // Connected but never answered: a process that was ending (its queue is taken in by the
      // system until it is gone), as good as none.
      if (signal?.aborted) reject(stopped())
      else resolve(answered ? 'lost' : 'no answer')
    })
  })
}
