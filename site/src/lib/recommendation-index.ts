/**
 * The recommendations browser's index for one language (see scripts/recommendations/facets.ts):
 * every recommendation's code, opening words, audiences, themes, report and current follow-up
 * status as indexes, so 10,000 recommendations stay a small download, fetched only when a reader
 * combines filters.
 */
import { currentStatus, followUpStatusOrder } from '@mahjar/shared/follow-up'
import type { LocaleCode } from '@mahjar/shared/locales'
import type { IndexItem, RecommendationIndex } from './recommendation-facets.ts'
import type { SiteData } from './content.ts'
import { excerpt } from './localized.ts'
import { textIn } from '@mahjar/shared/localized'

/** Characters of a recommendation's text in the index: enough to recognise it in a list. */
export const indexTextLength = 100

export function recommendationIndex(
  site: Pick<SiteData, 'recommendations' | 'audiences' | 'themes' | 'reports'>,
  lang: LocaleCode,
): RecommendationIndex {
  const values = {
    audience: site.audiences.map((a) => a.slug),
    theme: site.themes.map((t) => t.slug),
    report: site.reports.map((r) => r.slug),
    status: [...followUpStatusOrder],
  }
  const position = (list: string[]) => new Map(list.map((value, i) => [value, i]))
  const audience = position(values.audience)
  const theme = position(values.theme)
  const report = position(values.report)
  const status = position(values.status)
  const indexes = (slugs: readonly string[], of: Map<string, number>) =>
    slugs.flatMap((slug) => {
      const i = of.get(slug)
      return i === undefined ? [] : [i]
    })
  const items = site.recommendations.map((r): IndexItem => {
    const text = textIn(r.text, lang)
    const item: IndexItem = [
      r.code,
      text ? excerpt(text.text, indexTextLength) : '',
      indexes(r.audiences, audience),
      indexes(r.themes, theme),
      report.get(r.report) ?? -1,
      status.get(currentStatus(r.followUp).status) ?? -1,
    ]
    if (text?.fallback) item.push(text.lang)
    return item
  })
  return { values, items }
}
