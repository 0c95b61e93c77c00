/**
 * Idempotent upsert of validated documents into the CMS, keyed on natural keys (codes, slugs,
 * campaign/year). Every document is compared with what the CMS holds, in snapshot form, before
 * anything is written: unchanged documents are not touched, so a second run changes nothing.
 *
 * Writes go through Payload's database adapter inside one transaction (all or nothing), both
 * locales at once, each published document with its version row, as Payload's own publish does.
 * The Local API would write one locale per call (two writes, two versions and the validation
 * queries per document); the documents were already validated by the shared schemas and the
 * cross-document rules, which the CMS's validators mirror.
 */
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { hasDrafts } from '@mahjar/shared/collections'
import { fromPayloadDoc } from '@mahjar/cms/snapshot/from-payload'
import { KeyIndex } from '@mahjar/cms/snapshot/keys'
import { markdownConverter, type MarkdownConverter } from '@mahjar/cms/snapshot/markdown'
import { canonicalJson, type JsonObject } from '@mahjar/cms/snapshot/paths'
import { writeOrder } from '@mahjar/cms/snapshot/shapes'
import { toPayloadData } from '@mahjar/cms/snapshot/to-payload'
import { statesOfAllLocales, translationSummary } from '@mahjar/cms/lib/translationStatus'
import { inTransaction, refreshQueryStatistics } from './transaction.ts'
import {
  naturalKey,
  type CollectionSlug,
  type ContentDocument,
} from '@mahjar/shared/schemas/collections'

export type SeedDocuments = { [C in CollectionSlug]: readonly ContentDocument<C>[] }

export interface CollectionTally {
  created: number
  updated: number
  unchanged: number
  /** In the CMS but not in the content: left as they are. */
  untouched: number
}

export type SeedReport = Record<CollectionSlug, CollectionTally>

export interface SeedProgress {
  readonly collection: CollectionSlug
  readonly done: number
  readonly total: number
}

export interface SeedOptions {
  /** Compare and report only; write nothing. */
  readonly dryRun?: boolean
  readonly onProgress?: (progress: SeedProgress) => void
  /** Called every this many documents (and at the end of each collection). */
  readonly progressEvery?: number
}

type StoredDoc = JsonObject & { id: string | number }

async function readStored(
  payload: Payload,
  collection: CollectionSlug,
  req: PayloadRequest,
): Promise<StoredDoc[]> {
  const result = await payload.find({
    collection,
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    draft: false,
    req,
  })
  return result.docs as unknown as StoredDoc[]
}

function withoutTimestamps(doc: object): object {
  return Object.fromEntries(
    Object.entries(doc).filter(([key]) => key !== 'createdAt' && key !== 'updatedAt'),
  )
}

/** The stored document in snapshot form, without timestamps, for comparison. */
function storedForm(
  collection: CollectionSlug,
  stored: StoredDoc,
  keys: KeyIndex,
  markdown: MarkdownConverter,
): string | undefined {
  try {
    const epoch = new Date(0).toISOString()
    const doc = fromPayloadDoc(
      collection,
      { ...stored, createdAt: epoch, updatedAt: epoch },
      keys,
      markdown,
    )
    return canonicalJson(withoutTimestamps(doc))
  } catch {
    // A stored document the snapshot schema refuses (e.g. a half-translated draft): replace it.
    return undefined
  }
}

async function seedCollection<C extends CollectionSlug>(
  payload: Payload,
  collection: C,
  docs: readonly ContentDocument<C>[],
  context: { keys: KeyIndex; markdown: MarkdownConverter; req: PayloadRequest },
  options: SeedOptions,
): Promise<CollectionTally> {
  const { keys, markdown, req } = context
  const stored = await readStored(payload, collection, req)
  const storedByKey = new Map<string, StoredDoc>()
  for (const doc of stored) {
    const key = naturalKey(collection, doc)
    storedByKey.set(key, doc)
    keys.add(collection, key, String(doc.id))
  }
  const publishable = hasDrafts(collection)
  const tally: CollectionTally = { created: 0, updated: 0, unchanged: 0, untouched: 0 }
  const seen = new Set<string>()
  const every = options.progressEvery ?? 500
  const now = new Date().toISOString()

  for (const [index, doc] of docs.entries()) {
    const key = naturalKey(collection, doc)
    seen.add(key)
    const existing = storedByKey.get(key)
    const isPublished = !publishable || existing?._status === 'published'
    if (
      existing &&
      isPublished &&
      storedForm(collection, existing, keys, markdown) === canonicalJson(doc)
    ) {
      tally.unchanged += 1
    } else if (options.dryRun) {
      tally[existing ? 'updated' : 'created'] += 1
    } else {
      const content = toPayloadData(collection, doc, keys, markdown)
      const data: JsonObject = {
        ...content,
        updatedAt: now,
        ...(publishable
          ? {
              _status: 'published',
              // Written in both languages at once: nothing is out of date, only missing.
              translationStatus: translationSummary(
                statesOfAllLocales(payload.collections[collection].config.fields, content, {}),
              ),
              translationLedger: {},
              firstPublishedAt:
                typeof existing?.firstPublishedAt === 'string' ? existing.firstPublishedAt : now,
            }
          : {}),
      }
      let id: string | number
      let createdAt = now
      if (existing) {
        id = existing.id
        createdAt = typeof existing.createdAt === 'string' ? existing.createdAt : now
        await payload.db.updateOne({ collection, id, data, req, returning: false })
        tally.updated += 1
      } else {
        const created = (await payload.db.create({
          collection,
          data: { ...data, createdAt: now },
          req,
          select: { id: true },
        })) as { id: string | number }
        id = created.id
        keys.add(collection, key, String(id))
        tally.created += 1
      }
      if (publishable) {
        await payload.db.createVersion({
          collectionSlug: collection,
          parent: id,
          autosave: false,
          createdAt: now,
          updatedAt: now,
          versionData: { ...data, id, createdAt },
          req,
          returning: false,
        })
      }
    }
    if ((index + 1) % every === 0 || index + 1 === docs.length) {
      options.onProgress?.({ collection, done: index + 1, total: docs.length })
    }
  }
  tally.untouched = [...storedByKey.keys()].filter((key) => !seen.has(key)).length
  return tally
}

export async function seedContent(
  payload: Payload,
  documents: SeedDocuments,
  options: SeedOptions = {},
): Promise<SeedReport> {
  const markdown = await markdownConverter(payload.config)
  const keys = new KeyIndex()
  const report = {} as SeedReport
  const run = async (req: PayloadRequest) => {
    for (const collection of writeOrder) {
      report[collection] = await seedCollection(
        payload,
        collection,
        documents[collection],
        { keys, markdown, req },
        options,
      )
    }
  }
  if (options.dryRun) await run(await createLocalReq({}, payload))
  else {
    await inTransaction(payload, run)
    const all = totals(report)
    if (all.created + all.updated > 0) await refreshQueryStatistics(payload)
  }
  return report
}

export function totals(report: SeedReport): CollectionTally {
  return Object.values(report).reduce(
    (sum, t) => ({
      created: sum.created + t.created,
      updated: sum.updated + t.updated,
      unchanged: sum.unchanged + t.unchanged,
      untouched: sum.untouched + t.untouched,
    }),
    { created: 0, updated: 0, unchanged: 0, untouched: 0 },
  )
}
