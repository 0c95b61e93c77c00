/**
 * Uploads are public only once a published document uses them: an image waiting in the library
 * (or attached to a draft) may show a person or a place that is not meant to be seen yet. Staff
 * read every upload; anonymous readers get a query on the ids that published documents hold, so
 * lists, single reads and the files themselves (Payload applies the same query to
 * /api/media/file/…) follow one rule.
 */
import type { Access, Field, PayloadRequest } from 'payload'
import { hasDrafts } from '@mahjar/shared/collections'
import { hasRole } from './roles.ts'

/** Top-level names of the fields of `fields` that hold an upload of `media`, wherever nested. */
function mediaFieldNames(fields: readonly Field[]): string[] {
  const names: string[] = []
  const holds = (field: Field): boolean => {
    if (field.type === 'upload') return field.relationTo === 'media'
    if ('fields' in field) return field.fields.some(holds)
    if (field.type === 'tabs') return field.tabs.some((tab) => tab.fields.some(holds))
    return false
  }
  for (const field of fields) {
    if (!holds(field)) continue
    if ('name' in field) names.push(field.name)
    else if ('fields' in field) names.push(...mediaFieldNames(field.fields))
  }
  return names
}

/** Every id-like string in a stored value (ids, `{ ar, en }` localized ids, rows). */
function collectIds(value: unknown, into: Set<string>) {
  if (typeof value === 'string' || typeof value === 'number') into.add(String(value))
  else if (Array.isArray(value)) for (const item of value) collectIds(item, into)
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) collectIds(item, into)
}

export async function publishedMediaIds(req: Pick<PayloadRequest, 'payload'>): Promise<string[]> {
  const ids = new Set<string>()
  for (const collection of req.payload.config.collections) {
    const names = mediaFieldNames(collection.fields)
    if (names.length === 0) continue
    const drafts = hasDrafts(collection.slug)
    const found = await req.payload.find({
      collection: collection.slug,
      locale: 'all',
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: true,
      select: Object.fromEntries(names.map((name) => [name, true])),
      ...(drafts ? { where: { _status: { equals: 'published' } } } : {}),
      // Not `req`: the Local API would leave `locale: 'all'` on it, and the admin, computing
      // permissions for the first-user screen, then redirects to a valid locale forever.
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[])
      for (const name of names) collectIds(doc[name], ids)
  }
  return [...ids]
}

export const staffOrUsedByPublished: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'translator')) return true
  const ids = await publishedMediaIds(req)
  // `in: []` is not a valid query on every adapter: an id no document has stands for "none".
  return { id: { in: ids.length > 0 ? ids : ['00000000-0000-4000-8000-000000000000'] } }
}
