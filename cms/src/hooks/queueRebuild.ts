/**
 * Publishing, unpublishing or deleting public content queues a site rebuild (src/jobs). Saving
 * a draft does not: a draft saved over a published document leaves the published row as it is.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
} from 'payload'
import { queueRebuild, rebuildsEnabled } from '../jobs/queueRebuild.ts'

type PublicDoc = { id: string | number; _status?: unknown; code?: unknown; slug?: unknown }

function describe(slug: string, doc: PublicDoc, what: string): string {
  const key =
    typeof doc.code === 'string' ? doc.code : typeof doc.slug === 'string' ? doc.slug : doc.id
  return `${slug} ${String(key)} ${what}`
}

const hasDrafts = (collection: CollectionConfig) =>
  Boolean(typeof collection.versions === 'object' && collection.versions.drafts)

export const queueRebuildAfterChange: CollectionAfterChangeHook<PublicDoc> = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (!rebuildsEnabled()) return doc
  if (!hasDrafts(collection)) {
    await queueRebuild(
      req,
      describe(collection.slug, doc, operation === 'create' ? 'created' : 'changed'),
    )
    return doc
  }
  if (doc._status === 'published') {
    await queueRebuild(req, describe(collection.slug, doc, 'published'))
    return doc
  }
  if ((previousDoc as PublicDoc | undefined)?._status !== 'published') return doc
  // Unpublished, or a draft saved over the published version? The main row tells.
  const live = (await req.payload.findByID({
    collection: collection.slug as 'findings',
    id: doc.id,
    draft: false,
    depth: 0,
    req,
    disableErrors: true,
  })) as PublicDoc | null
  if (live?._status !== 'published') {
    await queueRebuild(req, describe(collection.slug, doc, 'unpublished'))
  }
  return doc
}

export const queueRebuildAfterDelete: CollectionAfterDeleteHook<PublicDoc> = async ({
  collection,
  doc,
  req,
}) => {
  if (!rebuildsEnabled()) return doc
  if (hasDrafts(collection) && doc._status !== 'published') return doc
  await queueRebuild(req, describe(collection.slug, doc, 'deleted'))
  return doc
}
