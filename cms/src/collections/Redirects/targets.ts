/**
 * What a redirect may lead to, and what it may not leave: a page the site serves. Checked at
 * save time so that an editor's redirect never fails a later build (the build's permalink check
 * refuses redirects to nothing and loops) and never hides an address people cite.
 */
import type { PayloadRequest, Where } from 'payload'
import { collectionRegistry, naturalKey } from '@mahjar/shared/collections'
import { normaliseCode } from '@mahjar/shared/identifiers'
import { localeCodes } from '@mahjar/shared/locales'
import { editorialPages, itemAtPath, urls, type DataCollection } from '@mahjar/shared/urls'

/** A key field's stored value from its URL segment: a code in capitals, a year as a number. */
function storedValue(field: string, segment: string): string | number {
  if (field === 'code') return normaliseCode(segment)
  return field === 'year' ? Number(segment) : segment
}

/** The item whose page `path` would be: its collection, natural key and query. */
function itemAt(
  path: string,
): { collection: DataCollection; key: string; where: Where } | undefined {
  const item = itemAtPath(path)
  if (!item) return undefined
  const fields = collectionRegistry[item.collection].key.map(
    (field, index) => [field, storedValue(field, item.segments[index] ?? '')] as const,
  )
  return {
    collection: item.collection,
    key: naturalKey(item.collection, Object.fromEntries(fields)),
    where: { and: fields.map(([field, value]) => ({ [field]: { equals: value } })) },
  }
}

/** The site's fixed pages in both languages: home, listings, search and the editorial pages. */
const fixedPages = new Set(
  localeCodes.flatMap((lang) => [
    urls.home(lang),
    urls.recommendations(lang),
    urls.practices(lang),
    urls.search(lang),
    ...editorialPages.map((page) => urls.page(lang, page)),
  ]),
)

/**
 * Does the build put a page at `path`: an item published now, or a withdrawn item's notice? A
 * redirect from there would hide it (and fail the build's check).
 */
async function isItemPage(req: PayloadRequest, path: string): Promise<boolean> {
  const item = itemAt(path)
  if (!item) return false
  const count = async (collection: DataCollection | 'withdrawals', where: Where) =>
    (
      await req.payload.find({
        collection,
        where,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        select: {},
        req,
      })
    ).docs.length
  if (
    (await count(item.collection, { and: [item.where, { _status: { equals: 'published' } }] })) > 0
  )
    return true
  const notice: Where = {
    and: [{ collection: { equals: item.collection } }, { key: { equals: item.key } }],
  }
  return (await count('withdrawals', notice)) > 0
}

/** Has the site served `path` (the permalink registry) or a withdrawal notice stood there? */
export async function wasServed(req: PayloadRequest, path: string): Promise<boolean> {
  const found = await req.payload.find({
    collection: 'permalinks',
    where: { path: { equals: path } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    select: {},
    req,
  })
  return found.docs.length > 0
}

/** Does the build put a page at `path` now: a fixed page, an item's page or its notice? */
export async function pageStandsAt(req: PayloadRequest, path: string): Promise<boolean> {
  return fixedPages.has(path) || (await isItemPage(req, path))
}

/** A page readers can reach at `path`: one that stands there now, or one served before. */
export async function isSitePage(req: PayloadRequest, path: string): Promise<boolean> {
  return (await pageStandsAt(req, path)) || (await wasServed(req, path))
}
