/**
 * Publishing, unpublishing or deleting public content schedules a site rebuild
 * (src/jobs/scheduleRebuild.ts). Saving
 * a draft does not: a draft saved over a published document leaves the published row as it is.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  PayloadRequest,
} from 'payload'
import { hasDrafts } from '@mahjar/shared/collections'
import { rebuildsEnabled, scheduleRebuild } from '../jobs/scheduleRebuild.ts'

type PublicDoc = { id: string | number; _status?: unknown; code?: unknown; slug?: unknown }

function describe(slug: string, doc: PublicDoc, what: string): string {
  const key =
    typeof doc.code === 'string' ? doc.code : typeof doc.slug === 'string' ? doc.slug : doc.id
  return `${slug} ${String(key)} ${what}`
}

/** Whether the main (published) row of a document is published now: drafts live in versions. */
async function isLive(req: PayloadRequest, collection: string, id: string | number) {
  const live = (await req.payload.findByID({
    collection: collection as 'findings',
    id,
    draft: false,
    depth: 0,
    req,
    disableErrors: true,
  })) as PublicDoc | null
  return live?._status === 'published'
}

const liveBefore = (req: PayloadRequest) =>
  (req.context.rebuildLiveBefore ??= {}) as Record<string, boolean>

/** Before an update of a document with drafts: was its published row live? */
export const rememberLiveStatus: CollectionBeforeChangeHook = async ({
  collection,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as PublicDoc | undefined)?.id
  if (!rebuildsEnabled() || operation !== 'update' || id === undefined) return
  liveBefore(req)[`${collection.slug}:${String(id)}`] = await isLive(req, collection.slug, id)
}

export const rebuildOnPublishAfterChange: CollectionAfterChangeHook<PublicDoc> = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (!rebuildsEnabled()) return doc
  if (!hasDrafts(collection.slug)) {
    const what = operation === 'create' ? 'created' : 'changed'
    await scheduleRebuild(req, describe(collection.slug, doc, what))
    return doc
  }
  if (doc._status === 'published') {
    await scheduleRebuild(req, describe(collection.slug, doc, 'published'))
    return doc
  }
  // Unpublished, or a draft saved beside the published row (which stays as it was)?
  const wasLive = liveBefore(req)[`${collection.slug}:${String(doc.id)}`] === true
  if (wasLive && !(await isLive(req, collection.slug, doc.id))) {
    await scheduleRebuild(req, describe(collection.slug, doc, 'unpublished'))
  }
  return doc
}

export const rebuildOnPublishAfterDelete: CollectionAfterDeleteHook<PublicDoc> = async ({
  collection,
  doc,
  req,
}) => {
  if (!rebuildsEnabled()) return doc
  if (hasDrafts(collection.slug) && doc._status !== 'published') return doc
  await scheduleRebuild(req, describe(collection.slug, doc, 'deleted'))
  return doc
}
