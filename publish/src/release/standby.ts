/**
 * The live site's ready copy: `<releasesDir>/.standby/site/`, every file of the live release's
 * site hard-linked at the same place, made in the background after a release goes live
 * (consolidate-search.ts). The next publish takes it as its site folder in one rename
 * (`takeStandby`, build-steps.ts step 1) instead of linking the files it keeps one by one: at
 * 10,000 recommendations 31,842 pages, 60,624 citation downloads and the search index, 4.7 s of
 * linking threads beside Astro on two cores. What the build then neither keeps nor replaces is
 * removed (outputs/files.ts `removeNotKept`), so its site holds what it would have held had it
 * begun empty: the equivalence test compares the two.
 *
 * The copy is made from the last one, or from a release folder on its way out (the trash), by
 * comparing each file's inode with the live one's: after a publish, only the files it changed
 * are linked again. `standby.json` (the live release it copies and its files) is written last
 * and removed first, so a copy cut short (a publish stops the background work) is never taken.
 */
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { ifMissing } from '@mahjar/shared/errors'
import { filesUnder, removeWithEmptyFolders } from '../outputs/files.ts'
import { trashDir, type Release } from './releases.ts'

export const standbyDir = (releasesDir: string) => path.join(releasesDir, '.standby')
const siteOf = (releasesDir: string) => path.join(standbyDir(releasesDir), 'site')
const markerOf = (releasesDir: string) => path.join(standbyDir(releasesDir), 'standby.json')

const markerSchema = z.object({
  /** The release whose site it copies. */
  release: z.string(),
  /** Its files, relative to the site folder. */
  files: z.array(z.string()),
})

/**
 * Makes the ready copy `live`'s site for `release`'s site folder, when there is one of that
 * release; returns its files (relative to the folder), or undefined when there is none.
 */
export async function takeStandby(
  releasesDir: string,
  live: Release,
  release: Release,
): Promise<string[] | undefined> {
  const text = await readFile(markerOf(releasesDir), 'utf8').catch(ifMissing(undefined))
  if (text === undefined) return undefined
  let marker: z.infer<typeof markerSchema>
  try {
    marker = markerSchema.parse(JSON.parse(text))
  } catch {
    return undefined
  }
  if (marker.release !== live.id) return undefined
  // The marker goes first: a copy half moved is never taken again.
  await rm(markerOf(releasesDir), { force: true })
  try {
    await rename(siteOf(releasesDir), release.siteDir)
  } catch {
    return undefined
  }
  return marker.files
}

/** A site folder to start the copy from: the last copy, else one of a release being removed. */
function startingFolder(releasesDir: string): void {
  const site = siteOf(releasesDir)
  if (existsSync(site)) return
  const trash = trashDir(releasesDir)
  mkdirSync(standbyDir(releasesDir), { recursive: true })
  for (const id of existsSync(trash) ? readdirSync(trash) : []) {
    try {
      renameSync(path.join(trash, id, 'site'), site)
      return
    } catch {
      // Gone, or never built: the next one.
    }
  }
}

/**
 * Makes the ready copy of `live`'s site: from the last copy or a leaving release's site, each file
 * whose inode differs from the live one's linked again, each the live site lacks removed. Returns
 * the files linked and removed.
 */
export async function prepareStandby(
  releasesDir: string,
  live: Release,
): Promise<{ linked: number; removed: number; files: number }> {
  await rm(markerOf(releasesDir), { force: true })
  startingFolder(releasesDir)
  const site = siteOf(releasesDir)
  mkdirSync(site, { recursive: true })
  const [files = [], present = []] = await Promise.all([filesUnder(live.siteDir), filesUnder(site)])
  const wanted = new Set(files)
  let removed = 0
  for (const file of present) {
    if (wanted.has(file)) continue
    await removeWithEmptyFolders(site, file)
    removed += 1
  }
  let linked = 0
  const made = new Set<string>()
  for (const file of files) {
    const from = path.join(live.siteDir, file)
    const to = path.join(site, file)
    const have = lstatSync(to, { throwIfNoEntry: false })
    const want = lstatSync(from)
    if (have && have.ino === want.ino && have.dev === want.dev) continue
    if (have) rmSync(to, { recursive: true, force: true })
    const folder = path.dirname(to)
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true })
      made.add(folder)
    }
    linkSync(from, to)
    linked += 1
  }
  await writeFile(markerOf(releasesDir), JSON.stringify({ release: live.id, files }))
  return { linked, removed, files: files.length }
}
