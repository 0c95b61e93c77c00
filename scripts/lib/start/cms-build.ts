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

function walk(file: string, hash: ReturnType<typeof createHash>): void {
  if (!existsSync(file)) return
  const info = statSync(file)
  if (info.isDirectory()) {
    for (const name of readdirSync(file).sort()) walk(path.join(file, name), hash)
    return
  }
  hash.update(`${path.relative(repoRoot, file)}\0${String(info.size)}\0${String(info.mtimeMs)}\n`)
}

export function cmsSourcesFingerprint(): string {
  const hash = createHash('sha256')
  for (const source of sources) walk(path.join(repoRoot, source), hash)
  return hash.digest('hex')
}

export function cmsBuildIsCurrent(fingerprint: string): boolean {
  if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) return false
  if (!existsSync(fingerprintFile)) return false
  return readFileSync(fingerprintFile, 'utf8').trim() === fingerprint
}

export function recordCmsBuild(fingerprint: string): void {
  writeFileSync(fingerprintFile, `${fingerprint}\n`)
}
