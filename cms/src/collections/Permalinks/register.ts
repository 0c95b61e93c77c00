/**
 * Writes the URLs of a release that goes live into the permalink registry: new ones with their
 * first-published date and time, and the day each was last seen live. Adapter calls without
 * hooks (one query per 500 paths, one insert per new path), the same on SQLite and MongoDB.
 *
 * The last-seen day is written only when it moves: the adapters update many rows one by one
 * (Payload's SQLite updateMany upserts each row), and writing the time on every URL of every
 * release took 11.6 s at 30,000 URLs on this machine, after each publish, holding the next
 * publish's build in the queue behind it.
 */
import type { Payload } from 'payload'
import type { RowReads } from '../../snapshot/recent-rows.ts'

const batch = 500

/** Midnight UTC of `now`'s day. */
const dayStart = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString()

export async function registerPermalinks(
  payload: Payload,
  paths: Iterable<string>,
  now: Date = new Date(),
): Promise<{ added: number; seen: number; rows: RegisteredPermalink[] }> {
  const all = [...new Set(paths)].sort()
  const at = now.toISOString()
  const rows: RegisteredPermalink[] = []
  for (let start = 0; start < all.length; start += batch) {
    const chunk = all.slice(start, start + batch)
    const where = { path: { in: chunk } }
    const known = await payload.db.find<{ path: string }>({
      collection: 'permalinks',
      where,
      limit: 0,
      pagination: false,
      select: { path: true },
    })
    const existing = new Set(known.docs.map((doc) => doc.path))
    for (const path of chunk.filter((p) => !existing.has(p))) {
      const { id } = (await payload.db.create({
        collection: 'permalinks',
        data: { path, firstPublishedAt: at, lastSeenAt: at, createdAt: at, updatedAt: at },
      })) as { id: string | number }
      rows.push({ id, path, firstPublishedAt: at, createdAt: at })
    }
    await payload.db.updateMany({
      collection: 'permalinks',
      where: { and: [where, { lastSeenAt: { less_than: dayStart(now) } }] },
      data: { lastSeenAt: at, updatedAt: at },
      returning: false,
    })
  }
  return { added: rows.length, seen: all.length, rows }
}

/** A row of the registry as the export reads it. */
export interface RegisteredPermalink {
  readonly id: string | number
  readonly path: string
  readonly firstPublishedAt: string
  readonly createdAt: unknown
}

/**
 * How the export reads the registry (its listing kept between exports: recent-rows.ts): every
 * path with its first-published time. A row is only ever added (nobody edits or deletes one),
 * stamped by when it was.
 */
export function registryReads(payload: Payload): RowReads<RegisteredPermalink> {
  return {
    read: async (since) =>
      (
        await payload.find({
          collection: 'permalinks',
          depth: 0,
          pagination: false,
          overrideAccess: true,
          select: { path: true, firstPublishedAt: true, createdAt: true },
          ...(since ? { where: { createdAt: { greater_than_equal: since } } } : {}),
        })
      ).docs,
    count: async () =>
      (await payload.count({ collection: 'permalinks', overrideAccess: true })).totalDocs,
    keyOf: ({ path }) => path,
    stampOf: ({ createdAt }) => createdAt,
    addedOnly: true,
  }
}
