/**
 * Keeps the two computed editorial fields of a publishable document up to date on every save:
 * `translationStatus` (the locales that lack text) and `firstPublishedAt`.
 */
import type { CollectionBeforeChangeHook } from 'payload'
import { defaultLocale, isLocaleCode, otherLocale } from '@mahjar/shared/locales'
import { missingLocales } from '../lib/translationStatus.ts'

type Doc = Record<string, unknown>

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
      ? ((await req.payload.findByID({
          collection: collection.slug,
          id,
          locale: other,
          fallbackLocale: false,
          draft: true,
          depth: 0,
          overrideAccess: true,
          req,
        })) as unknown as Doc)
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
