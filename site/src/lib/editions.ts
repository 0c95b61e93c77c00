/**
 * Whether a campaign edition is current. A build has no clock of its own: its "today" is the
 * snapshot's date (the newest `updatedAt` of its documents), so the same snapshot always builds the
 * same pages, whenever it is built.
 */

/** The day (YYYY-MM-DD) of the newest `updatedAt` among the snapshot's documents. */
export function snapshotDay(documents: Iterable<{ readonly updatedAt: string }>): string {
  let newest = ''
  for (const doc of documents) if (doc.updatedAt > newest) newest = doc.updatedAt
  return newest.slice(0, 10)
}

/** Running or still to come on `today` (inclusive of its last day); otherwise it is past. */
export function isCurrentEdition(edition: { readonly endDate: string }, today: string): boolean {
  return edition.endDate >= today
}
