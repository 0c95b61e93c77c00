/**
 * The CMS runs as `next start` (production server: ready in ≈ 0.1 s, pages precompiled) rather
 * than `next dev` (compiles each admin route on first visit, ≈ 10–30 s each here, and keeps a
 * watcher). `next build` is skipped when `.next` was built from the same sources: a fingerprint
 * (source-fingerprint.ts) of every file the build reads is stored beside the build.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '@mahjar/publish/paths'
import { sourcesState, type SourcesState } from '@mahjar/publish/release/source-fingerprint'

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
  // The rebuild job reads the engine's protocol (@mahjar/publish/protocol).
  'publish/src',
  'publish/package.json',
  'pnpm-lock.yaml',
]

/** What `next build` reads. */
export function cmsSources(): SourcesState {
  return sourcesState(sources)
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
