/**
 * Runs the site build command (SITE_BUILD_COMMAND, e.g. `tsx scripts/build-site.ts`) as a child
 * process, keeping the tail of its output and reading its result line (`@mahjar/publish/protocol`). The
 * child never runs jobs itself (CMS_JOBS_RUNNER=false) and is killed if this process exits.
 * A good outcome is known at the result line: a command may go on after it in the background (the
 * site build rebuilds a search delta in full), its output still read, until it ends or the next
 * build stops it. A failed one waits for the command to end (at most `failedTailWaitMs`): its
 * error lines, written to stderr before the result line on stdout, may be read after it.
 * `exported`: for a command started before its snapshot is complete (`--when-exported`): when
 * it settles, the command is told on its stdin whether the export is complete
 * (`@mahjar/publish/handover`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { tellExported } from '@mahjar/publish/handover'
import { readProgressLine } from '@mahjar/publish/protocol'

export interface BuildCommandOutcome {
  readonly ok: boolean
  readonly release?: string
  readonly error?: string
  readonly logTail: string
  /** Everything the command's result line said (a preview build adds its folder and pages). */
  readonly result?: Record<string, unknown>
}

const tailLines = 60
const failedTailWaitMs = 2000

const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM')
})

export function runBuildCommand(
  command: string,
  exported?: Promise<boolean>,
): Promise<BuildCommandOutcome> {
  return new Promise((resolve) => {
    const lines: string[] = []
    let partial = ''
    let result: Record<string, unknown> | undefined
    let resolved = false
    const child = spawn(command, {
      shell: true,
      env: { ...process.env, CMS_JOBS_RUNNER: 'false' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    running.add(child)
    if (exported)
      void exported.then((ok) => {
        tellExported(child.stdin, ok)
      })
    else child.stdin.end()
    const logTail = () => lines.slice(-tailLines).join('\n')
    /** The outcome, from the result line when there is one, else from how the command ended. */
    const finish = (ended?: string) => {
      if (resolved) return
      resolved = true
      const ok = ended === undefined && result?.ok === true
      const { release, error } = result ?? {}
      resolve({
        ok,
        ...(typeof release === 'string' && release !== '' ? { release } : {}),
        ...(ok
          ? {}
          : {
              error: typeof error === 'string' ? error : `build command ended with ${ended ?? ''}`,
            }),
        logTail: logTail(),
        ...(result ? { result } : {}),
      })
    }
    const take = (chunk: Buffer) => {
      const text = partial + chunk.toString()
      const parts = text.split('\n')
      partial = parts.pop() ?? ''
      for (const line of parts) {
        const event = readProgressLine(line)
        if (event?.kind === 'result' && result === undefined) {
          result = event.result
          if (result.ok === true) finish()
          else setTimeout(finish, failedTailWaitMs).unref()
        } else lines.push(line)
      }
      if (lines.length > tailLines) lines.splice(0, lines.length - tailLines)
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('error', (error) => {
      running.delete(child)
      if (resolved) return
      resolved = true
      resolve({ ok: false, error: error.message, logTail: logTail() })
    })
    child.on('close', (code, signal) => {
      running.delete(child)
      if (partial) lines.push(partial)
      // Without a result line (a crash, a kill) the exit says what happened; after one, the
      // result does (a failed one waited for this, to keep the last error lines).
      finish(result === undefined ? (signal ?? `exit code ${String(code)}`) : undefined)
    })
  })
}
