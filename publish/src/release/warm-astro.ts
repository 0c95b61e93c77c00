/**
 * Builds the site's pages in the warm Astro process (warm-astro-process.ts), starting it when
 * none answers. One serves every build of this checkout, whatever its releases folder, one at a
 * time. Its socket is named by what a running process cannot take in later: the installed
 * packages, its own code, and the variables Node reads once at start (locale, NODE_OPTIONS); so
 * after an install a new one starts, and the old one ends when idle.
 */
import { createHash } from 'node:crypto'
import { readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { repoRoot } from '../paths.ts'
import {
  askWarmProcess,
  stopWarmProcesses,
  WarmRequestStopped,
  type WarmAnswer,
  type WarmProcess,
} from './warm-process.ts'

export interface WarmBuildRequest {
  /** The folder Astro builds from (its `.astro/.prerender` goes there). */
  readonly cwd: string
  /** The build's whole environment: the process's is replaced by it for the build. */
  readonly env: NodeJS.ProcessEnv
  readonly root: string
  readonly outDir: string
  /** The site code's fingerprint (site-code.ts): a build of other code is never rendered warm. */
  readonly siteCode?: string | undefined
}

/** How a build in the warm Astro ended. */
export interface WarmBuildEnd {
  readonly ok: boolean
  readonly error?: string
}

export type WarmBuildAnswer = WarmAnswer<WarmBuildEnd>

const processFile = fileURLToPath(new URL('./warm-astro-process.ts', import.meta.url))
/** What the process runs besides its own file. */
const processCode = [
  './warm-renderer.ts',
  './warm-process-server.ts',
  './warm-process.ts',
  './warm-astro.ts',
  './source-fingerprint.ts',
  '../paths.ts',
].map((file) => fileURLToPath(new URL(file, import.meta.url)))
/** Everything its socket is named by that is a file (warm-process-server.ts `code`). */
export const warmAstroCode = [path.join(repoRoot, 'pnpm-lock.yaml'), processFile, ...processCode]
const siteDir = path.join(repoRoot, 'site')
const astroFolder = path.join(siteDir, '.astro')

function warmAstro(env: WarmBuildRequest['env']): WarmProcess {
  const key = createHash('sha256')
    .update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')))
    .update(readFileSync(processFile))
    .update(processCode.map((file) => readFileSync(file, 'utf8')).join('\0'))
    .update(JSON.stringify([env.LANG, env.LC_ALL, env.NODE_OPTIONS]))
    .digest('hex')
    .slice(0, 12)
  const name = path.join(astroFolder, `warm-astro-${key}`)
  const astroEntry = pathToFileURL(
    createRequire(path.join(siteDir, 'package.json')).resolve('astro'),
  ).href
  return { name, args: [processFile, `${name}.sock`, astroEntry], cwd: siteDir, env }
}

/** Ends this checkout's warm Astro processes that are idle (a running build ends with its caller). */
export async function stopWarmAstro(): Promise<void> {
  await stopWarmProcesses(astroFolder, /^warm-astro-\w+\.sock$/)
}

/**
 * One build: 'built', or 'unavailable' when no warm Astro could take it (busy with another, not
 * answering within 5 s of being started, or ended before its build did: its output is then
 * removed), for the caller to build in a fresh process. A failed build throws
 * `astro build failed (…)`, its output sent to `output` as it comes; so does a stopped one.
 */
export async function warmAstroBuild(
  request: WarmBuildRequest,
  output: (text: string) => void,
  signal?: AbortSignal,
): Promise<'built' | 'unavailable'> {
  let end: WarmBuildEnd | 'unavailable' | 'lost'
  try {
    end = await askWarmProcess<WarmBuildEnd>(warmAstro(request.env), request, output, signal)
  } catch (error) {
    if (error instanceof WarmRequestStopped) throw new Error('astro build failed (stopped)')
    throw error
  }
  if (end === 'lost') {
    rmSync(request.outDir, { recursive: true, force: true })
    return 'unavailable'
  }
  if (end === 'unavailable') return end
  if (!end.ok) throw new Error(`astro build failed (${end.error ?? 'an error'})`)
  return 'built'
}
