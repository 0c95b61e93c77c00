/** Files the post-build steps add to the built site: a root-relative path and its content. */
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises'
import type { Dirent } from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { ifMissing } from '@mahjar/shared/errors'
import { writeContent, type FileContent } from '@mahjar/shared/file-content'

/** The text of a file's content (UTF-8). */
export function contentText(content: FileContent): string {
  if (typeof content === 'string') return content
  return Buffer.concat(content instanceof Uint8Array ? [content] : content).toString('utf8')
}

export interface OutputFile {
  /** Root-relative URL path, e.g. `/data/findings.json`. */
  readonly path: string
  readonly content: FileContent
}

/**
 * An output file not yet made: `key` names everything its bytes come from, so a release can take
 * the file from the live one when its key is unchanged (release/reused-outputs.ts) instead of
 * making it again.
 */
export interface KeyedFile {
  readonly path: string
  readonly key: string
  readonly content: () => FileContent
}

/** An output folder not yet made, as `KeyedFile` (the search index's bundles). */
export interface KeyedFolder {
  /** Root-relative URL path of the folder, e.g. `/pagefind/0/`. */
  readonly path: string
  readonly key: string
  /** Makes the folder's files at `target`. */
  readonly make: (target: string) => Promise<void>
}

/** A root-relative path of plain segments (none empty, `.` or `..`). */
const plainPath = /^(\/(?!\.\.?(\/|$))[^/\\\0]+)+$/

let lastNormal = ''

/** Whether `dir` is an absolute, normalised path with no trailing separator (the last one kept). */
function isNormalAbsolute(dir: string): boolean {
  if (dir === lastNormal) return true
  const normal = path.isAbsolute(dir) && path.resolve(dir) === dir && dir !== path.sep
  if (normal) lastNormal = dir
  return normal
}

/** The file system path of a root-relative URL inside the built site (directory URLs → index.html). */
export function distPath(distDir: string, urlPath: string): string {
  const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath
  // Most paths need no resolving (60,000 citation files a publish at 10,000 recommendations).
  if (plainPath.test(relative) && isNormalAbsolute(distDir)) return `${distDir}${relative}`
  const resolved = path.resolve(distDir, `.${relative}`)
  if (!resolved.startsWith(path.resolve(distDir) + path.sep)) {
    throw new Error(`Refusing to write outside the site: ${urlPath}`)
  }
  return resolved
}

/**
 * Writes `content` as a new file at `target`. An existing file is replaced with a rename, never
 * written into: in an incremental release it may be a page hard-linked from the live release
 * (incremental/partial-pages.ts), and writing into it would change that release too.
 */
