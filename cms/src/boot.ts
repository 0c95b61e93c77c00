/**
 * The CMS's Local API for scripts and tests, outside Next:
 *
 *   const payload = await bootPayload({ databaseUri: 'file:/tmp/x.db' })
 *
 * Returns a ready instance: SQLite migrations applied, countries filled (see init.ts). The
 * config reads the environment once, at import, so the database is fixed per process: the
 * first call's `databaseUri` wins; a later call with a different one is an error.
 */
import type { Payload } from 'payload'

export type BootOptions = { databaseUri?: string }

let booted: { uri: string | undefined; payload: Promise<Payload> } | undefined

export async function bootPayload(options: BootOptions = {}): Promise<Payload> {
  if (booted) {
    if (options.databaseUri !== undefined && options.databaseUri !== booted.uri) {
      throw new Error(
        `bootPayload: this process already uses ${booted.uri ?? 'the default database'}; ` +
          `start another process for ${options.databaseUri}`,
      )
    }
    return booted.payload
  }
  if (options.databaseUri !== undefined) process.env.DATABASE_URI = options.databaseUri
  const payload = (async () => {
    const [{ getPayload }, { default: config }] = await Promise.all([
      import('payload'),
      import('./payload.config.ts'),
    ])
    return getPayload({ config })
  })()
  booted = { uri: options.databaseUri, payload }
  return payload
}
