/**
 * Withdrawal instead of disappearance. A published item leaves the site only with a public reason,
 * typed in the sidebar field «سبب السحب» / "Reason for withdrawal" before Unpublish or Delete
 * (the admin's Unpublish button sends only `_status: 'draft'`, so the reason is read from the
 * latest version). The withdrawal is then recorded in `withdrawals` (collections/Withdrawals),
 * exported into the snapshot, and the item's URLs show a notice instead of vanishing: no build
 * fails on an unpublish or a delete. Publishing the item again removes the notice. A withdrawn
 * code or slug is never taken by another item (fields/identifiers.ts asks `withdrawnKey`).
 */
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionSlug,
  PayloadRequest,
  TextareaField,
  Where,
} from 'payload'
import { collectionRegistry } from '@mahjar/shared/collections'
import { naturalKey } from '@mahjar/shared/schemas/collections'
import { textLimits } from '@mahjar/shared/schemas/common'
import { isLocaleCode, localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import type { DataCollection } from '@mahjar/shared/urls'
import { editorField } from '../access/predicates.ts'
import { localizedText } from '../fields/text.ts'
import { checkPlainText } from '../fields/validators.ts'
import { message } from '../i18n/messages.ts'
import { keepRequestLocale } from '../hooks/keepRequestLocale.ts'
import { redirectKey } from '../hooks/redirectOldSlug.ts'
import { refuseField } from '../fields/refuseField.ts'
import type { LocalizedText } from '@mahjar/shared/localized'
import { label } from '@mahjar/shared/cms-i18n'

type Stored = Record<string, unknown> & { id: number | string; _status?: string }

export interface PendingWithdrawal {
  readonly collection: DataCollection
  readonly docId: string
  readonly key: string
  readonly report?: string
  readonly title: LocalizedText
  readonly reason: LocalizedText
  readonly firstPublishedAt?: string
  readonly lastVersionAt: string
}

export function withdrawalReason(): TextareaField {
  // multiline: a textarea.
  const field = localizedText({
    name: 'withdrawalReason',
    label: label('cms.field.withdrawalReason'),
    max: textLimits.reason,
    multiline: true,
  }) as TextareaField
  return {
    ...field,
    access: { create: editorField, update: editorField },
    admin: {
      ...field.admin,
      position: 'sidebar',
      // Only an item that has been on the site can be withdrawn.
      condition: (data) => Boolean((data as { firstPublishedAt?: unknown }).firstPublishedAt),
      description: label('cms.field.withdrawalReason.description'),
    },
  }
}

function nonEmpty(value: unknown): LocalizedText {
  const found: { [lang in LocaleCode]?: string } = {}
  if (typeof value !== 'object' || value === null) return found
  for (const lang of localeCodes) {
    const text = (value as Record<string, unknown>)[lang]
    if (typeof text === 'string' && text.trim() !== '') found[lang] = text.trim()
  }
  return found
}

/**
 * Marks the request as an unpublish: an editor's explicit `_status: 'draft'` without `draft`
 * (what Unpublish sends), or `unpublishAllLocales`. A draft save is not one.
 */
export const noteUnpublish: CollectionBeforeOperationHook = ({
  args,
  collection,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the union names the deprecated 'read'; we test other members
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const write = args as { data?: unknown; draft?: boolean; unpublishAllLocales?: unknown }
  const status = (write.data as { _status?: unknown } | undefined)?._status
  const all = write.unpublishAllLocales === true || write.unpublishAllLocales === 'true'
  if (write.draft !== true && (status === 'draft' || all)) req.context.unpublish = collection.slug
  return args
}

async function liveRow(req: PayloadRequest, collection: CollectionSlug, id: number | string) {
  return req.payload.db.findOne<Stored>({ collection, where: { id: { equals: id } }, req })
}

/** What the notice needs, from the live version, with the reason of the latest version. */
async function pendingWithdrawal(
  req: PayloadRequest,
  collection: DataCollection,
  id: number | string,
  typed: unknown,
): Promise<PendingWithdrawal> {
  const lang = req.locale
  const read = (draft: boolean) =>
    req.payload.findByID({
      collection,
      id,
      locale: 'all',
      draft,
      depth: 0,
      overrideAccess: true,
      req,
    }) as unknown as Promise<Stored>
  const [published, latest] = [await read(false), await read(true)]
  const stored = nonEmpty(latest.withdrawalReason)
  const reason: LocalizedText =
    typeof typed === 'string' && typed.trim() !== '' && isLocaleCode(lang)
      ? { ...stored, [lang]: typed.trim() }
      : stored
  // A person (admin, REST) must say why; a script's unpublish is recorded with no reason, the
  // notice then says none was given.
  if (Object.keys(reason).length === 0 && req.user)
    refuseField(req, collection, 'withdrawalReason', message(req, 'withdrawalReasonRequired'))
  // Drafts skip validation, so a reason autosaved with markup or past the limit is refused here,
  // before the item leaves the site (the notice's own record would refuse it after).
  for (const text of Object.values(reason)) {
    const checked = checkPlainText(req, text, textLimits.reason)
    if (checked !== true) refuseField(req, collection, 'withdrawalReason', checked)
  }
  let report: string | undefined
  if (collection === 'findings' || collection === 'recommendations') {
    const owner = (await req.payload.findByID({
      collection: 'reports',
      id: published.report as string,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as { slug?: string } | null
    report = owner?.slug
  }
  const firstPublishedAt = published.firstPublishedAt
  return {
    collection,
    docId: String(id),
    key: naturalKey(collection, published),
    ...(report ? { report } : {}),
    title: nonEmpty(published[collectionRegistry[collection].pages.titleField]),
    reason,
    ...(typeof firstPublishedAt === 'string' ? { firstPublishedAt } : {}),
    lastVersionAt: String(published.updatedAt),
  }
}

/**
 * An unpublish of a live item needs its public reason (from a person); what the notice needs is
 * kept for after the write.
 */
export const requireWithdrawalReason: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (operation !== 'update' || id === undefined || req.context.unpublish !== collection.slug)
    return data
  if (data._status !== 'draft') return data
  const slug = collection.slug as DataCollection
  if ((await liveRow(req, slug, id))?._status !== 'published') return data
  // Read first, then store: the reads may give `req` a new context object.
  const pending = await keepRequestLocale(req, () =>
    pendingWithdrawal(req, slug, id, data.withdrawalReason),
  )
  req.context.withdrawal = pending
  return data
}

/** Writes a withdrawal, one language at a time (Payload writes localized fields per locale). */
async function recordWithdrawal(req: PayloadRequest, pending: PendingWithdrawal): Promise<void> {
  await forgetWithdrawal(req, pending.collection, pending.docId)
  // The reason is required: start with a language that has one.
  const [first = 'ar', ...others] = [...localeCodes].sort(
    (a, b) => Number(pending.reason[b] !== undefined) - Number(pending.reason[a] !== undefined),
  )
  const localized = (lang: LocaleCode) => ({
    ...(pending.title[lang] === undefined ? {} : { title: pending.title[lang] }),
    ...(pending.reason[lang] === undefined ? {} : { reason: pending.reason[lang] }),
  })
  const created = await req.payload.create({
    collection: 'withdrawals',
    locale: first,
    data: {
      collection: pending.collection,
      key: pending.key,
      docId: pending.docId,
      report: pending.report ?? null,
      firstPublishedAt: pending.firstPublishedAt ?? null,
      lastVersionAt: pending.lastVersionAt,
      withdrawnAt: new Date().toISOString(),
      ...localized(first),
    },
    overrideAccess: true,
    req,
  })
  for (const lang of others) {
    if (Object.keys(localized(lang)).length === 0) continue
    await req.payload.update({
      collection: 'withdrawals',
      id: created.id,
      locale: lang,
      data: localized(lang),
      overrideAccess: true,
      req,
    })
  }
}

const ofDocument = (collection: string, docId: string): Where => ({
  and: [{ collection: { equals: collection } }, { docId: { equals: docId } }],
})

async function forgetWithdrawal(req: PayloadRequest, collection: string, docId: string) {
  await req.payload.delete({
    collection: 'withdrawals',
    where: ofDocument(collection, docId),
    overrideAccess: true,
    req,
  })
}

/**
 * Published again: the notice goes. If the item comes back under another slug, its withdrawn
 * URLs lead to the new ones (codes never change after publication).
 */
async function republished(req: PayloadRequest, collection: DataCollection, doc: Stored) {
  const found = await req.payload.find({
    collection: 'withdrawals',
    where: ofDocument(collection, String(doc.id)),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  if (found.docs.length === 0) return
  const key = naturalKey(collection, doc)
  for (const withdrawal of found.docs) {
    if (withdrawal.key !== key && collection !== 'findings' && collection !== 'recommendations')
      await redirectKey(req, collection, withdrawal.key, key)
  }
  await forgetWithdrawal(req, collection, String(doc.id))
}

/** Records the withdrawal after the unpublish is written; publishing again removes it. */
export const keepWithdrawals: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const stored = doc as Stored
  const pending = req.context.withdrawal as PendingWithdrawal | undefined
  if (stored._status === 'published') {
    await keepRequestLocale(req, () => republished(req, collection.slug as DataCollection, stored))
  } else if (pending?.docId === String(stored.id) && pending.collection === collection.slug) {
    delete req.context.withdrawal
    await keepRequestLocale(req, () => recordWithdrawal(req, pending))
  }
  return stored
}

/**
 * Deleting a live item through the admin or REST withdraws it the same way (reason required);
 * its notice outlives the document. The Local API without a user (scripts, fixtures) deletes as
 * it always has.
 */
export const withdrawBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user) return
  const slug = collection.slug as DataCollection
  if ((await liveRow(req, slug, id))?._status !== 'published') return
  await keepRequestLocale(req, async () =>
    recordWithdrawal(req, await pendingWithdrawal(req, slug, id, undefined)),
  )
}

/** When `key` of `collection` was withdrawn from another document, that withdrawal's date. */
export async function withdrawnKey(
  req: PayloadRequest,
  collection: CollectionSlug,
  key: string,
  id: number | string | undefined,
): Promise<string | undefined> {
  const found = await keepRequestLocale(req, () =>
    req.payload.find({
      collection: 'withdrawals',
      where: {
        and: [
          { collection: { equals: collection } },
          { key: { equals: key } },
          ...(id === undefined ? [] : [{ docId: { not_equals: String(id) } }]),
        ],
      },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    }),
  )
  const withdrawnAt = (found.docs[0] as { withdrawnAt?: string } | undefined)?.withdrawnAt
  return withdrawnAt?.slice(0, 10)
}

/**
 * A published story its teller withdrew with their receipt code (src/submissions): its address
 * keeps a notice, as every published address does, but the notice names neither the story nor
 * its teller, only that the teller asked for it. Call before deleting the story.
 */
export async function recordTellersWithdrawal(req: PayloadRequest, id: number | string) {
  if ((await liveRow(req, 'stories', id))?._status !== 'published') return
  await keepRequestLocale(req, async () => {
    const pending = await pendingWithdrawal(req, 'stories', id, undefined)
    await recordWithdrawal(req, {
      ...pending,
      title: label('cms.ui.tellerWithdrewTitle'),
      reason: label('cms.ui.tellerWithdrewReason'),
    })
  })
}
