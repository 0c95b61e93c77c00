/**
 * Who may change what readers see, whatever the request looks like. Payload 3.90 writes the live
 * (main) row on every update that is not `?draft=true`: a PATCH without it goes live at once, one
 * with `_status: 'draft'` unpublishes, and one on a document with a pending draft copies that
 * draft's status onto the live row (unpublishing it). So, for requests that go through access
 * control (REST, admin; trusted Local API code with overrideAccess is left alone):
 * - a translator's update is always a draft save (the live version stays live), a restore must
 *   be "as draft", and an attempt to publish is refused with a message naming `_status`;
 * - anyone's update that does not say `_status` (a "plain PATCH") is a draft save too: publishing
 *   takes `_status: 'published'`, unpublishing takes an editor's explicit `_status: 'draft'`
 *   (what the admin's Unpublish button sends);
 * - `_status` must be one of its two values.
 * Runs before access control, so a refusal explains itself instead of a bare 403.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../access/roles.ts'
import { message } from '../i18n/messages.ts'
import { refuseField } from '../fields/refuseField.ts'

const statuses = new Set(['draft', 'published'])

type WriteArgs = {
  data?: unknown
  draft?: boolean
  publishSpecificLocale?: unknown
  publishAllLocales?: unknown
  unpublishAllLocales?: unknown
}

export const keepPublishingWithEditors: CollectionBeforeOperationHook = ({
  args,
  collection,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the union names the deprecated 'read'; we test other members
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess === true) return args
  if (operation !== 'update' && operation !== 'create' && operation !== 'restoreVersion')
    return args
  const write = args as WriteArgs
  const data =
    typeof write.data === 'object' && write.data !== null
      ? (write.data as Record<string, unknown>)
      : undefined
  const status = data?._status
  if (status !== undefined && (typeof status !== 'string' || !statuses.has(status))) {
    refuseField(
      req,
      collection.slug,
      '_status',
      message(req, 'statusValue', {
        value: typeof status === 'string' ? status : JSON.stringify(status),
      }),
    )
  }
  const translator = !hasRole(req.user, 'admin', 'editor')
  if (translator) {
    const publishing =
      status === 'published' ||
      Boolean(write.publishSpecificLocale) ||
      write.publishAllLocales === true ||
      write.publishAllLocales === 'true' ||
      write.unpublishAllLocales === true ||
      write.unpublishAllLocales === 'true'
    if (publishing && req.user) {
      refuseField(req, collection.slug, '_status', message(req, 'translatorCannotPublish'))
    }
    // Payload reads a restore's `draft` before this hook runs: a restore that would write the
    // live row (publishing or unpublishing it) is refused instead; "restore as draft" is fine.
    if (operation === 'restoreVersion' && write.draft !== true && req.user) {
      refuseField(req, collection.slug, '_status', message(req, 'translatorCannotPublish'))
    }
    if (operation === 'update') {
      // A translator's status change of any kind (e.g. `_status: 'draft'` meant to unpublish)
      // becomes what it may be: a draft saved beside the live version.
      return { ...args, draft: true }
    }
    return args
  }
  if (operation === 'update' && write.draft !== true && status === undefined) {
    return { ...args, draft: true }
  }
  return args
}
