/**
 * The one order of the findings table's sortable columns (code, figure, report), used by the
 * table's script to sort in place and by the build for the static sorted pages
 * (`urls.findingsSorted`), so both give exactly the same rows in exactly the same order.
 * Codes compare numerically (`AIE-F2` before `AIE-F10`) in the page language's collation; ties
 * fall back to the code, ascending. Rows without a figure come last, whichever the order.
 */
import type { FindingSortKey } from '@mahjar/shared/urls'

export type SortOrder = 'ascending' | 'descending'

/** What a row is sorted by. */
export interface SortFields {
  code: string
  /** The figure's value (a range by its lower end); absent without a statistic. */
  value?: number | undefined
  /** The report's title as the page shows it. */
  reportTitle: string
}

export function sortComparator(
  key: FindingSortKey,
  order: SortOrder,
  intlLocale: string,
): (a: SortFields, b: SortFields) => number {
  const collator = new Intl.Collator(intlLocale, { numeric: true })
  const byCode = (a: SortFields, b: SortFields) => collator.compare(a.code, b.code)
  const sign = order === 'descending' ? -1 : 1
  switch (key) {
    case 'code':
      return (a, b) => sign * byCode(a, b)
    case 'figure':
      return (a, b) =>
        a.value === undefined || b.value === undefined
          ? Number(a.value === undefined) - Number(b.value === undefined) || byCode(a, b)
          : sign * (a.value - b.value) || byCode(a, b)
    case 'report':
      return (a, b) => sign * collator.compare(a.reportTitle, b.reportTitle) || byCode(a, b)
  }
}

/** `rows` sorted by `key` in `order` (a new array), each row's fields given by `fields`. */
export function sortRows<T>(
  rows: readonly T[],
  key: FindingSortKey,
  order: SortOrder,
  intlLocale: string,
  fields: (row: T) => SortFields,
): T[] {
  const compare = sortComparator(key, order, intlLocale)
  return rows
    .map((row) => ({ row, sort: fields(row) }))
    .sort((a, b) => compare(a.sort, b.sort))
    .map(({ row }) => row)
}
