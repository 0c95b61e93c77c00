/**
 * `pnpm restore -- --from <backup folder> [--force]`: puts a backup made by `pnpm backup` back.
 * First every file is checked against the manifest (size, SHA-256); then it refuses to replace a
 * database another process has open (the CMS: stop `pnpm start` first) unless `--force`. The
 * database and the media folder are staged beside their targets and renamed over them (rename(2):
 * the path holds the old data or the new, never half of either); the previous ones are kept
 * beside them as `*.before-restore-<time>` (nothing is lost), with a `-wal` file that belonged to
 * the old database moved with it so it never meets the new one. MongoDB: use mongorestore.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, copyFile, link, mkdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DatabaseSync } from 'node:sqlite'
import { dataLocations, privateDirMode, privateFileMode } from '@mahjar/cms/files'
import {
  backupManifest,
  databaseFile,
  manifestFile,
  mediaFolder,
  mismatchOf,
  mongoInstructions,
  type BackupManifest,
} from './lib/backup/manifest.ts'
import { cliArgs, runCli, UsageError } from './lib/cli.ts'
import { env } from './lib/env.ts'
import { utcStamp } from '@mahjar/shared/utc-stamp'

export async function readVerifiedManifest(from: string): Promise<BackupManifest> {
  const text = await readFile(path.join(from, manifestFile), 'utf8').catch(() => undefined)
  if (text === undefined) throw new UsageError(`${from} is not a backup: it has no ${manifestFile}`)
  const parsed = backupManifest.safeParse(JSON.parse(text))
  if (!parsed.success) {
    throw new UsageError(
      `${path.join(from, manifestFile)} is not a valid backup manifest: ${parsed.error.message}`,
    )
  }
  const manifest = parsed.data
  const problems = (
    await Promise.all([
      mismatchOf(path.join(from, databaseFile), manifest.database),
      ...manifest.media.map((entry) => mismatchOf(path.join(from, mediaFolder, entry.path), entry)),
    ])
  ).filter((problem): problem is string => problem !== undefined)
  if (problems.length > 0) {
    throw new UsageError(
      `The backup in ${from} does not match its manifest; nothing was restored:\n  ${problems.join('\n  ')}`,
    )
  }
  return manifest
}

/**
 * Whether another connection has the database open: leaving WAL mode needs exclusive access,
 * so SQLite answers "database is locked" while the CMS (or anything else) holds it.
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false
  const db = new DatabaseSync(file, { timeout: 0 })
  try {
    db.exec('PRAGMA journal_mode=DELETE')
    return false
  } catch (error) {
    if (error instanceof Error && /locked|busy/i.test(error.message)) return true
    throw error
  } finally {
    db.close()
  }
}

async function moveIfPresent(from: string, to: string): Promise<boolean> {
  if (!existsSync(from)) return false
  await rename(from, to)
  return true
}

export interface RestoreResult {
  readonly manifest: BackupManifest
  /** Where the data it replaced was kept (undefined when there was none). */
  readonly previous: readonly string[]
}

export async function restoreData(from: string, force: boolean): Promise<RestoreResult> {
  const { sqliteFile, mediaDir } = dataLocations()
  if (!sqliteFile) throw new UsageError(mongoInstructions)
  const manifest = await readVerifiedManifest(from)
  if (!force && databaseInUse(sqliteFile)) {
    throw new UsageError(
      `${sqliteFile} is in use (is the CMS running?): stop pnpm start first, or pass --force to replace it anyway. Nothing was restored.`,
    )
  }
  const suffix = `before-restore-${utcStamp(new Date())}`
  const token = randomBytes(4).toString('hex')
  await mkdir(path.dirname(sqliteFile), { recursive: true, mode: privateDirMode })

  // Stage both, checked again where they will live.
  const stagedDb = `${sqliteFile}.restore-${token}`
  await copyFile(path.join(from, databaseFile), stagedDb)
  await chmod(stagedDb, privateFileMode)
  const stagedMedia = `${mediaDir}.restore-${token}`
  await mkdir(stagedMedia, { recursive: true, mode: privateDirMode })
  for (const entry of manifest.media) {
    const target = path.join(stagedMedia, entry.path)
    await mkdir(path.dirname(target), { recursive: true, mode: privateDirMode })
    await copyFile(path.join(from, mediaFolder, entry.path), target)
    await chmod(target, privateFileMode)
  }
  const staged = [
    await mismatchOf(stagedDb, { ...manifest.database, path: stagedDb }),
    ...(await Promise.all(
      manifest.media.map((entry) => mismatchOf(path.join(stagedMedia, entry.path), entry)),
    )),
  ].filter((problem) => problem !== undefined)
  if (staged.length > 0) {
    await rm(stagedDb, { force: true })
    await rm(stagedMedia, { recursive: true, force: true })
    throw new Error(
      `Copying the backup failed its check; nothing was restored:\n  ${staged.join('\n  ')}`,
    )
  }

  // The database: keep the old one (with its own -wal/-shm), then rename the new one over it.
  const previous: string[] = []
  const keptDb = `${sqliteFile}.${suffix}`
  if (existsSync(sqliteFile)) {
    await link(sqliteFile, keptDb)
    previous.push(keptDb)
  }
  for (const companion of ['-wal', '-shm', '-journal']) {
    if (await moveIfPresent(`${sqliteFile}${companion}`, `${keptDb}${companion}`)) {
      previous.push(`${keptDb}${companion}`)
    }
  }
  await rename(stagedDb, sqliteFile)

  // The media folder: the old one set aside, the new one renamed into place.
  const keptMedia = `${mediaDir}.${suffix}`
  if (await moveIfPresent(mediaDir, keptMedia)) previous.push(keptMedia)
  await rename(stagedMedia, mediaDir)
  return { manifest, previous }
}

runCli(import.meta.url, async () => {
  const { values } = parseArgs({
    args: cliArgs(),
    options: { from: { type: 'string' }, force: { type: 'boolean', default: false } },
  })
  if (!values.from) throw new UsageError('Usage: pnpm restore -- --from <backup folder> [--force]')
  const from = path.resolve(env.INIT_CWD ?? process.cwd(), values.from)
  const { manifest, previous } = await restoreData(from, values.force)
  process.stdout.write(
    [
      `restore: ${from} (made ${manifest.createdAt}, migration ${manifest.database.migration ?? '(none)'})`,
      `  database  ${String(manifest.database.bytes)} bytes, media ${String(manifest.media.length)} files: verified and in place`,
      ...(previous.length > 0
        ? [`  the data it replaced is kept in:`, ...previous.map((p) => `    ${p}`)]
        : []),
      '  pnpm start applies any newer migrations of this code at start.',
      '',
    ].join('\n'),
  )
})
