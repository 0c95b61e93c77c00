/**
 * What the site computes from the published snapshot and the publishing engine must compute the
 * same way to know which pages a change touches (publish/src/incremental/affected-pages.ts).
 */
import type { Timestamps } from './schemas/common.ts'

/**
 * The site's order of findings and recommendations: by report, then `order`. Sorts are stable,
 * so ties keep the snapshot's order.
 */
export function byReportThenOrder(
  a: { readonly report: string; readonly order: number },
  b: { readonly report: string; readonly order: number },
): number {
  return a.report.localeCompare(b.report) || a.order - b.order
}

/**
 * The build's "today" (YYYY-MM-DD): the day of the newest `updatedAt` among the snapshot's
 * documents. A build has no clock of its own, so the same snapshot always builds the same pages,
 * whenever it is built.
 */
export function snapshotDay(documents: Iterable<Pick<Timestamps, 'updatedAt'>>): string {
  let newest = ''
  for (const doc of documents) if (doc.updatedAt > newest) newest = doc.updatedAt
  return newest.slice(0, 10)
}
