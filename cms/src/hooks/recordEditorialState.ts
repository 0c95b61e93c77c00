/**
 * Keeps the two computed editorial fields of a publishable document up to date on every save:
 * `translationStatus` (the locales that lack text) and `firstPublishedAt`.
 */
import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import { defaultLocale, isLocaleCode, otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import { missingLocales } from '../lib/translationStatus.ts'
import { keepRequestLocale } from './keepRequestLocale.ts'

type Doc = Record<string, unknown>

/**
 * The stored document in `locale`, latest draft included, without fallback. The Local API sets
 * `req.locale` to the locale it is asked for; the save in progress needs its own back.
 */
async function readOtherLocale(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: LocaleCode,
): Promise<Doc> {
  const doc = await keepRequestLocale(req, () =>
    req.payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      req,
    }),
  )
  return doc as unknown as Doc
}

export const recordEditorialState: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const locale = isLocaleCode(req.locale) ? req.locale : defaultLocale
  const other = otherLocale(locale)
  const previous = (originalDoc ?? {}) as Doc
  const current: Doc = { ...previous, ...(data as Doc) }
  const id = previous.id
  const otherDoc =
    operation === 'update' && (typeof id === 'string' || typeof id === 'number')
      ? await readOtherLocale(req, collection.slug, id, other)
      : {}
  const firstPublishedAt =
    previous.firstPublishedAt ?? (data._status === 'published' ? new Date().toISOString() : null)
  return {
    ...data,
    translationStatus: missingLocales(collection.fields, locale, other, current, otherDoc).map(
      (code) => `missing-${code}`,
    ),
    firstPublishedAt,
  }
}
