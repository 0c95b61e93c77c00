/**
 * The recommendations browser's groups: by current follow-up status, by audience, by theme, by
 * report, and the recommendations resting on a finding when there are more than its page lists
 * (`listedOnDetailPages`). Each group is a static list split into pages of `groupPageSize` (page 1
 * at the group's URL, page n at `…/n/`), so no page grows with the collection.
 */
import { currentStatus, followUpStatusOrder } from '@mahjar/shared/follow-up'
import { codeToUrlSegment } from '@mahjar/shared/identifiers'
import type { LocaleCode } from '@mahjar/shared/locales'
import { pagedPath, urls } from '@mahjar/shared/urls'
import type { RecommendationDoc, SiteData } from './content.ts'
import { inEveryLanguage, type LocalizedText } from '@mahjar/shared/localized'
import { listedOnDetailPages, pageCount } from './pagination.ts'

export const groupKinds = ['status', 'audience', 'theme', 'report', 'finding'] as const
export type GroupKind = (typeof groupKinds)[number]

/** Recommendations per page of a group: at 10,000 items a page stays far below 100 KB gzipped. */
export const groupPageSize = 100

export interface RecommendationGroup {
  readonly kind: GroupKind
  /** A follow-up status, an audience, theme or report slug, or a finding's code. */
  readonly key: string
  readonly items: readonly RecommendationDoc[]
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

function group(kind: GroupKind, key: string, items: RecommendationDoc[]): RecommendationGroup {
  return { kind, key, items, pages: pageCount(items.length, groupPageSize) }
}

/**
 * Every group with items, in reading order (statuses in `followUpStatusOrder`, terms in their
 * taxonomy order, reports in the site's order); `none` always, even empty, so the badge of any recommendation has a page.
 */
export function recommendationGroups(
  site: Pick<SiteData, 'recommendations' | 'audiences' | 'themes' | 'reports' | 'findings'>,
): RecommendationGroup[] {
  const statuses = site.recommendations.map((r) => currentStatus(r.followUp).status)
  return [
    ...followUpStatusOrder.flatMap((status) => {
      const items = site.recommendations.filter((_, index) => statuses[index] === status)
      return items.length > 0 || status === 'none' ? [group('status', status, items)] : []
    }),
    ...site.audiences.flatMap((audience) => {
      const items = site.recommendations.filter((r) => r.audiences.includes(audience.slug))
      return items.length > 0 ? [group('audience', audience.slug, items)] : []
    }),
    ...site.themes.flatMap((theme) => {
      const items = site.recommendations.filter((r) => r.themes.includes(theme.slug))
      return items.length > 0 ? [group('theme', theme.slug, items)] : []
    }),
    ...site.reports.flatMap((report) => {
      const items = site.recommendations.filter((r) => r.report === report.slug)
      return items.length > 0 ? [group('report', report.slug, items)] : []
    }),
    ...site.findings.flatMap((finding) => {
      const items = site.recommendations.filter((r) => r.evidence.includes(finding.code))
      return items.length > listedOnDetailPages ? [group('finding', finding.code, items)] : []
    }),
  ]
}

/** The name of an audience, theme or report group (a status is named by the UI strings). */
export function groupTermName(
  site: Pick<SiteData, 'audienceBySlug' | 'themeBySlug' | 'reportBySlug'>,
  kind: Exclude<GroupKind, 'status'>,
  key: string,
): LocalizedText | undefined {
  switch (kind) {
    case 'audience':
      return site.audienceBySlug.get(key)?.name
    case 'theme':
      return site.themeBySlug.get(key)?.name
    case 'report':
      return site.reportBySlug.get(key)?.title
    case 'finding':
      // A code reads the same in every language.
      return inEveryLanguage(() => key)
  }
}
