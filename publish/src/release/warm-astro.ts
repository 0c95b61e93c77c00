/**
 * Builds the site's pages in the warm Astro process (warm-astro-process.ts), starting it when
 * none answers. One serves every build of this checkout, whatever its releases folder, one at a
 * time; its socket is named by the installed packages and its own code, so after an install or
 * an edit to it a new one starts and the old one ends when idle.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { connect } from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { repoRoot } from '../paths.ts'

export interface WarmBuildRequest {
  /** The folder Astro builds from (its `.astro/.prerender` goes there). */
  readonly cwd: string
  /** The build's whole environment: the process's is replaced by it for the build. */
  readonly env: Readonly<Record<string, string | undefined>>
  readonly root: string
  readonly outDir: string
}

export type WarmBuildAnswer =
  | { readonly kind: 'output'; readonly text: string }
  | { readonly kind: 'end'; readonly ok: boolean; readonly error?: string }
  | { readonly kind: 'busy' }

const processFile = fileURLToPath(new URL('./warm-astro-process.ts', import.meta.url))
const siteDir = path.join(repoRoot, 'site')

function socketPath(): string {
  const key = createHash('sha256')
    .update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')))
    .update(readFileSync(processFile))
    .digest('hex')
    .slice(0, 12)
  return path.join(siteDir, '.astro', `warm-astro-${key}.sock`)
}

function startProcess(socket: string): void {
  const astroEntry = pathToFileURL(
    createRequire(path.join(siteDir, 'package.json')).resolve('astro'),
  ).href
  // Its own process group, no pipes to this one: it outlives the build that started it.
  const child = spawn(process.execPath, [processFile, socket, astroEntry], {
    cwd: siteDir,
    detached: true,
    stdio: 'ignore',
  })
  child.unref()
}

/** Ends the warm Astro if one runs and is idle (a running build ends with its caller). */
export function stopWarmAstro(): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(socketPath())
    socket.on('connect', () => socket.end(`${JSON.stringify({ stop: true })}\n`))
    socket.on('error', () => undefined)
    socket.on('close', () => {
      resolve()
    })
  })
}

type Outcome = 'built' | 'unavailable'

/**
 * One build: 'built', or 'unavailable' when no warm Astro could take it (busy with another, or
 * not answering within 5 s of being started), for the caller to build in a fresh process. A failed build throws
 * `astro build failed (…)`, its output sent to `output` as it comes.
 */
export async function warmAstroBuild(
  request: WarmBuildRequest,
  output: (text: string) => void,
  signal?: AbortSignal,
): Promise<Outcome> {
  const socket = socketPath()
  // A Unix socket's path has at most 107 bytes: a checkout that deep builds fresh.
  if (Buffer.byteLength(socket) > 100) return 'unavailable'
  const deadline = Date.now() + 5_000
  let started = false
  for (;;) {
    const outcome = await tryBuild(socket, request, output, signal)
    if (outcome !== 'no answer') return outcome
    if (Date.now() > deadline) return 'unavailable'
    if (!started) startProcess(socket)
    started = true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function tryBuild(
  socketFile: string,
  request: WarmBuildRequest,
  output: (text: string) => void,
  signal?: AbortSignal,
): Promise<Outcome | 'no answer'> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketFile)
    let connected = false
    let ended = false
    let received = ''
    const stop = () => socket.destroy()
    signal?.addEventListener('abort', stop, { once: true })
    socket.on('connect', () => {
      connected = true
      socket.write(`${JSON.stringify(request)}\n`)
    })
    socket.on('data', (chunk) => {
      received += chunk.toString()
      let end = received.indexOf('\n')
      while (end >= 0) {
        const answer = JSON.parse(received.slice(0, end)) as WarmBuildAnswer
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
      if (!connected) resolve('no answer')
      else
        reject(
          new Error(
            `astro build failed (${signal?.aborted ? 'stopped' : 'the warm Astro process ended'})`,
          ),
        )
    })
  })
}