export async function replaceFile(target: string, content: FileContent): Promise<void> {
  try {
    await writeContent(target, content, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const temporary = `${target}.${String(process.pid)}.tmp`
    await writeContent(temporary, content, 'w')
    await rename(temporary, target)
  }
}

/** How many files are written at once: each write waits on the disk, not on this thread. */
const filesAtOnce = 32

/** Runs `task` for every item, `filesAtOnce` at a time (file writes and links). */
export async function forEachFile<T>(
  items: Iterable<T>,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const queue = items[Symbol.iterator]()
  let failed = false
  const worker = async () => {
    for (let next = queue.next(); !failed && next.done !== true; next = queue.next()) {
      try {
        await task(next.value)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  // After a failure no file is started, and the first error is thrown once none is in flight.
  const settled = await Promise.allSettled(Array.from({ length: filesAtOnce }, worker))
  const failure = settled.find((result) => result.status === 'rejected')
  if (failure) throw failure.reason
}

/** Makes each folder the targets go into, once. */
export async function makeFolders(targets: Iterable<string>): Promise<void> {
  for (const folder of new Set([...targets].map((target) => path.dirname(target)))) {
    await mkdir(folder, { recursive: true })
  }
}

/**
 * Writes the files into the site, each folder made once and up to `filesAtOnce` files at a time
 * (60,000 citation files at 10,000 recommendations: one after another, the writing alone took
 * longer than building them).
 */
export async function writeOutputFiles(
  distDir: string,
  files: readonly OutputFile[],
): Promise<void> {
  // Of two files for one target, the later is written, as when they were written in turn.
  const writes = new Map(files.map((file) => [distPath(distDir, file.path), file.content]))
  await makeFolders(writes.keys())
  await forEachFile(writes, ([target, content]) => replaceFile(target, content))
}

/** A hard link to make: the file that exists and the new name for it. */
export type LinkPair = readonly [from: string, to: string]

/** A link `linkFiles` could not make: its place in the list and why. */
export interface LinkFailure {
  readonly index: number
  readonly message: string
}

/**
 * The worker's code: every folder made once, then one synchronous `link(2)` after another. A
 * string, so it runs as it is under any loader (tsx, Vitest); it needs nothing but Node.
 */
const linkWorker = `
const { parentPort, workerData } = require('node:worker_threads')
const { linkSync, mkdirSync } = require('node:fs')
const path = require('node:path')
const sources = workerData.sources.split('\\0')
const targets = workerData.targets.split('\\0')
const made = new Set()
const failures = []
for (let index = 0; index < sources.length; index += 1) {
  try {
    const folder = path.dirname(targets[index])
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    linkSync(sources[index], targets[index])
  } catch (error) {
    failures.push({ index, message: error instanceof Error ? error.message : String(error) })
  }
}
parentPort.postMessage(failures)
`

/**
 * A release's site folder that began as a copy of the live release's (release/standby.ts): every
 * file of the live site, hard-linked at the same place. A link from the live site to the same
 * place in it, or in a folder moved into it after (`into`: the outputs' `extra/`), is there
 * already: `linkFiles` keeps it instead. Once the build has linked and moved in everything,
 * `removeNotKept` removes the copied files it neither kept nor replaced, so the site holds what it
 * would have held had it begun empty.
 */
interface CopiedSite {
  readonly siteDir: string
  readonly liveSiteDir: string
  readonly into: readonly string[]
  /** The copied files, relative to the site folder. */
  readonly files: ReadonlySet<string>
  readonly kept: Set<string>
  /** `liveSiteDir`, and the site folder and `into`, each with a separator after it. */
  readonly livePrefix: string
  readonly targetPrefixes: readonly string[]
}

/** The copied site of the build under way (one build at a time in a process). */
let copied: CopiedSite | undefined

/** Says that `siteDir` holds a copy of `liveSiteDir`'s `files` (paths relative to it). */
export function beginsAsCopy(
  siteDir: string,
  liveSiteDir: string,
  files: readonly string[],
  into: readonly string[],
): void {
  copied = {
    siteDir,
    liveSiteDir,
    into,
    files: new Set(files),
    kept: new Set(),
    livePrefix: `${liveSiteDir}${path.sep}`,
    targetPrefixes: [siteDir, ...into].map((dir) => `${dir}${path.sep}`),
  }
}

/** The path of `file` relative to `dir` when it lies inside it, else undefined. */
function inside(dir: string, file: string): string | undefined {
  return file.startsWith(`${dir}${path.sep}`) ? file.slice(dir.length + 1) : undefined
}

/**
 * Whether the link `from` → `to` is already in the copied site: then it is kept, not made. Asked
 * of every link a publish makes (110,000 at 10,000 recommendations): nothing is made per call but
 * the file's relative path (0.4 s a publish when each call built its candidate paths).
 */
function keptInCopy([from, to]: LinkPair): boolean {
  if (!copied || !from.startsWith(copied.livePrefix)) return false
  const file = from.slice(copied.livePrefix.length)
  if (!copied.files.has(file)) return false
  const placed = copied.targetPrefixes.some(
    (prefix) =>
      to.length === prefix.length + file.length && to.startsWith(prefix) && to.endsWith(file),
  )
  if (placed) copied.kept.add(file)
  return placed
}

/** A file moved to `target`: when it replaces a copied file, that place is the build's. */
export function movedInto(target: string): void {
  const file = copied && inside(copied.siteDir, target)
  if (file !== undefined) copied?.kept.add(file)
}

/**
 * Removes the copied files of `siteDir` its build neither kept nor replaced, each folder left
 * empty with them; returns how many. Nothing when it did not begin as a copy.
 */
export async function removeNotKept(siteDir: string): Promise<number> {
  const site = copied
  if (site?.siteDir !== siteDir) return 0
  copied = undefined
  const gone = [...site.files].filter((file) => !site.kept.has(file))
  await forEachFile(gone, (file) => removeWithEmptyFolders(siteDir, file))
  return gone.length
}

/** Forgets a copied site whose build failed (its folder is never made live). */
export function forgetCopy(siteDir: string): void {
  if (copied?.siteDir === siteDir) copied = undefined
}

/**
 * Hard-links each pair's `from` to its `to` (folders made as needed) on a thread of its own, and
 * returns the links that failed; the others are made (or were there already: `beginsAsCopy`).
 * On the main thread each of the 31,842 pages a partial build keeps at 10,000 recommendations
 * waited behind the open data's work (12.9 s, longer than Astro); one synchronous call after
 * another on a worker takes about 1 s.
 */
export async function linkFiles(allPairs: readonly LinkPair[]): Promise<LinkFailure[]> {
  // Each pair's place in the caller's list, for its failures.
  const places: number[] = []
  const pairs = allPairs.filter((pair, index) => {
    if (keptInCopy(pair)) return false
    places.push(index)
    return true
  })
  if (pairs.length === 0) return []
  // One string each, joined by NUL (which no path holds): a thread's data is copied to it, and
  // copying 60,000 strings one by one took 0.3 s of the caller's thread at 10,000 recommendations.
  const workerData = {
    sources: pairs.map(([from]) => from).join('\0'),
    targets: pairs.map(([, to]) => to).join('\0'),
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(linkWorker, { eval: true, workerData })
    let failures: LinkFailure[] | undefined
    worker.once('message', (message: LinkFailure[]) => {
      failures = message
    })
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (failures)
        resolve(failures.map((failure) => ({ ...failure, index: places[failure.index] ?? -1 })))
      else reject(new Error(`the linking thread stopped (exit code ${String(code)})`))
    })
  })
}

/**
 * How many folders `filesUnder` reads at once. One at a time, the live site of 10,000
 * recommendations (113,000 files in 32,000 folders) took 1.55-1.93 s to list, each read waiting for
 * the one before; 32 at a time, 0.66-1.04 s (docs/benchmarks.md, "Publishing").
 */
const foldersAtOnce = 32

/**
 * Every file under `dir`, relative to it, in no set order; undefined when `dir` is missing. By
 * folder (Node's recursive listing stats each entry, and took 2.9 s of 6 s for two sites of
 * 113,000 files in a CPU profile of the live site's ready copy), a depth at a time.
 */
export async function filesUnder(dir: string): Promise<string[] | undefined> {
  const top = await readdir(dir, { withFileTypes: true }).catch(ifMissing(undefined))
  if (!top) return undefined
  const files: string[] = []
  let folders: string[] = []
  const take = (folder: string, entries: readonly Dirent[]) => {
    for (const entry of entries) {
      const file = folder === '' ? entry.name : `${folder}${path.sep}${entry.name}`
      if (entry.isDirectory()) folders.push(file)
      else if (entry.isFile()) files.push(file)
    }
  }
  take('', top)
  while (folders.length > 0) {
    const depth = folders
    folders = []
    for (let first = 0; first < depth.length; first += foldersAtOnce) {
      const batch = depth.slice(first, first + foldersAtOnce)
      const read = await Promise.all(
        batch.map((folder) =>
          readdir(path.join(dir, folder), { withFileTypes: true }).catch(ifMissing([])),
        ),
      )
      batch.forEach((folder, index) => {
        take(folder, read[index] ?? [])
      })
    }
  }
  return files
}

/** Removes `file` (relative to `root`) and then each folder above it that is left empty. */
export async function removeWithEmptyFolders(root: string, file: string): Promise<void> {
  await rm(path.join(root, file), { force: true })
  for (let dir = path.dirname(file); dir !== '.' && dir !== '/'; dir = path.dirname(dir)) {
    const removed = await rmdir(path.join(root, dir)).then(
      () => true,
      () => false,
    )
    if (!removed) return
  }
}
