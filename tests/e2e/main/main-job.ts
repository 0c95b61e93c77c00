/**
 * Runs the main job (`scripts/start.ts`, what `pnpm start` runs) in a throwaway state: its own
 * SQLite file, releases folder, media folder, a copy of the editorial pages (so a test can break
 * them) and free ports. Shares the repository's `cms/.next` build (rebuilt only when stale).
 * `stop()` ends the whole process tree (SIGTERM to the group, SIGKILL after a grace period).
 */
import { spawn } from 'node:child_process'
import { closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '@mahjar/scripts/lib/free-port'
import { pathToFileURL } from 'node:url'
import { fromRoot } from '../../helpers/paths.ts'

export interface MainJob {
  readonly cmsUrl: string
  readonly siteUrl: string
  readonly dir: string
  readonly pagesDir: string
  readonly releasesDir: string
  /** The process group the job leads. */
  readonly pid: number
  /** Where its output goes when it outlives its caller (else it is piped: `output()`). */
  readonly logFile: string | undefined
  output(): string
  stop(): Promise<void>
}

/** tsx's loader as the scripts package resolves it (tests do not depend on tsx themselves). */
export function tsxLoader(scriptsDir: string): string {
  return pathToFileURL(createRequire(path.join(scriptsDir, 'package.json')).resolve('tsx')).href
}

/** Ends a process group: SIGTERM, then SIGKILL if it is still there after 10 s. */
export async function stopProcessGroup(pid: number): Promise<void> {
  // Signal 0 only asks whether the group is still there.
  const signal = (name: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, name)
      return true
    } catch {
      return false // already gone
    }
  }
  if (!signal('SIGTERM')) return
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    if (!signal(0)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  signal('SIGKILL')
}

/**
 * `extraEnv`: more variables for the main job (e.g. ADMIN_EMAIL/ADMIN_PASSWORD).
 * `outliveCaller`: the job writes its output to `<dir>/main-job.log` instead of a pipe, so it
 * keeps running after the calling test file's process ends (several files share it; whoever
 * ends it calls `stopProcessGroup(pid)`).
 */
export async function startMainJob(
  timeoutMs: number,
  extraEnv: Readonly<Record<string, string>> = {},
  { outliveCaller = false } = {},
): Promise<MainJob> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-main-'))
  const logFile = path.join(dir, 'main-job.log')
  const pagesDir = path.join(dir, 'pages')
  cpSync(fromRoot('content', 'pages'), pagesDir, { recursive: true })
  const releasesDir = path.join(dir, 'releases')
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const cmsUrl = `http://localhost:${String(cmsPort)}`
  const scripts = fromRoot('scripts')
  const logFd = outliveCaller ? openSync(logFile, 'a') : undefined
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader(scripts), path.join(scripts, 'start.ts')],
    {
      cwd: scripts,
      detached: true,
      stdio: logFd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', logFd, logFd],
      env: {
        ...process.env,
        DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        SUBMISSIONS_DIR: path.join(dir, 'submissions'),
        RELEASES_DIR: releasesDir,
        PAGES_DIR: pagesDir,
        CMS_PORT: String(cmsPort),
        CMS_PUBLIC_URL: cmsUrl,
        SITE_PORT: String(sitePort),
        // The site's public origin is the one served here (canonical links, the CMS's "live" links).
        SITE_URL: `http://127.0.0.1:${String(sitePort)}`,
        REBUILD_DEBOUNCE_MS: '1500',
        ...extraEnv,
      },
    },
  )
  if (logFd !== undefined) closeSync(logFd)
  let piped = ''
  child.stdout?.on('data', (chunk: Buffer) => (piped += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (piped += chunk.toString()))
  const output = () => (outliveCaller ? readFileSync(logFile, 'utf8') : piped)
  if (outliveCaller) child.unref()
  const stop = async () => {
    if (child.pid !== undefined) await stopProcessGroup(child.pid)
    rmSync(dir, { recursive: true, force: true })
  }
  const deadline = Date.now() + timeoutMs
  while (!/Ready in [\d.]+ s/.test(output())) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const printed = output()
      await stop()
      throw new Error(`The main job did not become ready:\n${printed.slice(-4000)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    cmsUrl,
    siteUrl: `http://127.0.0.1:${String(sitePort)}`,
    dir,
    pagesDir,
    releasesDir,
    pid: child.pid ?? 0,
    logFile: outliveCaller ? logFile : undefined,
    output,
    stop,
  }
}

/** Polls `check` until it returns a value (not undefined) or the time runs out. */
export async function waitFor<T>(
  what: string,
  timeoutMs: number,
  check: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${String(timeoutMs / 1000)} s: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
