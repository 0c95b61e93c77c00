/**
 * The warm process's side of warm-process.ts (see there): listens on its socket, runs one
 * request at a time, tells a second caller `busy`, ends itself when idle for `idleMs` (or, kept by
 * a process that runs the product, when that process has gone: `keptWhile`), when asked to stop
 * while idle, when a caller goes away before its answer's end (the only way to stop work
 * done in-process) and when `handle` says so after a request. A socket file left by a process
 * that died is taken over; another process answering there makes this one end.
 */
import { createConnection, createServer, type Socket } from 'node:net'
import { mkdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { warmAnswerLine, type WarmAnswer } from './warm-process.ts'

/**
 * The process that keeps the warm processes while it runs (`PUBLISH_KEEP_WARM_WHILE`, a pid, in
 * their environment: `pnpm start` sets its own, publish/src/env.ts). Idle minutes end an unkept
 * one; a kept one ends when its keeper has gone, so an editor who publishes once an hour finds
 * the engine and Astro as warm as one who publishes every minute. Read here, not through env.ts:
 * the warm Astro loads only Node's modules and Astro.
 */
export function keeperOf(environment: NodeJS.ProcessEnv): number | undefined {
  const pid = Number(environment.PUBLISH_KEEP_WARM_WHILE)
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** How often a kept process looks for its keeper while idle. */
const keeperCheckMs = 10_000

export interface WarmServer<Request, End> {
  readonly socketPath: string
  /** Idle time after which it ends, unless `keptWhile` runs. */
  readonly idleMs: number
  /** The keeper's pid (`keeperOf`): while it runs, idle time does not end the process. */
  readonly keptWhile?: number | undefined
  /**
   * Runs one request, sending its output and, last, its end; 'retire' ends the process once the
   * caller has the answer (it has grown too large, say).
   */
  readonly handle: (
    request: Request,
    answer: (said: WarmAnswer<End>) => void,
  ) => Promise<'stay' | 'retire'>
  /**
   * Requests run beside the one-at-a-time one, neither waiting for it nor making a caller wait
   * (the engine's warm-up, which a publish then waits for inside `handle`).
   */
  readonly beside?: (request: Request) => boolean
  /** Called before the process ends, whatever the reason. */
  readonly onStop?: () => void
}

export function serveWarm<Request, End>({
  socketPath,
  idleMs,
  keptWhile,
  handle,
  beside,
  onStop,
}: WarmServer<Request, End>): { stop: (code: number) => never } {
  let running = false
  /** Requests running beside (`beside`). */
  let besides = 0
  let idle: NodeJS.Timeout | undefined
  /** The socket file this process listens on, by inode: another process may own the path later. */
  let ownSocket: number | undefined

  function removeOwnSocket(): void {
    try {
      if (statSync(socketPath).ino === ownSocket) rmSync(socketPath, { force: true })
    } catch {
      // Gone already.
    }
  }

  function stop(code: number): never {
    removeOwnSocket()
    onStop?.()
    process.exit(code)
  }

  function armIdle(): void {
    clearTimeout(idle)
    if (keptWhile === undefined) idle = setTimeout(() => stop(0), idleMs)
    else
      idle = setTimeout(
        () => {
          if (isRunning(keptWhile)) armIdle()
          else stop(0)
        },
        Math.min(idleMs, keeperCheckMs),
      )
    idle.unref()
  }

  async function run(socket: Socket, request: Request): Promise<void> {
    const next = await handle(request, (said) => socket.write(warmAnswerLine(said)))
    if (next === 'retire') {
      // Still `running`, its socket gone: a caller now is told busy or starts a new process.
      removeOwnSocket()
      socket.end(() => stop(0))
      return
    }
    running = false
    socket.end()
    if (besides === 0) armIdle()
  }

  async function runBeside(socket: Socket, request: Request): Promise<void> {
    besides += 1
    clearTimeout(idle)
    await handle(request, (said) => socket.write(warmAnswerLine(said)))
    besides -= 1
    socket.end()
    if (!running && besides === 0) armIdle()
  }

  const server = createServer((socket) => {
    socket.setEncoding('utf8')
    // This connection's request, until it answered: a caller gone before then stops it.
    let working = false
    let received = ''
    let read = false
    socket.on('data', (chunk: string) => {
      received += chunk
      const end = received.indexOf('\n')
      if (read || end < 0) return
      read = true
      let request: Request | { stop: true }
      try {
        request = JSON.parse(received.slice(0, end)) as Request | { stop: true }
      } catch {
        socket.destroy()
        return
      }
      if (typeof request === 'object' && request !== null && 'stop' in request) {
        socket.end(() => {
          if (!running && besides === 0) stop(0)
        })
        return
      }
      if (beside?.(request)) {
        working = true
        runBeside(socket, request).then(
          () => (working = false),
          () => stop(1),
        )
        return
      }
      if (running) {
        socket.end(warmAnswerLine({ kind: 'busy' }))
        return
      }
      running = true
      working = true
      clearTimeout(idle)
      // A handler that throws leaves its caller without an end: the process ends, as it would
      // have had the caller gone.
      run(socket, request).then(
        () => (working = false),
        () => stop(1),
      )
    })
    socket.on('close', () => {
      if (working) stop(1)
    })
    socket.on('error', () => undefined)
  })

  /** Listens on the socket; a socket file left by a process that died is taken over. */
  function listen(retry: boolean): void {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE' || !retry) process.exit(0)
      const probe = createConnection(socketPath)
      probe.once('connect', () => {
        // Another warm process answers there: this one is not needed.
        probe.destroy()
        process.exit(0)
      })
      probe.once('error', () => {
        rmSync(socketPath, { force: true })
        listen(false)
      })
    })
    server.listen(socketPath, () => {
      ownSocket = statSync(socketPath).ino
      armIdle()
    })
  }

  mkdirSync(path.dirname(socketPath), { recursive: true })
  listen(true)
  return { stop }
}
