/**
 * Runs `main` when the module is the entry point (so the same file can be imported by tests),
 * printing a failure's message, without a stack for expected errors, and exiting non-zero.
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { ContentValidationError } from '@mahjar/shared/file-issues'
import { SnapshotReadError } from '@mahjar/shared/snapshot-file'

/** A mistake on the command line: reported as a message, without a stack. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

function isExpected(error: unknown): error is Error {
  if (
    error instanceof ContentValidationError ||
    error instanceof SnapshotReadError ||
    error instanceof UsageError
  )
    return true
  // node:util parseArgs: unknown option, missing value…
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS')
  )
}

/**
 * The command-line arguments for `parseArgs`. `pnpm <script> -- --flag` (pnpm 10) passes the `--`
 * through to the script, where parseArgs would take it as the end of options and reject the flag
 * as a positional argument; scripts take no positional arguments, so it is dropped here, once.
 */
export function cliArgs(): string[] {
  return process.argv.slice(2).filter((arg) => arg !== '--')
}

/** A numeric option's value as a whole number of at least `min`, or a UsageError naming it. */
export function wholeNumberOption(name: string, value: string | undefined, min: number): number {
  const n = Number(value)
  if (value === undefined || value.trim() === '' || !Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} takes a whole number ≥ ${String(min)}, not "${value ?? ''}"`)
  return n
}

export function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1]
  if (entry === undefined) return false
  return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl))
}

export function runCli(moduleUrl: string, main: () => Promise<void>): void {
  if (!isEntryPoint(moduleUrl)) return
  // Through a promise, so a throw before main's first await is reported the same way.
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (isExpected(error)) {
        process.stderr.write(`${error.message}\n`)
      } else {
        process.stderr.write(
          `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
        )
      }
      process.exitCode = 1
    })
}
