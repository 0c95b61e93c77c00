/**
 * "Restore this version" makes a draft, never a publication. Payload's own restore endpoint
 * (POST /api/<collection>/versions/:id) publishes a published version at once unless the admin
 * passes `?draft=true`, which its default button does not; and restoring an old version drops the
 * correction entries and translations added since. This endpoint takes the same path (custom
 * endpoints are matched before Payload's), so the admin's button and REST clients both get:
 *   - the version's content saved as the latest draft; the published document, and so the live
 *     site, unchanged until the editor presses Publish;
 *   - the corrections log kept: entries made since the version are appended, not dropped;
 *   - translations kept: a locale the version left empty keeps the current text.
 * Translators are refused (a version carries figures, relations and rows, not only text).
 * It answers as Payload's endpoint does (`{ doc, message }`, 200), with a message that says it is
 * a draft, in the request's language.
 */
import type { CollectionSlug, Endpoint, Field, PayloadRequest } from 'payload'
import { localeCodes } from '@mahjar/shared/locales'
import { hasRole } from '../access/roles.ts'
import { refuseField } from '../fields/refuseField.ts'
import { message } from '../i18n/messages.ts'
import { computedEditorialFields } from '../fields/editorial.ts'
import { dataFields, dataInLocale, isObject, rowsOf } from '../lib/localeData.ts'
import { isFilled } from '../lib/translationStatus.ts'

type Data = Record<string, unknown>

/** Fields Payload manages itself; never written back. */
const managed = new Set(['id', 'createdAt', 'updatedAt', '_status', ...computedEditorialFields])

/**
 * The version's content (all locales) with what restoring must not lose taken from the current
 * document (all locales): correction entries made since, and text in a locale the version lacks.
 */
export function keepWhatRestoreWouldLose(
  fields: readonly Field[],
  restored: Data,
  current: Data,
): Data {
  const out: Data = {}
  for (const field of dataFields(fields)) {
    if (!('name' in field) || managed.has(field.name)) continue
    const old = restored[field.name]
    const now = current[field.name]
    if (field.type === 'array' && !field.localized) {
      const nowRows = new Map(rowsOf(now).map((row) => [row.id, row]))
      // A row keeps its id: the write in the second locale finds the row by id, so a row without
      // one would be a new row and lose the first locale's text.
      const merged: Data[] = rowsOf(old).map((row) => ({
        ...keepWhatRestoreWouldLose(field.fields, row, nowRows.get(row.id) ?? {}),
        id: row.id,
      }))
      if (field.name === 'corrections') {
        const kept = new Set(merged.map((row) => row.id))
        merged.push(...rowsOf(now).filter((row) => !kept.has(row.id)))
      }
      out[field.name] = merged
    } else if (field.type === 'group' && !field.localized) {
      out[field.name] = keepWhatRestoreWouldLose(
        field.fields,
        isObject(old) ? old : {},
        isObject(now) ? now : {},
      )
    } else if ('localized' in field && field.localized) {
      const oldByLocale = isObject(old) ? old : {}
      const nowByLocale = isObject(now) ? now : {}
      out[field.name] = Object.fromEntries(
        localeCodes.map((code) => [
          code,
          isFilled(oldByLocale[code]) || !isFilled(nowByLocale[code])
            ? (oldByLocale[code] ?? null)
            : nowByLocale[code],
        ]),
      )
    } else {
      out[field.name] = old ?? null
    }
  }
  return out
}

async function restoreAsDraft(req: PayloadRequest, collection: CollectionSlug) {
  const { payload } = req
  // A version carries figures, relations and rows, not only text: restoring is an editor's task.
  if (hasRole(req.user, 'translator'))
    refuseField(req, collection, '_status', message(req, 'translatorCannotRestore'))
  const raw = req.routeParams?.id
  const versionId = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : ''
  const read = { depth: 0, locale: 'all', req, overrideAccess: false } as const
  const version = await payload.findVersionByID({ collection, id: versionId, ...read })
  const parent = version.parent as unknown
  const docId = isObject(parent) ? String(parent.id) : String(parent)
  const current = await payload.findByID({ collection, id: docId, draft: true, ...read })
  const fields = payload.collections[collection].config.fields
  const merged = keepWhatRestoreWouldLose(
    fields,
    version.version as unknown as Data,
    current as unknown as Data,
  )
  let doc: unknown = current
  // One draft write per locale: the first makes a new version (an autosave in progress is kept in
  // the history), the second completes it.
  for (const [index, locale] of localeCodes.entries()) {
    doc = await payload.update({
      collection,
      id: docId,
      locale,
      fallbackLocale: false,
      draft: true,
      autosave: index > 0,
      depth: 0,
      data: { ...dataInLocale(fields, merged, locale), _status: 'draft' },
      req,
      overrideAccess: false,
    })
  }
  return Response.json({ doc, message: message(req, 'restoredAsDraft') }, { status: 200 })
}

/** The restore endpoint of one publishable collection. */
export function restoreAsDraftEndpoint(collection: CollectionSlug): Endpoint {
  return {
    path: '/versions/:id',
    method: 'post',
    handler: (req) => restoreAsDraft(req, collection),
  }
}
