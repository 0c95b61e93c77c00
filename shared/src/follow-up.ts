/**
 * What happened to a recommendation, derived from its follow-up entries — the only place a status
 * is computed. Every page, chart, filter, feed, citation and data file asks here, so a status is
 * never typed twice and never disagrees with the entries it comes from.
 *
 * Rule: the latest implementation entry (by date; on the same date the later one in the list) sets
 * the status once there is one, else the latest response entry, else `none`. "As of" is the date
 * of the latest entry considered.
 */
import type { FollowUpEntryStatus, FollowUpKind } from './schemas/recommendations.ts'
import { followUpStatuses } from './schemas/recommendations.ts'

/** A status as readers see it: one of an entry's, or `none` when nothing is recorded. */
export type FollowUpStatus = FollowUpEntryStatus | 'none'
/** Every status in reading order, `none` last: the order of filters, legends and tables. */
export const followUpStatusOrder: readonly FollowUpStatus[] = [...followUpStatuses, 'none']

/** The fields of an entry this module reads (snapshot documents and CMS rows both have them). */
export interface FollowUpFacts {
  readonly date: string
  readonly audience: string
  readonly kind: FollowUpKind
  readonly status: FollowUpEntryStatus
}

export interface CurrentStatus {
  readonly status: FollowUpStatus
  /** `YYYY-MM-DD` of the latest entry considered; absent when there is none. */
  readonly asOf?: string
}

/** Entries oldest first; entries of one date keep their order in the list. */
export function chronological<E extends FollowUpFacts>(entries: readonly E[]): E[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.index - b.index)
    .map(({ entry }) => entry)
}

/** The current status of a recommendation, or of its follow-up by one addressee (`audience`). */
export function currentStatus(entries: readonly FollowUpFacts[], audience?: string): CurrentStatus {
  const considered = chronological(
    audience === undefined ? entries : entries.filter((entry) => entry.audience === audience),
  )
  const latest = considered.at(-1)
  if (latest === undefined) return { status: 'none' }
  const deciding =
    considered.findLast((entry) => entry.kind === 'implementation') ??
    considered.findLast((entry) => entry.kind === 'response')
  return { status: deciding?.status ?? 'none', asOf: latest.date }
}

/**
 * The fragment id of an entry on its recommendation's page (`#follow-up-2026-03-01-2`): its date
 * and its place among the entries of that date, so feed items and links stay put when later
 * entries are added.
 */
export function followUpAnchor(entries: readonly FollowUpFacts[], entry: FollowUpFacts): string {
  const sameDay = chronological(entries).filter((other) => other.date === entry.date)
  const place = sameDay.indexOf(entry) + 1
  return place <= 1 ? `follow-up-${entry.date}` : `follow-up-${entry.date}-${String(place)}`
}
