/**
 * What one export keeps for the next in the same process, so a publish does not read and convert
 * every published document again: at 10,000 recommendations that was 2.3 s of reading and 1.6 s
 * of converting on each publish (docs/benchmarks.md, "Publishing").
 *
 * - A document is read again only when it is new or its `updatedAt` moved. Payload sets
 *   `updatedAt` on every save of the stored document; saving a draft leaves the published
 *   document, and its time, alone. Which documents are published (and readable by the anonymous
 *   reader) comes from a listing kept between exports, which reads only the documents saved
 *   lately and a count (recent-rows.ts), so an unpublished or deleted one is gone.
 * - The permalink registry is kept the same way (only added to, so a count and the new rows).
 * - A document is converted again unless it is the very object read before and every relation it
 *   named resolves to the same key as then (a renamed or unpublished target converts it again).
 * - Collections whose read depends on more than their stored row are read and converted in full
 *   every time: those with photos (the media document can change under them) and those with
 *   `afterRead` hooks.
 */
import type { Payload, Where } from 'payload'
import { collectionRegistry } from '@mahjar/shared/collections'
import type { CollectionSlug } from '@mahjar/shared/schemas/collections'
import type { PublishedDocument } from '@mahjar/shared/schemas/snapshot'
import { SnapshotDocumentError, type DanglingRelation } from './from-payload.ts'
import type { KeyIndex } from './keys.ts'
import { registryReads, type RegisteredPermalink } from '../collections/Permalinks/register.ts'
import { RecentRows, timeOf } from './recent-rows.ts'
import { collectionShapes, type RelationTarget } from './shapes.ts'

export type StoredDoc = Record<string, unknown> & { id: string | number; updatedAt?: unknown }

type KeyLookup = Pick<KeyIndex, 'keyOf'>

/** One document's conversion, with what it depended on beyond the document itself. */
export interface Conversion<C extends CollectionSlug = CollectionSlug> {
  readonly outcome: { readonly doc: PublishedDocument<C> } | { readonly skipped: string }
  readonly dangling: readonly DanglingRelation[]
  readonly lookups: readonly (readonly [RelationTarget, string, string | undefined])[]
}

const publishedOnly: Where = { _status: { equals: 'published' } }

/** Past this share of changed documents, one full read is quicker than a read by ids. */
const fullReadShare = 0.25

/** What the export reads of `collection`: its published documents, within `where`. */
function publishedWhere(collection: CollectionSlug, where?: Where): Where | undefined {
  const filters = [
    ...(collectionRegistry[collection].drafts ? [publishedOnly] : []),
    ...(where ? [where] : []),
  ]
  return filters.length > 0 ? { and: filters } : undefined
}

/** The published documents of `collection` (within `where`), as the anonymous reader reads them. */
export async function readPublished(
  payload: Payload,
  collection: CollectionSlug,
  where?: Where,
): Promise<StoredDoc[]> {
  const result = await payload.find({
    collection,
    locale: 'all',
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: false,
    where: publishedWhere(collection, where),
  })
  return result.docs as unknown as StoredDoc[]
}

type Listed = { id: string | number; updatedAt?: unknown }

/**
 * Each published document's id and `updatedAt`, read as `readPublished` reads them; after the
 * first listing, only the documents saved lately and a count (recent-rows.ts).
 */
function publishedListing(payload: Payload, collection: CollectionSlug): RecentRows<Listed> {
  const find = (where?: Where) =>
    payload.find({
      collection,
      depth: 0,
      pagination: false,
      draft: false,
      overrideAccess: false,
      select: { updatedAt: true },
      where: publishedWhere(collection, where),
    })
  return new RecentRows<Listed>({
    read: async (since) =>
      (await find(since === undefined ? undefined : { updatedAt: { greater_than_equal: since } }))
        .docs,
    count: async () =>
      (
        await payload.count({
          collection,
          overrideAccess: false,
          where: publishedWhere(collection) ?? {},
        })
      ).totalDocs,
    keyOf: ({ id }) => String(id),
    stampOf: ({ updatedAt }) => updatedAt,
  })
}

class ExportMemory {
  readonly #stored = new Map<CollectionSlug, ReadonlyMap<string, StoredDoc>>()
  readonly #converted = new WeakMap<StoredDoc, Conversion>()
  readonly #listings = new Map<CollectionSlug, RecentRows<Listed>>()
  #permalinks: RecentRows<RegisteredPermalink> | undefined

  private readonly payload: Payload

  constructor(payload: Payload) {
    this.payload = payload
  }

