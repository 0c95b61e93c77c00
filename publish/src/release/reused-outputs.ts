/**
 * Outputs a release takes from the live one instead of making them again. Each file has a key
 * naming everything its bytes come from; a release records its files' keys in a keys file of its
 * own, and a file whose key the live release recorded is hard-linked from it. A link is never
 * written to: every later writer replaces a file by renaming a new one over it
 * (outputs/files.ts `replaceFile`).
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { ParsedFiles } from '@mahjar/shared/parsed-files'
import {
  distPath,
  forEachFile,
  linkFiles,
  makeFolders,
  replaceFile,
  type KeyedFile,
  type KeyedFolder,
  filesUnder,
} from '../outputs/files.ts'
import type { Release } from './releases.ts'

/** File path (`/cite/findings/AIE-F1.ar.bib`) → key of the bytes written there. */
const keysSchema = z.record(z.string(), z.string())

/**
 * Keys files this process wrote or read: a publish in the warm engine reads the live release's,
 * which the publish before wrote or the search consolidation linked from it (60,000 keys at
 * 10,000 recommendations, 0.25-0.5 s to parse and validate).
 */
const keysFiles = new ParsedFiles<Record<string, string>>()

/** The keys a release recorded in `file`; none when it has none or they are damaged. */
export function recordedKeys(file: string): Promise<Record<string, string>> {
  return keysFiles.read(file, (text) => {
    try {
      return keysSchema.parse(JSON.parse(text ?? '{}'))
    } catch {
      // A damaged keys file vouches for no file: every file is made again, which is always safe.
      return {}
    }
  })
}

/** Writes a release's keys file, kept in memory for the next publish's `recordedKeys`. */
function writeKeys(file: string, keys: Record<string, string>): Promise<void> {
  return keysFiles.write(file, JSON.stringify(keys), keys)
}

/** Where outputs may come from and where their keys are recorded. */
export interface ReuseFrom {
  /** The live release, when its outputs may be taken; undefined for none. */
  readonly previous: Release | undefined
  readonly next: Release
  /** A release's keys file for these outputs. */
  readonly keysFile: (release: Release) => string
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
  { previous, next, keysFile }: ReuseFrom,
): Promise<Reused> {
  const before = previous ? await recordedKeys(keysFile(previous)) : {}
  const puts = files.map((file) => ({ file, target: distPath(outDir, file.path) }))
  const reusable = previous ? puts.filter(({ file }) => before[file.path] === file.key) : []
  const failures = previous
    ? await linkFiles(
        reusable.map(
          ({ file, target }) => [distPath(previous.siteDir, file.path), target] as const,
        ),
      )
    : []
  // Linked unless gone from the live release (a hand-deleted file): those are made again.
  const failed = new Set(failures.map((failure) => failure.index))
  const linked = new Set(reusable.filter((_, index) => !failed.has(index)))
  const made = puts.filter((put) => !linked.has(put))
  await makeFolders(made.map((put) => put.target))
  await forEachFile(made, ({ file, target }) => replaceFile(target, file.content()))
  await writeKeys(keysFile(next), Object.fromEntries(files.map((f) => [f.path, f.key])))
  return { written: made.length, reused: linked.size }
}

/**
 * Hard-links every file under `from` to the same place under `to`; false when `from` does not
 * hold exactly `count` files or a link fails (the caller makes the folder again).
 */
async function linkFolder(from: string, to: string, count: number): Promise<boolean> {
  const files = await filesUnder(from)
  if (files?.length !== count) return false
  const failures = await linkFiles(
    files.map((file) => [path.join(from, file), path.join(to, file)] as const),
  )
  return failures.length === 0
}

/**
 * As `writeReusing`, for whole folders (the search index's bundles): a folder whose key the live
 * release recorded is hard-linked from it, file by file, when it still holds the files it was
 * made with (their number is recorded beside the key); the others are made, side by side.
 */
export async function makeReusing(
  folders: readonly KeyedFolder[],
  outDir: string,
  { previous, next, keysFile }: ReuseFrom,
): Promise<Reused> {
  const before = previous ? await recordedKeys(keysFile(previous)) : {}
  const recorded = (key: string, files: number) => `${key} ${String(files)}`
  let reused = 0
  const after = await Promise.all(
    folders.map(async (folder) => {
      const target = folderPath(outDir, folder.path)
      const [key, files] = (before[folder.path] ?? '').split(' ')
      if (previous !== undefined && key === folder.key) {
        const from = folderPath(previous.siteDir, folder.path)
        if (await linkFolder(from, target, Number(files))) {
          reused += 1
          return [folder.path, recorded(folder.key, Number(files))] as const
        }
        // Changed in the live release (a file lost or added by hand): made again, from nothing.
        await rm(target, { recursive: true, force: true })
      }
      await folder.make(target)
      return [folder.path, recorded(folder.key, (await filesUnder(target))?.length ?? 0)] as const
    }),
  )
  await writeKeys(keysFile(next), Object.fromEntries(after))
  return { written: folders.length - reused, reused }
}

/** The file system path of a root-relative folder URL inside the built site. */
const folderPath = (distDir: string, urlPath: string) => path.dirname(distPath(distDir, urlPath))
