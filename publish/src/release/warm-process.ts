/**
 * A warm process: one Node process kept between builds that serves one request at a time on a
 * Unix socket, started by the first caller that finds none answering. The warm Astro
 * (warm-astro.ts: Astro's builds of the pages) and the warm engine (warm-engine.ts: a publish's
 * whole build) are two; this is the caller's side of both, warm-process-server.ts the process's.
 *
 * A request is one line of JSON; the answers are lines of JSON (`WarmAnswer`): output as it is
 * written, then the end (`busy` when another request runs). `{"stop":true}` ends an idle process.
 * A caller that goes away before the end ends the process: an in-process build cannot be stopped
 * any other way.
 *
 * Files beside each other, named by what the process cannot take in once running (its code, the
 * installed packages, variables Node reads at start): `<name>.sock`, `<name>.log` (what it writes
 * outside a request), `<name>.failed` (it never answered: not tried again for 10 minutes).
 */
import { spawn } from 'node:child_process'
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'

export type WarmAnswer<End> =
  | { readonly kind: 'output'; readonly text: string }
  | ({ readonly kind: 'end' } & End)
  | { readonly kind: 'busy' }

export interface WarmProcess {
  /** Its files' path without extension. */
  readonly name: string
  /** How it is started when none answers: Node's arguments, folder and environment. */
  readonly args: readonly string[]
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
}

/** How long a process that never answered keeps callers from trying another. */
const failedForMs = 600_000
/** How long a process just started has to answer. */
const startWaitMs = 5_000

/**
 * V8's young generation, per half, for a warm process (Node's default is 16 MB). CPU profiles
 * of one finding's publish at 10,000 recommendations (786 pages rendered): the garbage
 * collector took 1.09 s of the engine's 3.5 s and 0.43 s of the warm Astro's; with 64 MB,
 * 0.37 s and 0.31 s, and no change in wall time measured (docs/benchmarks.md, "Young objects,
 * the command started beside the export, and the ready copy let finish").
 */
const warmNodeFlags = ['--max-semi-space-size=64']

/** Thrown when the caller's signal stopped the request. */
export class WarmRequestStopped extends Error {}

export const warmAnswerLine = <End>(answer: WarmAnswer<End>) => `${JSON.stringify(answer)}\n`

function startProcess({ name, args, cwd, env }: WarmProcess): void {
  mkdirSync(path.dirname(name), { recursive: true })
  const log = openSync(`${name}.log`, 'a')
  try {
    // Its own process group, no pipes to this one: it outlives the caller that started it.
    const child = spawn(process.execPath, [...warmNodeFlags, ...args], {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', log, log],
    })
    child.unref()
  } finally {
    closeSync(log)
  }
}

/**
 * One request: its end answer, or 'unavailable' when no warm process could take it (busy with
 * another, not answering within 5 s of being started, a socket path too long, or ended before
 * it answered the end), for the caller to do the work itself.
 */
export async function askWarmProcess<End>(
  warm: WarmProcess,
  request: unknown,
  output: (text: string) => void,
  signal?: AbortSignal,
): Promise<End | 'unavailable' | 'lost'> {
  const socket = `${warm.name}.sock`
  // A Unix socket's path has at most 107 bytes.
  if (Buffer.byteLength(socket) > 100) return 'unavailable'
  const failed = statSync(`${warm.name}.failed`, { throwIfNoEntry: false })
  if (failed && Date.now() - failed.mtimeMs < failedForMs) return 'unavailable'
  const deadline = Date.now() + startWaitMs
  let started = false
  for (;;) {
    if (signal?.aborted) throw new WarmRequestStopped()
    const outcome = await tryRequest<End>(socket, request, output, signal)
    if (outcome !== 'no answer') return outcome
    if (Date.now() > deadline) {
      if (started) writeFileSync(`${warm.name}.failed`, `${new Date().toISOString()}\n`)
      return 'unavailable'
    }
    if (!started) startProcess(warm)
    started = true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function tryRequest<End>(
  socketFile: string,
  request: unknown,
  output: (text: string) => void,
  signal?: AbortSignal,
): Promise<End | 'unavailable' | 'no answer' | 'lost'> {
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
        const answer = JSON.parse(received.slice(0, end)) as WarmAnswer<End>
        answered = true
        received = received.slice(end + 1)
        end = received.indexOf('\n')
        if (answer.kind === 'output') output(answer.text)
        else if (answer.kind === 'busy') {
          ended = true
          resolve('unavailable')
        } else {
          ended = true
          resolve(answer)
        }
      }
    })
    socket.on('error', () => undefined)
    socket.on('close', () => {
      signal?.removeEventListener('abort', stop)
      if (ended) return
      // Connected but never answered: a process that was ending (its queue is taken in by the
      // system until it is gone), as good as none.
      if (signal?.aborted) reject(new WarmRequestStopped())
      else resolve(answered ? 'lost' : 'no answer')
    })
  })
}

/** Asks every idle warm process whose socket in `folder` matches `pattern` to end. */
export async function stopWarmProcesses(folder: string, pattern: RegExp): Promise<void> {
  const sockets = (existsSync(folder) ? readdirSync(folder) : []).filter(
    (file) => file.endsWith('.sock') && pattern.test(file),
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
