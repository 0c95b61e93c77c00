/**
 * A backup of the CMS's data (`pnpm backup`, `pnpm restore`): one folder holding `cms.db` (an
 * online copy made with SQLite's backup API, so the writes still in the `-wal` file are in it),
 * `media/` (the uploads, same layout) and `manifest.json`: every file's size and SHA-256 and the
 * last schema migration the database had. Restore checks every file against it before it touches
 * anything. MongoDB is backed up with its own tools (mongodump/mongorestore): see the README.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { ifMissing } from '@mahjar/shared/errors'

export const manifestFile = 'manifest.json'
export const databaseFile = 'cms.db'
export const mediaFolder = 'media'

const fileEntry = z.object({
  path: z.string().min(1),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type FileEntry = z.infer<typeof fileEntry>

export const backupManifest = z.object({
  format: z.literal('mahjar-backup'),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  database: fileEntry.extend({
    engine: z.literal('sqlite'),
    /** The newest migration applied to the database (cms/src/migrations). */
    migration: z.string().nullable(),
  }),
  media: z.array(fileEntry),
})
export type BackupManifest = z.infer<typeof backupManifest>

/** Explains what to use instead when the database is MongoDB. */
export const mongoInstructions = [
  'DATABASE_URI is a MongoDB database: back it up and restore it with MongoDB’s own tools,',
  '  mongodump --uri "$DATABASE_URI" --archive=mahjar-$(date -u +%Y%m%dT%H%M%SZ).archive.gz --gzip',
  '  mongorestore --uri "$DATABASE_URI" --archive=<file>.archive.gz --gzip --drop',
  'and the media with your storage’s tools (S3 versioning or a bucket copy; MEDIA_DIR on local disk).',
  'pnpm backup and pnpm restore handle the embedded SQLite database (file:…) only.',
].join('\n')

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

export async function describeFile(file: string, relative: string): Promise<FileEntry> {
  const info = await stat(file)
  return { path: relative, bytes: info.size, sha256: await sha256Of(file) }
}

/**
 * Every file under `dir` as a path relative to it (with `/`), sorted; [] when it is missing. Any
 * other failure stops the backup: a manifest that vouches for an unread folder would be a lie.
 */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(ifMissing([]))
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort()
}

/** Checks a file against its manifest entry; returns the problem, or undefined when it matches. */
export async function mismatchOf(file: string, entry: FileEntry): Promise<string | undefined> {
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) return `${entry.path}: missing`
  if (info.size !== entry.bytes)
    return `${entry.path}: ${String(info.size)} bytes, the manifest says ${String(entry.bytes)}`
  if ((await sha256Of(file)) !== entry.sha256)
    return `${entry.path}: SHA-256 differs from the manifest`
  return undefined
}
