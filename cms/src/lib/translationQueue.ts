/**
 * The translation queue: every document, across the publishable collections, whose text in a
 * language is missing or out of date (its `translationStatus`, kept by every save), latest draft
 * included; published first (readers see it), then the most recently changed. Filterable by
 * collection and by report (a report itself, or the findings and recommendations that belong to
 * it). Read with the user's own access.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'
import { otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import { isLedger } from './translationStatus.ts'

export interface QueueItem {
  readonly collection: CollectionSlug
  readonly id: string
  readonly title: string
  readonly published: boolean
  readonly missing: boolean
  /** How many texts lag their source. */
  readonly outdated: number
  readonly updatedAt: string
}

export interface QueueFilter {
  readonly collection?: string
  readonly report?: string
}

/** The collections that keep a translation status (every publishable one). */
export function queueCollections(req: PayloadRequest) {
  return req.payload.config.collections.filter((collection) =>
    collection.fields.some((field) => 'name' in field && field.name === 'translationStatus'),
  )
}

const hasReport = (fields: readonly { name?: string }[]) =>
  fields.some((field) => field.name === 'report')

export async function translationQueue(
  req: PayloadRequest,
  target: LocaleCode,
  filter: QueueFilter = {},
): Promise<QueueItem[]> {
  const items: QueueItem[] = []
  for (const collection of queueCollections(req)) {
    if (filter.collection && filter.collection !== collection.slug) continue
    const where: Where[] = [
      { translationStatus: { in: [`missing-${target}`, `outdated-${target}`] } },
    ]
    if (filter.report) {
      if (collection.slug === 'reports') where.push({ id: { equals: filter.report } })
      else if (hasReport(collection.fields as { name?: string }[]))
        where.push({ report: { equals: filter.report } })
      else continue
    }
    const titleField = collection.admin.useAsTitle
    const found = await req.payload.find({
      collection: collection.slug,
      where: { and: where },
      draft: true,
      depth: 0,
      limit: 500,
      locale: otherLocale(target),
      fallbackLocale: false,
      overrideAccess: false,
      req,
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[]) {
      const status = Array.isArray(doc.translationStatus) ? doc.translationStatus : []
      const ledger = isLedger(doc.translationLedger) ? doc.translationLedger : {}
      const title = titleField ? doc[titleField] : undefined
      items.push({
        collection: collection.slug,
        id: String(doc.id),
        title: typeof title === 'string' && title !== '' ? title : String(doc.id),
        published: doc._status === 'published',
        missing: status.includes(`missing-${target}`),
        outdated: Object.values(ledger).filter((entry) => entry[target] !== undefined).length,
        updatedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : '',
      })
    }
  }
  return items.sort(
    (a, b) => Number(b.published) - Number(a.published) || b.updatedAt.localeCompare(a.updatedAt),
  )
}
