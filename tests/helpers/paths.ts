import { fileURLToPath } from 'node:url'
import path from 'node:path'

/** The repository root, whatever directory the runner was started from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export const artifactsDir = path.join(repoRoot, 'tests', '.artifacts')

export function fromRoot(...segments: string[]): string {
  return path.join(repoRoot, ...segments)
}
