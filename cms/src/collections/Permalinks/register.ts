/**
 * Writes the URLs of a release that goes live into the permalink registry: new ones with their
 * first-published date, all of them with the date they were last seen. Adapter calls without
 * hooks (one query per 500 paths, one insert per new path), the same on SQLite and MongoDB.
 */
import type { Payload } from 'payload'

const batch = 500

export async function registerPermalinks(
  payload: Payload,
  paths: Iterable<string>,
  now: Date = new Date(),
): Promise<{ added: number; seen: number }> {
  const all = [...new Set(paths)].sort()
  const at = now.toISOString()
  let added = 0
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
      await payload.db.create({
        collection: 'permalinks',
        data: { path, firstPublishedAt: at, lastSeenAt: at, createdAt: at, updatedAt: at },
      })
      added += 1
    }
    await payload.db.updateMany({
      collection: 'permalinks',
      where,
      data: { lastSeenAt: at, updatedAt: at },
    })
  }
  return { added, seen: all.length }
}

/** Every path in the registry, for the export. */
export async function registeredPermalinks(payload: Payload) {
  const found = await payload.find({
    collection: 'permalinks',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { path: true, firstPublishedAt: true },
  })
  return found.docs.map((doc) => ({ path: doc.path, firstPublishedAt: doc.firstPublishedAt }))
}
