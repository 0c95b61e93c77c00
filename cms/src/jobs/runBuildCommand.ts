/**
 * Runs the site build command (SITE_BUILD_COMMAND, e.g. `tsx scripts/build-site.ts`) as a child
 * process, keeping the tail of its output and reading its result line (`@mahjar/publish/protocol`). The
 * child never runs jobs itself (CMS_JOBS_RUNNER=false) and is killed if this process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process'
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

const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM')
})

export function runBuildCommand(command: string): Promise<BuildCommandOutcome> {
  return new Promise((resolve) => {
    const lines: string[] = []
    let partial = ''
    let result: Record<string, unknown> | undefined
    const child = spawn(command, {
      shell: true,
      env: { ...process.env, CMS_JOBS_RUNNER: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    running.add(child)
    const take = (chunk: Buffer) => {
      const text = partial + chunk.toString()
      const parts = text.split('\n')
      partial = parts.pop() ?? ''
      for (const line of parts) {
        const event = readProgressLine(line)
        if (event?.kind === 'result') result = event.result
        else lines.push(line)
      }
      if (lines.length > tailLines) lines.splice(0, lines.length - tailLines)
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('error', (error) => {
      running.delete(child)
      resolve({ ok: false, error: error.message, logTail: lines.join('\n') })
    })
    child.on('close', (code, signal) => {
      running.delete(child)
      if (partial) lines.push(partial)
      const logTail = lines.slice(-tailLines).join('\n')
      const ok = code === 0 && result?.ok === true
      const { release, error } = result ?? {}
      resolve({
        ok,
        ...(typeof release === 'string' && release !== '' ? { release } : {}),
        ...(ok
          ? {}
          : {
              error:
                typeof error === 'string'
                  ? error
                  : `build command ended with ${signal ?? `exit code ${String(code)}`}`,
            }),
        logTail,
        ...(result ? { result } : {}),
      })
    })
  })
}
