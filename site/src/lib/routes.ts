/** Every localized page of the build, as path builders: the sitemap and the link check use it. */
import { pagedPath, urls } from '@mahjar/shared/urls'
import type { SiteData } from './content.ts'
import { publishedPages } from './nav.ts'
import { findingsPageSize, pageCount } from '@mahjar/shared/paging'
import { groupPath } from '@mahjar/shared/recommendation-groups'
import { findingFilterPath, findingFilters } from './finding-filters.ts'
import { findingSortPath, findingSorts } from './finding-sort.ts'
import type { LocalizedPath } from './seo.ts'

export function localizedRoutes(site: SiteData): LocalizedPath[] {
  return [
    urls.home,
    urls.reports,
    ...site.reports.map((r) => (lang: Parameters<LocalizedPath>[0]) => urls.report(lang, r.slug)),
    ...site.reports
      .filter((r) => site.recommendationsByReport.has(r.slug))
      .map((r) => (lang: Parameters<LocalizedPath>[0]) => urls.followUp(lang, r.slug)),
    ...Array.from(
      { length: pageCount(site.findings.length, findingsPageSize) },
      (_, i) => (lang: Parameters<LocalizedPath>[0]) => pagedPath(urls.findings(lang), i + 1),
    ),
    ...Object.values(findingFilters(site)).flatMap((filters) =>
      filters.flatMap((f) =>
        Array.from(
          { length: f.pages },
          (_, i) => (lang: Parameters<LocalizedPath>[0]) =>
            findingFilterPath(lang, f.kind, f.key, i + 1),
        ),
      ),
    ),
    ...findingSorts.flatMap((sort) =>
      Array.from(
        { length: pageCount(site.findings.length, findingsPageSize) },
        (_, i) => (lang: Parameters<LocalizedPath>[0]) => findingSortPath(lang, sort, i + 1),
      ),
    ),
    ...site.findings.map((f) => (lang: Parameters<LocalizedPath>[0]) => urls.finding(lang, f.code)),
    urls.recommendations,
    ...[...site.recommendationGroups.values()].flatMap((g) =>
      Array.from(
        { length: g.pages },
        (_, i) => (lang: Parameters<LocalizedPath>[0]) => groupPath(lang, g.kind, g.key, i + 1),
      ),
    ),
    ...site.recommendations.map(
      (r) => (lang: Parameters<LocalizedPath>[0]) => urls.recommendation(lang, r.code),
    ),
    urls.practices,
    ...site.practices.map(
      (p) => (lang: Parameters<LocalizedPath>[0]) => urls.practice(lang, p.slug),
    ),
    urls.campaigns,
    ...site.campaigns.map(
      (c) => (lang: Parameters<LocalizedPath>[0]) => urls.campaign(lang, c.slug),
    ),
    ...site['campaign-editions'].map(
      (e) => (lang: Parameters<LocalizedPath>[0]) => urls.campaignEdition(lang, e.campaign, e.year),
    ),
    urls.stories,
    ...site.stories.map((s) => (lang: Parameters<LocalizedPath>[0]) => urls.story(lang, s.slug)),
    ...publishedPages(site).map(
      (page) => (lang: Parameters<LocalizedPath>[0]) => urls.page(lang, page),
    ),
  ]
}
