/**
 * Release folders of the static site and the atomic swap of the live one:
 *
 *   <releasesDir>/<id>/site/        the built site (served)
 *   <releasesDir>/<id>/snapshot/    the published snapshot it was built from
 *   <releasesDir>/<id>/build.log    the build's log
 *   <releasesDir>/<id>/share-cards.json  the key of each share card drawn (release/reuse-cards.ts)
 *   <releasesDir>/current           symlink → <id>, replaced with rename(2): readers see the old
 *                                   release or the new one, never a half-written one.
 *   <releasesDir>/.trash/<id>       a release being removed (moved here in one rename, removed
 *                                   in the background: release/consolidate-search.ts)
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises'
import path from 'node:path'
import { ifMissing, isMissingFile } from '@mahjar/shared/errors'
import { utcStamp } from '@mahjar/shared/utc-stamp'

export const currentLink = 'current'

export interface Release {
  readonly id: string
  readonly dir: string
  readonly siteDir: string
  readonly snapshotDir: string
  readonly logFile: string
}

export function releaseAt(releasesDir: string, id: string): Release {
  const dir = path.join(releasesDir, id)
  return {
    id,
    dir,
    siteDir: path.join(dir, 'site'),
    snapshotDir: path.join(dir, 'snapshot'),
    logFile: path.join(dir, 'build.log'),
  }
}

/** A new, empty release folder named by its UTC start time (sortable) and a random suffix. */
export async function createRelease(releasesDir: string, now = new Date()): Promise<Release> {
  const release = releaseAt(releasesDir, `${utcStamp(now)}-${randomBytes(3).toString('hex')}`)
  await mkdir(release.dir, { recursive: true })
  return release
}

/** The release `current` points to, or undefined before the first successful build. */
export async function currentRelease(releasesDir: string): Promise<Release | undefined> {
  try {
    const target = await readlink(path.join(releasesDir, currentLink))
    return releaseAt(releasesDir, path.basename(target))
  } catch (error) {
    // No link yet is "no release"; a `current` that is not a link is damage to report.
    if (isMissingFile(error)) return undefined
    throw error
  }
}

/** The directory the live site is served from, resolved now (undefined before the first build). */
export function currentSiteDir(releasesDir: string): string {
  return path.join(releasesDir, currentLink, 'site')
}

export function hasCurrentRelease(releasesDir: string): boolean {
  return existsSync(path.join(currentSiteDir(releasesDir), 'index.html'))
}

/** A build made on one live release, finishing after another went live: it must not replace it. */
export class SupersededError extends Error {
  readonly release: string
  readonly builtOn: string | undefined
  readonly live: string | undefined

  constructor(release: string, builtOn: string | undefined, live: string | undefined) {
    super(
      `release ${release} was built while ${builtOn ?? 'no release'} was live, but ${live ?? 'no release'} is live now: it is left not live (the next build carries its changes)`,
    )
    this.name = 'SupersededError'
    this.release = release
    this.builtOn = builtOn
    this.live = live
  }
}

/** Held while `current` is compared and swapped; a lock left by a killed swap goes stale. */
const swapLock = '.swap-lock'
const staleLockMs = 10_000

async function withSwapLock<T>(releasesDir: string, run: () => Promise<T>): Promise<T> {
  const lock = path.join(releasesDir, swapLock)
  for (let waited = 0; ; waited += 50) {
    try {
      await mkdir(lock)
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const since = await stat(lock).then((info) => Date.now() - info.mtimeMs, ifMissing(0))
      if (since > staleLockMs) await rm(lock, { recursive: true, force: true })
      else if (waited > 2 * staleLockMs) throw new Error(`${lock} is held: another swap hangs`)
      else await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  try {
    return await run()
  } finally {
    await rm(lock, { recursive: true, force: true })
  }
}

/**
 * Points `current` at `release` atomically: a new symlink under a temporary name, renamed over
 * the old one (rename(2) replaces the link in one step on the same file system). One writer: the
 * swap happens only if the live release is still `builtOn`, the one live when the build began
 * (undefined: none was), else `SupersededError`. Without it, a build that began earlier but ended
 * later (a `pnpm build` beside the CMS's rebuild job) would put older content back on the site.
 */
export async function activateRelease(
  releasesDir: string,
  release: Release,
  builtOn: string | undefined,
): Promise<void> {
  const info = await stat(path.join(release.siteDir, 'index.html')).catch(ifMissing(undefined))
  if (!info?.isFile()) {
    throw new Error(`Release ${release.id} has no site/index.html: refusing to make it live`)
  }
  await withSwapLock(releasesDir, async () => {
    const live = (await currentRelease(releasesDir))?.id
    if (live !== builtOn) throw new SupersededError(release.id, builtOn, live)
    const temporary = path.join(releasesDir, `.${currentLink}-${randomBytes(4).toString('hex')}`)
    await symlink(release.id, temporary)
    await rename(temporary, path.join(releasesDir, currentLink))
  })
}

/**
 * Removes old release folders, keeping the live one and the `keep` newest others (failed
 * builds included, so their logs stay readable for a while).
 */
export async function pruneReleases(releasesDir: string, keep = releasesKept): Promise<string[]> {
  const removed = (await releasesNotLive(releasesDir)).slice(keep)
  for (const id of removed) await moveToTrash(releasesDir, id)
  return removed
}

/** How many releases besides the live one `pruneReleases` keeps. */
const releasesKept = 3

/** The releases other than the live one, newest first. */
async function releasesNotLive(releasesDir: string): Promise<string[]> {
  const live = (await currentRelease(releasesDir))?.id
  const entries = await readdir(releasesDir, { withFileTypes: true })
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== live)
    .map((e) => e.name)
    .sort()
    .reverse()
}

/** Whether `pruneReleases` has releases to remove or the trash holds some. */
export async function hasOldReleases(releasesDir: string): Promise<boolean> {
  const inTrash = await readdir(trashDir(releasesDir)).catch(ifMissing([]))
  return inTrash.length > 0 || (await releasesNotLive(releasesDir)).length > releasesKept
}

/** Where release folders wait to be removed: out of every listing of releases. */
export const trashDir = (releasesDir: string) => path.join(releasesDir, '.trash')

/**
 * Takes a release folder out of the releases at once (one rename, however many files it holds:
 * removing one of 113,000 files took 8.4 s at 10,000 recommendations); `emptyTrash` removes it.
 */
export async function moveToTrash(releasesDir: string, id: string): Promise<void> {
  await mkdir(trashDir(releasesDir), { recursive: true })
  await rename(path.join(releasesDir, id), path.join(trashDir(releasesDir), id)).catch(
    ifMissing(undefined),
  )
}

/** Removes the trash; a removal cut short is carried on by the next. */
export async function emptyTrash(releasesDir: string): Promise<void> {
  await rm(trashDir(releasesDir), { recursive: true, force: true })
}
