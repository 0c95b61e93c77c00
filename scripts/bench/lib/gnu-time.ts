/**
 * Runs a command under GNU time (`/usr/bin/time -v`, Debian's `time` package) and reads its
 * report: wall clock, CPU time (user + system, children included) and the peak resident memory of
 * the largest process.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process'
import { existsSync } from 'node:fs'

const timeBinary = '/usr/bin/time'

export interface TimedRun {
  readonly seconds: number
  readonly cpuSeconds: number
  readonly peakMiB: number
}

/** Fails before any work when GNU time is not installed. */
export function requireGnuTime(): void {
  if (!existsSync(timeBinary)) throw new Error(`${timeBinary} is missing: apt-get install time`)
}

export function runUnderTime(
  what: string,
  command: string,
  args: readonly string[],
  options: Omit<SpawnSyncOptions, 'stdio'>,
): TimedRun {
  const run = spawnSync(timeBinary, ['-v', command, ...args], {
    ...options,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  })
  if (run.error) throw new Error(`${what}: cannot run ${timeBinary}: ${run.error.message}`)
  const report = run.stderr.toString()
  if (run.status !== 0) throw new Error(`${what} failed:\n${report.slice(-4000)}`)
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    report,
  )
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)
  const user = /User time \(seconds\): ([\d.]+)/.exec(report)
  const system = /System time \(seconds\): ([\d.]+)/.exec(report)
  if (!wall || !rss) throw new Error(`Could not read GNU time's report:\n${report.slice(-2000)}`)
  return {
    seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]),
    cpuSeconds: Number(user?.[1] ?? 0) + Number(system?.[1] ?? 0),
    peakMiB: Number(rss[1]) / 1024,
  }
}
