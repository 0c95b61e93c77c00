/**
 * Published URLs keep working forever: when a published report, practice or story is published
 * again under a new slug, each language's old URL gets a redirect to the new one. Earlier
 * redirects to the old URL are pointed at the new one (no chains), and a redirect away from the
 * new URL is removed (the slug came back).
 */
import type { CollectionBeforeChangeHook, TypeWithID } from 'payload'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'

export type SluggedCollection = 'reports' | 'practices' | 'stories'

const urlOf: Record<SluggedCollection, (lang: LocaleCode, slug: string) => string> = {
  reports: urls.report,
  practices: urls.practice,
  stories: urls.story,
}

export function redirectOldSlug(collection: SluggedCollection): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, req }) => {
    const id = (originalDoc as { id?: number | string } | undefined)?.id
    if (operation !== 'update' || id === undefined || data._status !== 'published') return data
    const live = await req.payload.db.findOne<TypeWithID & { _status?: string; slug?: string }>({
      collection,
      where: { id: { equals: id } },
      req,
    })
    const oldSlug = live?._status === 'published' ? live.slug : undefined
    const newSlug = data.slug as unknown
    if (!oldSlug || typeof newSlug !== 'string' || newSlug === oldSlug) return data
    for (const lang of localeCodes) {
      const from = urlOf[collection](lang, oldSlug)
      const to = urlOf[collection](lang, newSlug)
      await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, req })
      await req.payload.update({
        collection: 'redirects',
        where: { to: { equals: from } },
        data: { to },
        req,
      })
      await req.payload.create({
        collection: 'redirects',
        data: { from, to, collection },
        req,
      })
    }
    return data
  }
}
