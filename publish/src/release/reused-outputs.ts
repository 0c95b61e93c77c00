/**
 * Outputs a release takes from the live one instead of making them again. Each file has a key
 * naming everything its bytes come from; a release records its files' keys in a keys file of its
 * own, and a file whose key the live release recorded is hard-linked from it. A link is never
 * written to: every later writer replaces a file by renaming a new one over it
 * (outputs/files.ts `replaceFile`).
 */
import { link, readFile, writeFile } from 'node:fs/promises'
import { z } from 'zod'
import { ifMissing } from '@mahjar/shared/errors'
import {
  distPath,
  forEachFile,
  makeFolders,
  replaceFile,
  type KeyedFile,
} from '../outputs/files.ts'
import type { Release } from './releases.ts'

/** File path (`/cite/findings/AIE-F1.ar.bib`) → key of the bytes written there. */
const keysSchema = z.record(z.string(), z.string())

/** The keys a release recorded in `file`; none when it has none or they are damaged. */
export async function recordedKeys(file: string): Promise<Record<string, string>> {
  const text = await readFile(file, 'utf8').catch(ifMissing('{}'))
  try {
    return keysSchema.parse(JSON.parse(text))
  } catch {
    // A damaged keys file vouches for no file: every file is made again, which is always safe.
    return {}
  }
}

export interface Reused {
  readonly written: number
  readonly reused: number
}

/**
 * Puts `files` into `outDir`: linked from `previous`'s site when its keys file (`keysFile` of that
 * release) records the same key, else made and written. Records the keys in `keysFile(next)`.
 */
export async function writeReusing(
  files: readonly KeyedFile[],
  outDir: string,
  {
    previous,
    next,
    keysFile,
  }: {
    readonly previous: Release | undefined
    readonly next: Release
    readonly keysFile: (release: Release) => string
  },
): Promise<Reused> {
  const before = previous ? await recordedKeys(keysFile(previous)) : {}
  const puts = files.map((file) => ({ file, target: distPath(outDir, file.path) }))
  await makeFolders(puts.map((put) => put.target))
  let reused = 0
  await forEachFile(puts, async ({ file, target }) => {
    if (previous !== undefined && before[file.path] === file.key) {
      const linked = await link(distPath(previous.siteDir, file.path), target).then(
        () => true,
        // Gone from the live release (a hand-deleted file): made again.
        () => false,
      )
      if (linked) {
        reused += 1
        return
      }
    }
    await replaceFile(target, file.content())
  })
  await writeFile(
    keysFile(next),
    JSON.stringify(Object.fromEntries(files.map((f) => [f.path, f.key]))),
  )
  return { written: files.length - reused, reused }
}
