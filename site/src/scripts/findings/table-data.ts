/** The compact findings table the build writes at `urls.findingsTableData(lang)` for the script. */
import type { ValueLabel } from '../search/config.ts'

export interface TableRow {
  code: string
  href: string
  statement: ValueLabel
  /** The figure as the page writes it (qualifier and value); empty without a statistic. */
  figure: string
  /** The value sorted by (a range by its lower end); absent without a statistic. */
  value?: number
  base?: string
  exhibit?: ValueLabel
  report: string
  chapter: string
  themes: string[]
  /** Lower-case country codes (`countryKey`). */
  countries: string[]
}

export interface TableData {
  rows: TableRow[]
  reports: Record<string, { title: ValueLabel; href: string; chapters: Record<string, ValueLabel> }>
  themes: Record<string, { name: ValueLabel; href?: string }>
}
