/**
 * The real CMS (Next production server) for browser tests: `next build` when the build is
 * not current (helpers/cms-build.ts), then `next start` on a free port with a throwaway
 * SQLite database.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '@mahjar/scripts/lib/free-port'
import { cmsDir, nextBin, peerPreload } from '@mahjar/scripts/lib/start/cms-build'
import { ensureCmsBuild } from './cms-build.ts'

async function waitForReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the CMS server exited early:\n${log()}`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`the CMS server did not answer ${url} within 120 s:\n${log()}`)
}

export type CmsServer = { baseUrl: string; stop: () => Promise<void> }

export async function startCmsServer(): Promise<CmsServer> {
  ensureCmsBuild()
  const port = await freePort()
  const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-cms-server-'))
  const baseUrl = `http://127.0.0.1:${String(port)}`
  let output = ''
  const child = spawn(
    process.execPath,
    ['--import', peerPreload, nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'],
    {
      cwd: cmsDir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        SUBMISSIONS_DIR: path.join(dir, 'submissions'),
        PAYLOAD_SECRET: `e2e-secret-${randomUUID()}`,
        CMS_PORT: String(port),
        CMS_PUBLIC_URL: baseUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const collect = (chunk: Buffer) => {
    output += chunk.toString()
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  await waitForReady(`${baseUrl}/api/users/me`, child, () => output)
  return {
    baseUrl,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
