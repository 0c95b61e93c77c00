/**
 * Published URLs keep working forever: when a published report, practice, story or campaign
 * edition is published again under a new slug (for an edition: campaign slug or year), each
 * language's old URL gets a redirect to the new one. Earlier redirects to the old URL are pointed
 * at the new one (no chains), and a redirect away from the new URL is removed (the slug came back).
 */
import type { CollectionBeforeChangeHook, PayloadRequest, TypeWithID } from 'payload'
import type { SluggedCollection } from '@mahjar/shared/collections'
import { naturalKey } from '@mahjar/shared/schemas/collections'
import { localeCodes } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { asSystem } from '../collections/Redirects/rules.ts'

type Stored = TypeWithID & Record<string, unknown> & { _status?: string }

export function redirectOldSlug(collection: SluggedCollection): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, req }) => {
    const id = (originalDoc as { id?: number | string } | undefined)?.id
    if (operation !== 'update' || id === undefined || data._status !== 'published') return data
    const live = await req.payload.db.findOne<Stored>({
      collection,
      where: { id: { equals: id } },
      req,
    })
    if (live?._status !== 'published') return data
    const oldKey = naturalKey(collection, live)
    // The new key from what this save writes over the live document's fields.
    const newKey = naturalKey(collection, { ...live, ...data })
    if (newKey === oldKey) return data
    await redirectKey(req, collection, oldKey, newKey)
    return data
  }
}

/** Redirects each language's URL of `oldKey` to that of `newKey`, with no chains left behind. */
export async function redirectKey(
  req: PayloadRequest,
  collection: SluggedCollection,
  oldKey: string,
  newKey: string,
): Promise<void> {
  // The new page is written by this same save: the editor checks of Redirects/rules.ts would not
  // find it yet.
  await asSystem(req, async () => {
    for (const lang of localeCodes) {
      const from = urls.item(collection, oldKey, lang)
      const to = urls.item(collection, newKey, lang)
      await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, req })
      // Redirects.collapseChains points earlier redirects to `from` at `to` (no chains).
      await req.payload.create({ collection: 'redirects', data: { from, to, collection }, req })
    }
  })
}
