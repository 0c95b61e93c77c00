/**
 * What DATABASE_URI names, without loading a database driver (the backup commands and boot.ts
 * need only this): MongoDB, or an SQLite file whose relative path is read from `cms/`.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export function isMongoUri(uri: string): boolean {
  return /^mongodb(\+srv)?:\/\//.test(uri)
}

/** `file:relative/path.db` is read relative to the CMS package, like the default. */
export function sqliteFile(uri: string, cmsRoot: string): string {
  const location = uri.startsWith('file://') ? fileURLToPath(uri) : uri.slice('file:'.length)
  return path.resolve(cmsRoot, location)
}
