/**
 * `pnpm backup [-- --out <folder>]`: a consistent copy of the CMS's data while it runs. The
 * SQLite database is copied with SQLite's online backup API (`node:sqlite` `backup()`): a plain
 * file copy misses the `-wal` file and silently loses the latest writes. The media folder is
 * copied beside it, and `manifest.json` lists every file's size and SHA-256 and the schema
 * migration (lib/backup/manifest.ts). The folder (default `backups/mahjar-<UTC time>/`) is
 * written under a temporary name and renamed when complete, readable by its owner only.
 * MongoDB: use mongodump (the command says how).
 */
import { chmod, copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { backup, DatabaseSync } from 'node:sqlite'
import { dataLocations, privateDirMode, privateFileMode } from '@mahjar/cms/files'
import {
  databaseFile,
  describeFile,
  filesUnder,
  manifestFile,
  mediaFolder,
  mongoInstructions,
  type BackupManifest,
} from './lib/backup/manifest.ts'
import { cliArgs, runCli, UsageError } from './lib/cli.ts'
import { env } from './lib/env.ts'
import { repoRoot } from '@mahjar/publish/paths'
import { utcStamp } from '@mahjar/shared/utc-stamp'

/** The newest schema migration recorded in a SQLite database (null when there is none). */
export function lastMigration(file: string): string | null {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const row = db
      .prepare(`SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY name DESC LIMIT 1`)
      .get() as { name?: string } | undefined
    return row?.name ?? null
  } finally {
    db.close()
  }
}

export async function backupData(out: string, now = new Date()): Promise<BackupManifest> {
  const { sqliteFile, mediaDir } = dataLocations()
  if (!sqliteFile) throw new UsageError(mongoInstructions)
  const partial = `${out}.partial`
  await rm(partial, { recursive: true, force: true })
  await mkdir(partial, { recursive: true, mode: privateDirMode })

  const copy = path.join(partial, databaseFile)
  const source = new DatabaseSync(sqliteFile, { timeout: 10_000 })
  try {
    await backup(source, copy)
  } finally {
    source.close()
  }
  await chmod(copy, privateFileMode)
  const check = new DatabaseSync(copy, { readOnly: true })
  const integrity = (check.prepare('PRAGMA integrity_check').get() as { integrity_check?: string })
    .integrity_check
  check.close()
  if (integrity !== 'ok')
    throw new Error(`The copy of ${sqliteFile} fails its integrity check: ${String(integrity)}`)

  const media = []
  for (const relative of await filesUnder(mediaDir)) {
    const target = path.join(partial, mediaFolder, relative)
    await mkdir(path.dirname(target), { recursive: true, mode: privateDirMode })
    await copyFile(path.join(mediaDir, relative), target)
    await chmod(target, privateFileMode)
    media.push(await describeFile(target, relative))
  }
  const manifest: BackupManifest = {
    format: 'mahjar-backup',
    version: 1,
    createdAt: now.toISOString(),
    database: {
      engine: 'sqlite',
      ...(await describeFile(copy, databaseFile)),
      migration: lastMigration(copy),
    },
    media,
  }
  await writeFile(path.join(partial, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: privateFileMode,
  })
  await rename(partial, out)
  return manifest
}

runCli(import.meta.url, async () => {
  const { values } = parseArgs({ args: cliArgs(), options: { out: { type: 'string' } } })
  const now = new Date()
  const out = values.out
    ? path.resolve(env.INIT_CWD ?? process.cwd(), values.out)
    : path.join(repoRoot, 'backups', `mahjar-${utcStamp(now)}`)
  const started = performance.now()
  const manifest = await backupData(out, now)
  const mediaBytes = manifest.media.reduce((sum, file) => sum + file.bytes, 0)
  process.stdout.write(
    [
      `backup: ${out}`,
      `  database  ${String(manifest.database.bytes)} bytes, migration ${manifest.database.migration ?? '(none)'}`,
      `  media     ${String(manifest.media.length)} files, ${String(mediaBytes)} bytes`,
      `  done in ${String(Math.round(performance.now() - started))} ms; restore with: pnpm restore -- --from ${path.relative(env.INIT_CWD ?? process.cwd(), out) || '.'}`,
      '',
    ].join('\n'),
  )
})
