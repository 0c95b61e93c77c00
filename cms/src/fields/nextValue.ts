/**
 * Suggestions an editor would otherwise work out by hand on "Create new": the next free code
 * (AIE-F30 → AIE-F31, keeping the prefix and the zero padding of the newest code) and the next
 * order (one after the last). They are default values: Payload fills them when the admin creates
 * the document, the editor may change them, and the code checks still apply.
 */
import type { CollectionSlug, PayloadRequest } from 'payload'
import { keepRequestLocale } from '../hooks/keepRequestLocale.ts'

type Coded = { code?: unknown; order?: unknown }

/**
 * Every document's `field`, newest first. Only that field is read: with every field, the two
 * defaults read 10,000 recommendations for 6 s on each "Create new" and each new item's save.
 */
async function allDocs(
  req: PayloadRequest,
  collection: CollectionSlug,
  field: keyof Coded,
): Promise<Coded[]> {
  const found = await keepRequestLocale(req, () =>
    req.payload.find({
      collection,
      draft: true,
      depth: 0,
      limit: 0,
      pagination: false,
      sort: '-createdAt',
      overrideAccess: true,
      select: { [field]: true },
      req,
    }),
  )
  return found.docs as Coded[]
}

/** The next free code after the newest document's, in the same series. */
export function suggestCode(codes: readonly string[]): string | undefined {
  const newest = codes.map((code) => /^(.*?)(\d+)$/.exec(code)).find(Boolean)
  if (!newest) return undefined
  const [, prefix = '', digits = ''] = newest
  const taken = new Set(codes)
  let number = Math.max(
    ...codes.map((code) =>
      code.startsWith(prefix) && /^\d+$/.test(code.slice(prefix.length))
        ? Number(code.slice(prefix.length))
        : 0,
    ),
  )
  let next: string
  do {
    number += 1
    next = `${prefix}${String(number).padStart(digits.length, '0')}`
  } while (taken.has(next))
  return next
}

export function nextCode(collection: CollectionSlug) {
  return async ({ req }: { req: PayloadRequest }): Promise<string | undefined> => {
    const docs = await allDocs(req, collection, 'code')
    const codes = docs.flatMap((doc) => (typeof doc.code === 'string' ? [doc.code] : []))
    // Codes of withdrawn items that were deleted are taken too: they are never reused.
    const withdrawn = await keepRequestLocale(req, () =>
      req.payload.find({
        collection: 'withdrawals',
        where: { collection: { equals: collection } },
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { key: true },
        req,
      }),
    )
    return suggestCode([...codes, ...withdrawn.docs.map((doc) => doc.key)])
  }
}

export function nextOrder(collection: CollectionSlug) {
  return async ({ req }: { req: PayloadRequest }): Promise<number> => {
    const docs = await allDocs(req, collection, 'order')
    const orders = docs.flatMap((doc) => (typeof doc.order === 'number' ? [doc.order] : []))
    return orders.length === 0 ? 1 : Math.max(...orders) + 1
  }
}
