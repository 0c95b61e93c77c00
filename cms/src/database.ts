/**
 * The database adapter chosen by DATABASE_URI: SQLite by default (embedded, one file, committed
 * migrations, uuid ids so ids are strings as on MongoDB), MongoDB for `mongodb://` URIs.
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { isMongoUri, sqliteFile } from './databaseUri.ts'
import { srcDir } from './paths.ts'

export const migrationDir = path.join(srcDir, 'migrations')

export function databaseAdapter(uri: string, cmsRoot: string): DatabaseAdapterObj {
  if (isMongoUri(uri)) {
    return mongooseAdapter({
      url: uri,
      connectOptions: { serverSelectionTimeoutMS: 5_000 },
    })
  }
  const file = sqliteFile(uri, cmsRoot)
  // libsql does not create a missing directory (SQLITE_CANTOPEN). Owner only (see files.ts).
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  return sqliteAdapter({
    client: { url: `file:${file}` },
    idType: 'uuid',
    wal: true,
    // Schema comes only from committed migrations (src/migrations), never from dev push:
    // mixing the two on one file corrupts its migration history.
    push: false,
    migrationDir,
  })
}
