import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'
import { fillCountries } from './collections/Countries/fillCountries.ts'
import { migrations } from './migrations/index.ts'

/** The committed SQLite migrations, in the shape the adapter's `migrate` takes. */
const sqliteMigrations: Migration[] = migrations.map((migration) => ({
  name: migration.name,
  up: (args) => migration.up(args as MigrateUpArgs),
  down: (args) => migration.down(args as MigrateDownArgs),
}))

/**
 * Runs on every boot (Next server, scripts, tests): applies pending SQLite migrations (MongoDB
 * needs none) and fills the ISO country list.
 */
export async function onInit(payload: Payload): Promise<void> {
  if (payload.db.name === 'sqlite') {
    await payload.db.migrate({ migrations: sqliteMigrations })
  }
  await fillCountries(payload)
}
