/**
 * The warm process's side of warm-process.ts (see there): listens on its socket, runs one
 * request at a time, tells a second caller `busy`, ends itself when idle for `idleMs` (unless a
 * keeper runs: `keeperOf`), when idle once the code it runs has changed (an install, an edit), when
 * asked to stop while idle, when a caller goes away before its answer's end (the only way to stop work
 * done in-process) and when `handle` says so after a request. A socket file left by a process
 * that died is taken over; another process answering there makes this one end.
 */
import { createConnection, createServer, type Socket } from 'node:net'
import { mkdirSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'
import { sourcesState } from './source-fingerprint.ts'
import { warmAnswerLine, type WarmAnswer } from './warm-process.ts'

/** How long after a request its process collects its garbage, if no other came meanwhile. */
const afterRequestMs = 300

/** V8's full collection, exposed to this process only when first needed. */
let gc: (() => void) | undefined
function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc')
    gc = vm.runInNewContext('gc') as () => void
  }
  gc()
}

/**
 * A process that keeps the warm processes while it runs (`PUBLISH_KEEP_WARM_WHILE`, a pid, in the
 * environment of the process or of a request: `pnpm start` sets its own, publish/src/env.ts).
 * While one of its keepers runs, idle time does not end a warm process, so an editor who
 * publishes once an hour finds the engine and Astro as warm as one who publishes every minute;
 * once none runs (a `pnpm start` killed), idle time does again. Read here, not through env.ts:
 * the warm Astro loads only Node's modules and Astro.
 */
export function keeperOf(environment: NodeJS.ProcessEnv): number | undefined {
  const pid = Number(environment.PUBLISH_KEEP_WARM_WHILE)
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

/** Whether process `pid` runs (the one home of this check: consolidate-search.ts, warm processes). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** How often an idle process looks at its keepers, its code and its idle time. */
const idleCheckMs = 10_000

export interface WarmServer<Request, End> {
  readonly socketPath: string
  /** Idle time after which it ends, unless a keeper runs. */
  readonly idleMs: number
  /** Its keeper from the start (`keeperOf` its environment). */
  readonly keptWhile?: number | undefined
  /** A request's keeper (`keeperOf` the environment it carries), kept too. */
  readonly keeperIn?: (request: Request) => number | undefined
  /**
   * The files and folders it runs (absolute): once they change, callers name another process, so
   * this one ends when idle, kept or not.
   */
  readonly code: readonly string[]
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
  keeperIn,
  code,
  handle,
  beside,
  onStop,
}: WarmServer<Request, End>): { stop: (code: number) => never } {
  const codeState = () => sourcesState(code, '/').fingerprint
  const startedCode = codeState()
  const keepers = new Set(keptWhile === undefined ? [] : [keptWhile])
  let idleSince = 0
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

  /**
   * A full garbage collection once a request is done and none came since: done now, while
   * nobody waits, instead of in the middle of the next publish.
   */
  function collectWhenIdle(): void {
    setTimeout(() => {
      if (!running && besides === 0) collectGarbage()
    }, afterRequestMs).unref()
  }

  /** Idle from now: looked at every 10 s (or `idleMs`, if shorter) until a request comes. */
  function armIdle(): void {
    clearTimeout(idle)
    idleSince = Date.now()
    lookLater()
  }

  function lookLater(): void {
    idle = setTimeout(
      () => {
        for (const pid of keepers) if (!isRunning(pid)) keepers.delete(pid)
        const idleTooLong = keepers.size === 0 && Date.now() - idleSince >= idleMs
        if (idleTooLong || codeState() !== startedCode) stop(0)
        lookLater()
      },
      Math.min(idleMs, idleCheckMs),
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
    collectWhenIdle()
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
      const keeper = keeperIn?.(request)
      if (keeper !== undefined) keepers.add(keeper)
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
