/**
 * One all-or-nothing transaction around a batch of adapter writes.
 *
 * Payload's SQLite adapter runs without transactions unless `transactionOptions` is configured,
 * so each statement commits (and syncs) on its own: about 16 ms per published document here, and
 * a failure half-way would leave half a seed. For SQLite the seed therefore opens the
 * transaction itself on the adapter's connection (BEGIN IMMEDIATE … COMMIT, ROLLBACK on error);
 * other adapters use Payload's own transaction API (a no-op where the database has none).
 */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

interface SqlClient {
  execute(sql: string): Promise<unknown>
}

export function sqliteClient(payload: Payload): SqlClient | undefined {
  if (payload.db.name !== 'sqlite') return undefined
  const client: unknown = (payload.db as unknown as { client?: unknown }).client
  return typeof client === 'object' &&
    client !== null &&
    'execute' in client &&
    typeof client.execute === 'function'
    ? (client as SqlClient)
    : undefined
}

export async function inTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
): Promise<T> {
  const req = await createLocalReq({}, payload)
  const client = sqliteClient(payload)
  if (client) {
    await client.execute('BEGIN IMMEDIATE')
    try {
      const result = await work(req)
      await client.execute('COMMIT')
      return result
    } catch (error) {
      await client.execute('ROLLBACK')
      throw error
    }
  }
  const own = await initTransaction(req)
  try {
    const result = await work(req)
    if (own) await commitTransaction(req)
    return result
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

/**
 * Refreshes SQLite's query-planner statistics. Payload indexes `<collection>_locales` on
 * (`_locale`, `_parent_id`); without statistics SQLite scans the whole table for each document
 * read (10,000 recommendations: 12 ms per document), with them it skip-scans (0.7 ms).
 */
export async function refreshQueryStatistics(payload: Payload): Promise<void> {
  await sqliteClient(payload)?.execute('ANALYZE')
}
