/**
 * Whether a campaign edition is current, on the build's "today" (`snapshotDay`,
 * shared/src/site-data.ts), and the campaigns of a list of editions.
 */

/** Running or still to come on `today` (inclusive of its last day); otherwise it is past. */
export function isCurrentEdition(edition: { readonly endDate: string }, today: string): boolean {
  return edition.endDate >= today
}

export interface Campaign<E> {
  /** The campaign's slug: /{lang}/campaigns/{slug}/. */
  readonly slug: string
  /** Its editions, newest first; the first names the campaign. */
  readonly editions: readonly [E, ...E[]]
}

/**
 * The campaigns of a list of editions, each with its editions newest first (by year), campaigns
 * in the order of their newest edition (most recent first, then by slug).
 */
export function campaignsOf<E extends { readonly campaign: string; readonly year: number }>(
  editions: readonly E[],
): Campaign<E>[] {
  const bySlug = new Map<string, E[]>()
  for (const edition of [...editions].sort((a, b) => b.year - a.year)) {
    const list = bySlug.get(edition.campaign)
    if (list) list.push(edition)
    else bySlug.set(edition.campaign, [edition])
  }
  return [...bySlug]
    .map(([slug, list]) => ({ slug, editions: list as [E, ...E[]] }))
    .sort((a, b) => b.editions[0].year - a.editions[0].year || a.slug.localeCompare(b.slug))
}
