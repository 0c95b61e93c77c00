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
import { isMongoUri } from './databaseUri.ts'

export type BootOptions = {
  databaseUri?: string
  /** Start the job runners (`jobs.autoRun`), as the CMS server does; off for scripts. */
  runJobs?: boolean
}

/** Names the database (never its credentials) and what to do about it. */
function describeBootFailure(uri: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  if (isMongoUri(uri)) {
    const host = new URL(uri).host
    return `MongoDB at ${host} is unreachable (5 s server-selection timeout): ${reason}. Start it, fix DATABASE_URI, or unset DATABASE_URI to use the embedded SQLite database.`
  }
  return `The CMS could not start on ${uri}: ${reason}`
}

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
    const [{ getPayload }, { default: config }, { env }] = await Promise.all([
      import('payload'),
      import('./payload.config.ts'),
      import('./env.ts'),
    ])
    try {
      return await getPayload({ config, cron: options.runJobs === true })
    } catch (error) {
      throw new Error(describeBootFailure(env.databaseUri, error), {
        cause: error,
      })
    }
  })()
  booted = { uri: options.databaseUri, payload }
  return payload
}
