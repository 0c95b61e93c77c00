/**
 * The counts of a report's follow-up overview: how many of its recommendations are at each status,
 * per audience (a recommendation addressed to several audiences counts once for each, with that
 * addressee's own status) and per theme (the recommendation's overall status). Statuses come from
 * `currentStatus` only; the colours of the chart segments and legend live here too.
 */
import { currentStatus, followUpStatusOrder, type FollowUpStatus } from '@mahjar/shared/follow-up'
import type { RecommendationDoc, TermDoc } from './content.ts'

export interface StatusRow {
  term: TermDoc
  counts: ReadonlyMap<FollowUpStatus, number>
  total: number
}

function row(
  term: TermDoc,
  recommendations: readonly RecommendationDoc[],
  status: (rec: RecommendationDoc) => FollowUpStatus,
): StatusRow {
  const counts = new Map<FollowUpStatus, number>()
  for (const rec of recommendations) {
    const s = status(rec)
    counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  return { term, counts, total: recommendations.length }
}

/** The two ways the overview counts a report's recommendations. */
export type OverviewDimension = 'audience' | 'theme'

/**
 * One row per term (audience or theme) of at least one of `recommendations`, in the terms' order.
 * An audience counts its own status (`currentStatus` of its entries), a theme the overall one.
 */
export function statusRows(
  dimension: OverviewDimension,
  recommendations: readonly RecommendationDoc[],
  terms: readonly TermDoc[],
): StatusRow[] {
  const termsOf = (rec: RecommendationDoc) =>
    dimension === 'audience' ? rec.audiences : rec.themes
  return terms
    .map((term) =>
      row(
        term,
        recommendations.filter((rec) => termsOf(rec).includes(term.slug)),
        (rec) =>
          currentStatus(rec.followUp, dimension === 'audience' ? term.slug : undefined).status,
      ),
    )
    .filter((r) => r.total > 0)
}

/** The statuses that occur in any of the rows, in reading order: the columns and the legend. */
export function statusesIn(...tables: readonly (readonly StatusRow[])[]): FollowUpStatus[] {
  return followUpStatusOrder.filter((status) =>
    tables.some((rows) => rows.some((r) => (r.counts.get(status) ?? 0) > 0)),
  )
}

/**
 * Segment fills, after Okabe and Ito's palette for colour-blind readers, with the text colour of
 * the best contrast on each; never the only cue (legend labels and the table give every count).
 */
export const statusColours: Readonly<Record<FollowUpStatus, { fill: string; text: string }>> = {
  supported: { fill: '#56b4e9', text: '#1d1b19' },
  noted: { fill: '#f0e442', text: '#1d1b19' },
  rejected: { fill: '#d55e00', text: '#ffffff' },
  'no-response': { fill: '#cc79a7', text: '#1d1b19' },
  'not-started': { fill: '#e69f00', text: '#1d1b19' },
  'in-progress': { fill: '#0072b2', text: '#ffffff' },
  'partially-implemented': { fill: '#a6dcc6', text: '#1d1b19' },
  implemented: { fill: '#009e73', text: '#1d1b19' },
  reversed: { fill: '#1d1b19', text: '#ffffff' },
  none: { fill: '#d4d0c8', text: '#1d1b19' },
}
