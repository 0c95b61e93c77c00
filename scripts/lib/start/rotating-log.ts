/**
 * Size-capped log files for the long-running children of `pnpm start` (`cms.log`, `site.log`):
 * output is appended until the file would pass `maxBytes`, then `x.log` becomes `x.log.1`
 * (`.1` → `.2`, …), the oldest beyond `keep` generations is dropped, and a new `x.log` starts.
 * So a flood of output (every failed login writes ≈ 2 KB) can never fill the disk: at most
 * (keep + 1) × maxBytes per log. Files are created 0600 (they hold e-mail addresses).
 *
 * Written here rather than taken from `rotating-file-stream`: the supervisor needs a synchronous
 * size check per chunk from several children, and the whole job is a rename chain.
 */
import { closeSync, existsSync, fstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'

export interface RotatingLogOptions {
  /** Size at which the file is rotated (default 5 MiB). */
  readonly maxBytes?: number
  /** Rotated generations kept beside the live file (default 3: x.log.1 … x.log.3). */
  readonly keep?: number
}

export interface RotatingLog {
  readonly file: string
  write(chunk: Buffer | string): void
  close(): void
}

export const defaultLogCap = { maxBytes: 5 * 1024 * 1024, keep: 3 } as const

/** Shifts `file` → `file.1` → … → `file.<keep>`, dropping what falls off the end. */
export function rotateLog(file: string, keep: number): void {
  rmSync(`${file}.${String(keep)}`, { force: true })
  for (let generation = keep - 1; generation >= 1; generation--) {
    const from = `${file}.${String(generation)}`
    if (existsSync(from)) renameSync(from, `${file}.${String(generation + 1)}`)
  }
  if (keep >= 1 && existsSync(file)) renameSync(file, `${file}.1`)
  else rmSync(file, { force: true })
}

export function openRotatingLog(file: string, options: RotatingLogOptions = {}): RotatingLog {
  const maxBytes = options.maxBytes ?? defaultLogCap.maxBytes
  const keep = options.keep ?? defaultLogCap.keep
  let fd = openSync(file, 'a', 0o600)
  let size = fstatSync(fd).size
  const reopen = () => {
    closeSync(fd)
    rotateLog(file, keep)
    fd = openSync(file, 'a', 0o600)
    size = 0
  }
  return {
    file,
    write: (chunk) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
      if (size > 0 && size + bytes.length > maxBytes) reopen()
      writeSync(fd, bytes)
      size += bytes.length
    },
    close: () => {
      closeSync(fd)
    },
  }
}
