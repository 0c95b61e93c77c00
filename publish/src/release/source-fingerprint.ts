/**
 * A fingerprint of source files (path, size, modification time of every file under the given
 * repository paths), to tell whether a build was made from the sources as they are now: the
 * CMS's `next build` (start/cms-build.ts) and the live site release (release/site-code.ts).
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../paths.ts'

export interface SourcesState {
  readonly fingerprint: string
  readonly newestMtimeMs: number
}

/** `sources`: paths relative to `root` (the repository), files or folders. */
export function sourcesState(sources: readonly string[], root = repoRoot): SourcesState {
  const hash = createHash('sha256')
  let newest = 0
  const walk = (file: string): void => {
    if (!existsSync(file)) return
    const info = statSync(file)
    if (info.isDirectory()) {
      for (const name of readdirSync(file).sort()) walk(path.join(file, name))
      return
    }
    newest = Math.max(newest, info.mtimeMs)
    hash.update(`${path.relative(root, file)}\0${String(info.size)}\0${String(info.mtimeMs)}\n`)
  }
  for (const source of sources) walk(path.join(root, source))
  return { fingerprint: hash.digest('hex'), newestMtimeMs: newest }
}
