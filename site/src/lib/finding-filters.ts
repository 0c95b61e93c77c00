/**
 * The findings table's static filters: the findings of each report, theme and country that has
 * any (reports and themes in their site order, countries by code), each a page of the table split
 * into pages of `findingsPageSize`, with its own open data files (written by
 * publish/src/outputs/open-data.ts from the same `groupFindings`).
 */
import { groupFindings } from '@mahjar/shared/finding-filters'
import type { LocaleCode } from '@mahjar/shared/locales'
import { pagedPath, urls, type FindingFilterKind } from '@mahjar/shared/urls'
import { countryLabel, type FindingDoc, type SiteData } from './content.ts'
import type { LocalizedText } from '@mahjar/shared/localized'
import { findingsPageSize, pageCount } from '@mahjar/shared/paging'

export interface FindingFilter {
  readonly kind: FindingFilterKind
  /** Report or theme slug, lower-case country code. */
  readonly key: string
  readonly items: readonly FindingDoc[]
  readonly pages: number
}

/** The URL of page `page` (1-based) of a filtered view. */
export function findingFilterPath(
  lang: LocaleCode,
  kind: FindingFilterKind,
  key: string,
  page = 1,
): string {
  return pagedPath(urls.findingsBy(lang, kind, key), page)
}

/** Every filter with findings, by kind. */
export function findingFilters(
  site: Pick<SiteData, 'findings' | 'reports' | 'themes'>,
): Record<FindingFilterKind, FindingFilter[]> {
  const groups = groupFindings(site.findings)
  const order: Record<FindingFilterKind, string[]> = {
    report: site.reports.map((r) => r.slug),
    theme: site.themes.map((t) => t.slug),
    country: [...groups.country.keys()].sort(),
  }
  const list = (kind: FindingFilterKind): FindingFilter[] =>
    order[kind].flatMap((key) => {
      const items = groups[kind].get(key) ?? []
      return items.length > 0
        ? [{ kind, key, items, pages: pageCount(items.length, findingsPageSize) }]
        : []
    })
  return { report: list('report'), theme: list('theme'), country: list('country') }
}

/** The name of a filter's value: a report's title, a theme's name, a country's name. */
export function findingFilterName(
  site: SiteData,
  kind: FindingFilterKind,
  key: string,
  lang: LocaleCode,
): LocalizedText | undefined {
  switch (kind) {
    case 'report':
      return site.reportBySlug.get(key)?.title
    case 'theme':
      return site.themeBySlug.get(key)?.name
    case 'country':
      return { [lang]: countryLabel(site, key.toUpperCase(), lang) }
  }
}
