/**
 * Keeps the computed editorial fields of a publishable document up to date on every save: the
 * translation ledger (when each language's text of each field was last written, or marked
 * translated through `markTranslated`), the summary `translationStatus` (`missing-en`,
 * `outdated-ar`, …) and `firstPublishedAt`.
 */
import type { CollectionBeforeChangeHook, CollectionSlug, PayloadRequest } from 'payload'
import { defaultLocale, isLocaleCode, otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import {
  isLedger,
  translationStates,
  translationSummary,
  updateLedger,
} from '../lib/translationStatus.ts'
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
  const marked = Array.isArray(data.markTranslated)
    ? data.markTranslated.filter((path): path is string => typeof path === 'string')
    : []
  const translationLedger = updateLedger(
    collection.fields,
    locale,
    { before: previous, after: current, other: otherDoc },
    isLedger(previous.translationLedger) ? previous.translationLedger : {},
    marked,
    new Date().toISOString(),
  )
  const states = translationStates(
    collection.fields,
    { [locale]: current, [other]: otherDoc } as Record<LocaleCode, Doc>,
    translationLedger,
  )
  return {
    ...data,
    translationLedger,
    markTranslated: [],
    translationStatus: translationSummary(states),
    firstPublishedAt,
  }
}
