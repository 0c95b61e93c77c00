/**
 * The CMS runs as `next start` (production server: ready in ≈ 0.1 s, pages precompiled) rather
 * than `next dev` (compiles each admin route on first visit, ≈ 10–30 s each here, and keeps a
 * watcher). `next build` is skipped when `.next` was built from the same sources: a fingerprint
 * (path, size, mtime) of every file the build reads is stored beside the build.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../paths.ts'

export const cmsDir = path.join(repoRoot, 'cms')
export const nextBin = path.join(cmsDir, 'node_modules', 'next', 'dist', 'bin', 'next')
/** `node --import` this before `next start`: it records each request's TCP peer. */
export const peerPreload = path.join(cmsDir, 'src', 'http', 'peerPreload.ts')
const fingerprintFile = path.join(cmsDir, '.next', 'mahjar-sources.sha256')

const sources = [
  'cms/src',
  'cms/next.config.ts',
  'cms/package.json',
  'cms/tsconfig.json',
  'shared/src',
  'shared/package.json',
  'pnpm-lock.yaml',
]

export interface SourcesState {
  readonly fingerprint: string
  readonly newestMtimeMs: number
}

function walk(file: string, hash: ReturnType<typeof createHash>, newest: { ms: number }): void {
  if (!existsSync(file)) return
  const info = statSync(file)
  if (info.isDirectory()) {
    for (const name of readdirSync(file).sort()) walk(path.join(file, name), hash, newest)
    return
  }
  newest.ms = Math.max(newest.ms, info.mtimeMs)
  hash.update(`${path.relative(repoRoot, file)}\0${String(info.size)}\0${String(info.mtimeMs)}\n`)
}

export function cmsSources(): SourcesState {
  const hash = createHash('sha256')
  const newest = { ms: 0 }
  for (const source of sources) walk(path.join(repoRoot, source), hash, newest)
  return { fingerprint: hash.digest('hex'), newestMtimeMs: newest.ms }
}

/**
 * Current when built by `pnpm start` from these exact sources, or (a build made by hand or by
 * another run) when the build is newer than every source file.
 */
export function cmsBuildIsCurrent(sources: SourcesState): boolean {
  const buildId = path.join(cmsDir, '.next', 'BUILD_ID')
  if (!existsSync(buildId)) return false
  if (existsSync(fingerprintFile)) {
    if (readFileSync(fingerprintFile, 'utf8').trim() === sources.fingerprint) return true
  }
  return statSync(buildId).mtimeMs > sources.newestMtimeMs
}

export function recordCmsBuild(fingerprint: string): void {
  writeFileSync(fingerprintFile, `${fingerprint}\n`)
}
