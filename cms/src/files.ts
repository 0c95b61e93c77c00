/**
 * Where the CMS keeps its data on disk, and who may read it: the SQLite file (with its `-wal`
 * and `-shm` companions: they hold the latest writes, password hashes and drafts included) and
 * the media folder (uploads before publication) and the participants' submissions folder. Owner only: 0600 files, 0700 folders. `pnpm
 * start` also runs the CMS with umask 077, so what it creates later is private too. The backup
 * and restore commands find the files here.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { isMongoUri, sqliteFile } from './databaseUri.ts'
import { env } from './env.ts'
import { cmsRoot } from './paths.ts'

export const privateFileMode = 0o600
export const privateDirMode = 0o700

/** The SQLite file and the files SQLite keeps beside it while it is open. */
export function sqliteFilesOf(file: string): readonly string[] {
  return [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]
}

export interface DataLocations {
  /** The SQLite database file; undefined on MongoDB (back it up with mongodump). */
  readonly sqliteFile: string | undefined
  readonly mediaDir: string
  /** Participants' cleaned files (src/submissions): private like the media, never served. */
  readonly submissionsDir: string
}

export function dataLocations(): DataLocations {
  return {
    sqliteFile: isMongoUri(env.databaseUri) ? undefined : sqliteFile(env.databaseUri, cmsRoot),
    mediaDir: env.mediaDir,
    submissionsDir: env.submissionsDir,
  }
}

function restrictTree(target: string): void {
  const info = statSync(target)
  if (info.isDirectory()) {
    chmodSync(target, privateDirMode)
    for (const name of readdirSync(target)) restrictTree(path.join(target, name))
  } else if (info.isFile()) chmodSync(target, privateFileMode)
}

/**
 * Makes the database files and the media folder readable by their owner only (creating the
 * media folder when missing). Files made before this existed were often 0644.
 */
export function restrictDataFiles(locations: DataLocations = dataLocations()): void {
  if (locations.sqliteFile) {
    for (const file of sqliteFilesOf(locations.sqliteFile)) {
      if (existsSync(file)) chmodSync(file, privateFileMode)
    }
  }
  for (const folder of [locations.mediaDir, locations.submissionsDir]) {
    mkdirSync(folder, { recursive: true, mode: privateDirMode })
    restrictTree(folder)
  }
}
