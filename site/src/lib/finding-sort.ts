/**
 * The findings table sorted by one column without JavaScript: the static pages at
 * `urls.findingsSorted` (every finding, `findingsPageSize` rows a page) and the links in the
 * sortable column headers. The order is the script's own (`scripts/findings/sort.ts`), with the
 * report's title as the page shows it.
 */
import type { MessageKey } from '@mahjar/shared/i18n'
import type { LocaleCode } from '@mahjar/shared/locales'
import {
  findingSortKeys,
  findingSortOrders,
  pagedPath,
  urls,
  type FindingSortKey,
  type FindingSortOrder,
} from '@mahjar/shared/urls'
import { getLocale } from '@mahjar/shared/locales'
import { sortRows, type SortOrder } from '../scripts/findings/sort.ts'
import { requireReport, type FindingDoc, type SiteData } from './content.ts'
import { textIn } from '@mahjar/shared/localized'

/** The header of each sortable column (the table's and the sorted pages' one label). */
export const sortColumnLabels = {
  code: 'findings.code',
  figure: 'findings.figure',
  report: 'collection.reports.one',
} as const satisfies Record<FindingSortKey, MessageKey>

export interface FindingSort {
  readonly key: FindingSortKey
  readonly order: FindingSortOrder
}

/** Every sorted view: each sortable column, ascending and descending. */
export const findingSorts: readonly FindingSort[] = findingSortKeys.flatMap((key) =>
  findingSortOrders.map((order) => ({ key, order })),
)

export const ariaSort = (order: FindingSortOrder): SortOrder =>
  order === 'desc' ? 'descending' : 'ascending'

/** The URL of page `page` (1-based) of a sorted view. */
export function findingSortPath(lang: LocaleCode, sort: FindingSort, page = 1): string {
  return pagedPath(urls.findingsSorted(lang, sort.key, sort.order), page)
}

/**
 * Where a column's header leads: the column ascending, or descending when the table is already
 * sorted by it ascending (as a click on the script's sort button does).
 */
export function headerSortPath(
  lang: LocaleCode,
  key: FindingSortKey,
  current: FindingSort | undefined,
): string {
  const order = current?.key === key && current.order === 'asc' ? 'desc' : 'asc'
  return findingSortPath(lang, { key, order })
}

/** Every finding in the order of `sort`, in `lang` (report titles as the page shows them). */
export function sortedFindings(site: SiteData, sort: FindingSort, lang: LocaleCode): FindingDoc[] {
  return sortRows(
    site.findings,
    sort.key,
    ariaSort(sort.order),
    getLocale(lang).intlLocale,
    (f) => ({
      code: f.code,
      value: f.statistic?.value,
      reportTitle:
        textIn(requireReport(site, f.report, `Finding ${f.code}`).title, lang)?.text ?? '',
    }),
  )
}