  /** Whether the stored row is all a document's export depends on (see the module's comment). */
  #remembers(collection: CollectionSlug): boolean {
    return (
      collectionShapes[collection].photos.length === 0 &&
      this.payload.collections[collection].config.hooks.afterRead.length === 0
    )
  }

  /** The published documents of `collection`: the changed ones read, the others remembered. */
  async read(collection: CollectionSlug): Promise<StoredDoc[]> {
    if (!this.#remembers(collection)) return readPublished(this.payload, collection)
    const known = this.#stored.get(collection)
    if (!known) return this.#readAll(collection)
    const listed = await this.#listing(collection).rows()
    const changed = listed.filter(({ id, updatedAt }) => {
      const past = known.get(String(id))
      return past === undefined || timeOf(past.updatedAt) !== timeOf(updatedAt)
    })
    if (changed.length > listed.length * fullReadShare) return this.#readAll(collection)
    const fresh =
      changed.length === 0
        ? new Map<string, StoredDoc>()
        : new Map(
            (
              await readPublished(this.payload, collection, {
                id: { in: changed.map(({ id }) => id) },
              })
            ).map((doc) => [String(doc.id), doc]),
          )
    const changedIds = new Set(changed.map(({ id }) => String(id)))
    // A changed document the second read no longer finds was unpublished in between: left out.
    const docs = listed.flatMap(({ id }) => {
      const doc = changedIds.has(String(id)) ? fresh.get(String(id)) : known.get(String(id))
      return doc ? [doc] : []
    })
    return this.#keep(collection, docs)
  }

  /** Every path in the permalink registry, with when it was first published. */
  permalinks(): Promise<readonly RegisteredPermalink[]> {
    this.#permalinks ??= new RecentRows(registryReads(this.payload))
    return this.#permalinks.rows()
  }

  /** Paths this process registered itself (a live release's), known without reading them. */
  permalinksRegistered(rows: readonly RegisteredPermalink[]): void {
    this.#permalinks?.added(rows)
  }

  #listing(collection: CollectionSlug): RecentRows<Listed> {
    let listing = this.#listings.get(collection)
    if (!listing) {
      listing = publishedListing(this.payload, collection)
      this.#listings.set(collection, listing)
    }
    return listing
  }

  /** Every published document of `collection`, read afresh; also its listing from now on. */
  async #readAll(collection: CollectionSlug): Promise<StoredDoc[]> {
    const began = Date.now()
    const docs = await readPublished(this.payload, collection)
    this.#listing(collection).remember(docs, began)
    return this.#keep(collection, docs)
  }

  #keep(collection: CollectionSlug, docs: StoredDoc[]): StoredDoc[] {
    this.#stored.set(collection, new Map(docs.map((doc) => [String(doc.id), doc])))
    return docs
  }

  /**
   * `doc` (of `collection`) converted by `convert`: the past conversion when it is the document
   * read then and the keys it looked up still resolve the same.
   */
  convert<C extends CollectionSlug>(
    collection: C,
    doc: StoredDoc,
    keys: KeyLookup,
    convert: (keys: KeyLookup, dangling: DanglingRelation[]) => PublishedDocument<C>,
  ): Conversion<C> {
    // Stored only under a document of this collection, so converted for it.
    const past = this.#converted.get(doc) as Conversion<C> | undefined
    if (past?.lookups.every(([to, id, key]) => keys.keyOf(to, id) === key)) return past
    const lookups: [RelationTarget, string, string | undefined][] = []
    const dangling: DanglingRelation[] = []
    const recording: KeyLookup = {
      keyOf: (to, id) => {
        const key = keys.keyOf(to, id)
        lookups.push([to, id, key])
        return key
      },
    }
    let outcome: Conversion<C>['outcome']
    try {
      outcome = { doc: convert(recording, dangling) }
    } catch (error) {
      if (!(error instanceof SnapshotDocumentError)) throw error
      outcome = { skipped: error.message }
    }
    const conversion: Conversion<C> = { outcome, dangling, lookups }
    if (this.#remembers(collection)) this.#converted.set(doc, conversion)
    return conversion
  }
}

const memories = new WeakMap<Payload, ExportMemory>()

/** The export memory of this Payload instance (one per process in production). */
export function exportMemory(payload: Payload): ExportMemory {
  const found = memories.get(payload)
  if (found) return found
  const memory = new ExportMemory(payload)
  memories.set(payload, memory)
  return memory
}

/** Drops what exports of `payload` remembered: the next export reads and converts everything. */
export function forgetExports(payload: Payload): void {
  memories.delete(payload)
}
