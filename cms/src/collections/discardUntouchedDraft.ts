/**
 * DELETE /api/<collection>/:id/untouched removes the empty draft "Create new" made when the
 * editor leaves without typing (components/DiscardUntouchedDraft.tsx calls it). It deletes only a
 * draft never saved after its creation (updatedAt = createdAt) and never published, with the
 * editor's own access; anything else is left alone and answered `{ deleted: false }`.
 */
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

async function discard(req: PayloadRequest, collection: CollectionSlug) {
  const raw = req.routeParams?.id
  const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : ''
  const common = { collection, req, overrideAccess: false } as const
  const doc = (await req.payload.findByID({ ...common, id, draft: true, depth: 0 })) as {
    _status?: string
    createdAt?: string
    updatedAt?: string
  }
  const published = await req.payload.countVersions({
    ...common,
    where: { parent: { equals: id }, 'version._status': { equals: 'published' } },
  })
  const untouched =
    doc._status === 'draft' && doc.createdAt === doc.updatedAt && published.totalDocs === 0
  if (untouched) await req.payload.delete({ ...common, id })
  return Response.json({ deleted: untouched })
}

export function discardUntouchedDraftEndpoint(collection: CollectionSlug): Endpoint {
  return { path: '/:id/untouched', method: 'delete', handler: (req) => discard(req, collection) }
}
