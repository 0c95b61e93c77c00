/**
 * DELETE /api/<collection>/:id/untouched removes the empty draft "Create new" made when the
 * editor leaves without typing (components/DiscardUntouchedDraft.tsx calls it). It deletes only a
 * draft never saved after its creation (one version), never published and blank (no
 * field filled in any locale but those with a suggested default), with the editor's own access:
 * a draft someone made over REST and nobody edited since is not blank, and is left alone.
 * Anything else is answered `{ deleted: false }`.
 */
import type { CollectionSlug, Endpoint, Field, PayloadRequest } from 'payload'
import { computedEditorialFields } from '../fields/editorial.ts'
import { isFilled } from '../lib/translationStatus.ts'

type Data = Record<string, unknown>

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Fields the CMS fills itself, or suggests on Create new. */
const filledByTheCms = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  ...computedEditorialFields,
  'editedBy',
])

function blankValue(field: Field, value: unknown): boolean {
  if (value === null || value === undefined || value === '' || value === false) return true
  if (Array.isArray(value)) return value.length === 0
  if (field.type === 'richText') return !isFilled(value)
  if (field.type === 'group' && isObject(value)) return isBlank(field.fields, value)
  // A localized value read with locale 'all': blank when blank in every locale.
  if (isObject(value) && 'localized' in field && field.localized) {
    return Object.values(value).every((inLocale) =>
      blankValue({ ...field, localized: false }, inLocale),
    )
  }
  return false
}

export function isBlank(fields: readonly Field[], doc: Data): boolean {
  return fields.every((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return isBlank(field.fields, doc)
    if (!('name' in field) || filledByTheCms.has(field.name)) return true
    if ('defaultValue' in field && field.defaultValue !== undefined) return true
    return blankValue(field, doc[field.name])
  })
}

async function discard(req: PayloadRequest, collection: CollectionSlug) {
  const raw = req.routeParams?.id
  const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : ''
  const common = { collection, req, overrideAccess: false } as const
  const doc = (await req.payload.findByID({
    ...common,
    id,
    draft: true,
    depth: 0,
    locale: 'all',
  })) as unknown as Data
  // Never saved after creation: only the version made by the create (createdAt and updatedAt
  // are two clock readings, not always equal). Never published, as that adds versions.
  const versions = await req.payload.countVersions({ ...common, where: { parent: { equals: id } } })
  const untouched =
    doc._status === 'draft' &&
    versions.totalDocs === 1 &&
    isBlank(req.payload.collections[collection].config.fields, doc)
  if (untouched) await req.payload.delete({ ...common, id })
  return Response.json({ deleted: untouched })
}

export function discardUntouchedDraftEndpoint(collection: CollectionSlug): Endpoint {
  return { path: '/:id/untouched', method: 'delete', handler: (req) => discard(req, collection) }
}
