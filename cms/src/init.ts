import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Migration, Payload } from 'payload'
import { fillCountries } from './collections/Countries/fillCountries.ts'
import { moveLeftoverNamesApart } from './collections/Stories/hooks/authorApart.ts'
import { migrations } from './migrations/index.ts'

/** The committed SQLite migrations, in the shape the adapter's `migrate` takes. */
const sqliteMigrations: Migration[] = migrations.map((migration) => ({
  name: migration.name,
  up: (args) => migration.up(args as MigrateUpArgs),
  down: (args) => migration.down(args as MigrateDownArgs),
}))

/**
 * Runs on every boot (Next server, scripts, tests): applies pending SQLite migrations and fills
 * the ISO country list. MongoDB needs no schema migrations; the one data move among them (names
 * of anonymous stories' tellers kept apart) runs there at boot instead, and finds nothing to do
 * once done.
 */
export async function onInit(payload: Payload): Promise<void> {
  if (payload.db.name === 'sqlite') {
    await payload.db.migrate({ migrations: sqliteMigrations })
  } else {
    await moveLeftoverNamesApart(payload)
  }
  await fillCountries(payload)
}
