/**
 * Child processes of `pnpm start`: each in its own process group (so a stop reaches its whole
 * tree), output read line by line, the tail kept for error messages.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createWriteStream } from 'node:fs'

export interface ChildOptions {
  readonly command: string
  readonly args: readonly string[]
  readonly cwd: string
  readonly env: NodeJS.ProcessEnv
  /** Every output line (stdout and stderr). */
  readonly onLine?: (line: string) => void
  /** Full output is appended here. */
  readonly logFile?: string
}

export interface RunningChild {
  readonly process: ChildProcess
  /** Resolves with the exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>
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

export function startChild(options: ChildOptions): RunningChild {
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  const log = options.logFile ? createWriteStream(options.logFile, { flags: 'a' }) : undefined
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
  const exited = new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      lines.push(error.message)
      resolve(1)
    })
    child.on('close', (code) => {
      if (partial) lines.push(partial)
      log?.end()
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
