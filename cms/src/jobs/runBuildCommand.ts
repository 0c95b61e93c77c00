/**
 * Runs the site build command (SITE_BUILD_COMMAND, e.g. `tsx scripts/build-site.ts`) as a child
 * process, keeping the tail of its output and reading its `[build] result {json}` line. The
 * child never runs jobs itself (CMS_JOBS_RUNNER=false) and is killed if this process exits.
 */
import { spawn, type ChildProcess } from 'node:child_process'

export interface BuildCommandOutcome {
  readonly ok: boolean
  readonly release?: string
  readonly error?: string
  readonly logTail: string
  /** Everything the command's result line said (a preview build adds its folder and pages). */
  readonly result?: Record<string, unknown>
}

const tailLines = 60
const resultPrefix = '[build] result '

const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM')
})

function parseResult(
  line: string,
): { ok?: boolean; release?: string; error?: string } & Record<string, unknown> {
  try {
    return JSON.parse(line.slice(resultPrefix.length)) as {
      ok?: boolean
      release?: string
      error?: string
    }
  } catch {
    return {}
  }
}

export function runBuildCommand(command: string): Promise<BuildCommandOutcome> {
  return new Promise((resolve) => {
    const lines: string[] = []
    let partial = ''
    let result: ReturnType<typeof parseResult> | undefined
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
        if (line.startsWith(resultPrefix)) result = parseResult(line)
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
      resolve({
        ok,
        ...(result?.release ? { release: result.release } : {}),
        ...(ok
          ? {}
          : {
              error:
                result?.error ??
                `build command ended with ${signal ?? `exit code ${String(code)}`}`,
            }),
        logTail,
        ...(result ? { result } : {}),
      })
    })
  })
}
