/**
 * The real CMS (Next production server) for browser tests: `next build` when the build is
 * missing or older than the CMS sources, then `next start` on a free port with a throwaway
 * SQLite database.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { freePort } from '@mahjar/scripts/lib/free-port'
import { fromRoot } from './paths.ts'

const cmsDir = fromRoot('cms')
const buildId = path.join(cmsDir, '.next', 'BUILD_ID')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

export function ensureCmsBuild(): void {
  const sources = Math.max(
    newestMtime(path.join(cmsDir, 'src')),
    statSync(path.join(cmsDir, 'package.json')).mtimeMs,
  )
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) return
  const result = spawnSync('pnpm', ['run', 'build'], {
    cwd: cmsDir,
    stdio: 'inherit',
    env: process.env,
  })
  if (result.status !== 0)
    throw new Error(`next build of the CMS failed (exit ${String(result.status)})`)
}

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
  const nextBin = path.join(cmsDir, 'node_modules', 'next', 'dist', 'bin', 'next')
  // Records each request's TCP peer for the sign-in throttle (cms/src/http/peerAddress.ts).
  const peerPreload = path.join(cmsDir, 'src', 'http', 'peerPreload.ts')
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
