/**
 * Child processes of `pnpm start`: each in its own process group (so a stop reaches its whole
 * tree, and when the child itself dies, whatever it left running in its group dies with it),
 * output read line by line, the tail kept for error messages, the full output in a size-capped
 * log file (rotating-log.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { openRotatingLog, type RotatingLogOptions } from './rotating-log.ts'

export interface ChildOptions {
  readonly command: string
  readonly args: readonly string[]
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  /** Every output line (stdout and stderr). */
  readonly onLine?: (line: string) => void
  /** Full output is appended here (rotated by size). */
  readonly logFile?: string
  readonly logCap?: RotatingLogOptions
  /** File-creation mask of the child (e.g. 0o077: nothing it creates is readable by others). */
  readonly umask?: number
}

export interface RunningChild {
  readonly process: ChildProcess
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>
  /** How it ended, for a log line: "exit code 1", "signal SIGKILL" (undefined while running). */
  exitDescription(): string | undefined
  tail(lines?: number): string
  /** SIGTERM to the whole group, SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>
}

const tailSize = 200
const live = new Set<RunningChild>()

/** Stops every child still running (on failure or Ctrl-C). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...live].map((child) => child.stop()))
}

/** spawn() with the process's umask set to `mask` for the fork (the child inherits it). */
function spawnWithUmask<T extends ChildProcess>(mask: number | undefined, run: () => T): T {
  if (mask === undefined) return run()
  const previous = process.umask(mask)
  try {
    return run()
  } finally {
    process.umask(previous)
  }
}

export function startChild(options: ChildOptions): RunningChild {
  const child = spawnWithUmask(options.umask, () =>
    spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    }),
  )
  const log = options.logFile ? openRotatingLog(options.logFile, options.logCap) : undefined
  const lines: string[] = []
  let partial = ''
  const take = (chunk: Buffer) => {
    log?.write(chunk)
    const parts = (partial + chunk.toString()).split('\n')
    partial = parts.pop() ?? ''
    for (const line of parts) {
      lines.push(line)
      options.onLine?.(line)
    }
    if (lines.length > tailSize) lines.splice(0, lines.length - tailSize)
  }
  child.stdout.on('data', take)
  child.stderr.on('data', take)
  let ended: string | undefined
  // The child is its group's leader: once it is gone, a process it started (a site build, a
  // worker) would run on unsupervised and keep our pipes open. End the group with it.
  child.on('exit', (code, signal) => {
    ended = signal ? `signal ${signal}` : `exit code ${String(code)}`
    if (child.pid === undefined) return
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // nothing left in the group
    }
  })
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      lines.push(error.message)
      ended ??= error.message
      resolve(1)
    })
    child.on('close', (code) => {
      if (partial) lines.push(partial)
      log?.close()
      resolve(code)
    })
  })
  const signal = (name: NodeJS.Signals) => {
    if (child.pid === undefined || child.exitCode !== null) return
    try {
      process.kill(-child.pid, name)
    } catch {
      // already gone
    }
  }
  const running: RunningChild = {
    process: child,
    exited,
    exitDescription: () => ended,
    tail: (count = 30) => lines.slice(-count).join('\n'),
    stop: async (graceMs = 5_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      signal('SIGTERM')
      const timer = setTimeout(() => {
        signal('SIGKILL')
      }, graceMs)
      await exited
      clearTimeout(timer)
    },
  }
  live.add(running)
  void exited.then(() => live.delete(running))
  return running
}

/** Runs a child to completion; a non-zero exit throws with the tail of its output. */
export async function runChild(what: string, options: ChildOptions): Promise<RunningChild> {
  const child = startChild(options)
  const code = await child.exited
  if (code !== 0) {
    throw new Error(`${what} failed (exit code ${String(code)}):\n${child.tail(40)}`)
  }
  return child
}
