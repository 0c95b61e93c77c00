/**
 * The recommendations browser's groups: by current follow-up status, by audience, by theme, by
 * report, and the recommendations resting on a finding when there are more than its page lists
 * (`listedOnDetailPages`). Each group is a static list split into pages of `groupPageSize` (page 1
 * at the group's URL, page n at `…/n/`), so no page grows with the collection. The site renders
 * them; the publishing engine works out which of their pages a change touches.
 */
import { currentStatus, followUpStatusOrder, type FollowUpFacts } from './follow-up.ts'
import { codeToUrlSegment } from './identifiers.ts'
import type { LocaleCode } from './locales.ts'
import { groupPageSize, listedOnDetailPages, pageCount } from './paging.ts'
import { pagedPath, urls } from './urls.ts'

export const groupKinds = ['status', 'audience', 'theme', 'report', 'finding'] as const
export type GroupKind = (typeof groupKinds)[number]

/** What a group needs to know of a recommendation. */
export interface GroupedRecommendation {
  readonly code: string
  readonly report: string
  readonly audiences: readonly string[]
  readonly themes: readonly string[]
  readonly evidence: readonly string[]
  readonly followUp: readonly FollowUpFacts[]
}

export interface RecommendationGroup<R extends GroupedRecommendation = GroupedRecommendation> {
  readonly kind: GroupKind
  /** A follow-up status, an audience, theme or report slug, or a finding's code. */
  readonly key: string
  readonly items: readonly R[]
  readonly pages: number
}

/** The URL of page `page` (1-based) of a group. */
export function groupPath(lang: LocaleCode, kind: GroupKind, key: string, page = 1): string {
  const first =
    kind === 'status'
      ? urls.recommendationsByStatus(lang, key)
      : kind === 'finding'
        ? urls.recommendationsByFinding(lang, key)
        : urls.recommendationsByTerm(lang, kind, key)
  return pagedPath(first, page)
}

/** A group's key as its URL spells it (a finding's code in lowercase). */
export function groupKeySegment(group: Pick<RecommendationGroup, 'kind' | 'key'>): string {
  return group.kind === 'finding' ? codeToUrlSegment(group.key) : group.key
}

/** `${kind}-${key}`: how pages look a group up. */
export function groupId(kind: GroupKind, key: string): string {
  return `${kind}-${key}`
}

function group<R extends GroupedRecommendation>(
  kind: GroupKind,
  key: string,
  items: R[],
): RecommendationGroup<R> {
  return { kind, key, items, pages: pageCount(items.length, groupPageSize) }
}

/**
 * Every group with items, in reading order (statuses in `followUpStatusOrder`, then audiences,
 * themes, reports and findings in the order given: the site's); `none` always, even empty, so the
 * badge of any recommendation has a page. Items keep the order of `recommendations`.
 */
export function recommendationGroups<R extends GroupedRecommendation>(data: {
  readonly recommendations: readonly R[]
  readonly audiences: readonly { readonly slug: string }[]
  readonly themes: readonly { readonly slug: string }[]
  readonly reports: readonly { readonly slug: string }[]
  readonly findings: readonly { readonly code: string }[]
}): RecommendationGroup<R>[] {
  const { recommendations } = data
  const statuses = recommendations.map((r) => currentStatus(r.followUp).status)
  return [
    ...followUpStatusOrder.flatMap((status) => {
      const items = recommendations.filter((_, index) => statuses[index] === status)
      return items.length > 0 || status === 'none' ? [group('status', status, items)] : []
    }),
    ...data.audiences.flatMap((audience) => {
      const items = recommendations.filter((r) => r.audiences.includes(audience.slug))
      return items.length > 0 ? [group('audience', audience.slug, items)] : []
    }),
    ...data.themes.flatMap((theme) => {
      const items = recommendations.filter((r) => r.themes.includes(theme.slug))
      return items.length > 0 ? [group('theme', theme.slug, items)] : []
    }),
    ...data.reports.flatMap((report) => {
      const items = recommendations.filter((r) => r.report === report.slug)
      return items.length > 0 ? [group('report', report.slug, items)] : []
    }),
    ...data.findings.flatMap((finding) => {
      const items = recommendations.filter((r) => r.evidence.includes(finding.code))
      return items.length > listedOnDetailPages ? [group('finding', finding.code, items)] : []
    }),
  ]
}
