/**
 * CSV twins of the open data files (RFC 4180: comma-separated, CRLF, fields quoted when needed),
 * written in UTF-8 with a byte order mark so spreadsheet programs read Arabic as UTF-8.
 *
 * Flattening, one row per document:
 * - a text in both languages `{ ar, en }` → columns `field.ar`, `field.en`;
 * - a nested object → `field.sub` columns (recursively);
 * - a list of plain values (themes, countries, evidence) → one column, values joined by "; ";
 * - a list of objects (corrections, breakdown, actions, links) → one column holding its JSON.
 * Columns are every field present in at least one document, in the order first met.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell starting with `=`, `+`, `-`, `@`, a tab or
 * a carriage return would run as a formula in a spreadsheet (`=HYPERLINK(…)` leaks data), so it is
 * written with a leading `'`; numbers stay numbers. This is our `cast` for text, not csv-stringify's
 * `escape_formulas`, which would also prefix the full-width forms (`＝`, `＋`) and so change cells
 * the files have always written as they are.
 *
 * Writing (quoting, CRLF, BOM, header) is csv-stringify's; flattening and the column order are
 * ours. Its browser build is imported, the same code on Node and in the site's findings table: the
 * Node build reads `Buffer` when it loads, which a browser does not have.
 */
import { stringify } from 'csv-stringify/browser/esm/sync'
import { isLocaleCode, localeCodes } from './locales.ts'

export const listSeparator = '; '

export type Cell = string | number | boolean

function isLocalized(value: object): boolean {
  const keys = Object.keys(value)
  return keys.length > 0 && keys.every(isLocaleCode)
}

function isPlain(value: unknown): value is Cell {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

export function flatten(
  doc: object,
  prefix = '',
  row = new Map<string, Cell>(),
): Map<string, Cell> {
  for (const [key, value] of Object.entries(doc) as [string, unknown][]) {
    const column = prefix === '' ? key : `${prefix}.${key}`
    if (value === undefined || value === null) continue
    if (isPlain(value)) row.set(column, value)
    else if (Array.isArray(value)) {
      row.set(
        column,
        value.every(isPlain) ? value.map(String).join(listSeparator) : JSON.stringify(value),
      )
    } else if (typeof value === 'object') {
      if (isLocalized(value)) {
        for (const lang of localeCodes) {
          const text = (value as Record<string, unknown>)[lang]
          if (isPlain(text)) row.set(`${column}.${lang}`, text)
        }
      } else flatten(value, column, row)
    }
  }
  return row
}

/** Leading characters that make a spreadsheet read a cell as a formula. */
const formulaStart = /^[=+\-@\t\r]/

/** A text cell made inert for spreadsheets (`'` prefix); numbers and booleans as they are. */
export function neutraliseFormula(cell: Cell): string {
  const text = String(cell)
  return typeof cell === 'string' && formulaStart.test(text) ? `'${text}` : text
}

/** The columns of flattened rows: `leading` first, then every other in the order first met. */
export function csvColumnsOf(
  rows: readonly Map<string, Cell>[],
  leading: readonly string[] = [],
): string[] {
  const columns: string[] = [...leading]
  const seen = new Set<string>(leading)
  for (const row of rows) {
    for (const column of row.keys()) {
      if (!seen.has(column)) {
        seen.add(column)
        columns.push(column)
      }
    }
  }
  return columns
}

/**
 * The columns `toCsv` writes for `docs`: a subset of the documents written with these as `leading`
 * has the same header as the whole (the filtered findings files, the table's downloads).
 */
export function csvColumns(docs: readonly object[]): string[] {
  return csvColumnsOf(docs.map((doc) => flatten(doc)))
}

const writing = {
  record_delimiter: 'windows',
  // Given a record delimiter, csv-stringify quotes only cells holding that whole sequence
  // unless told otherwise: a lone "\n" in a cell would end the row for every reader.
  quote_record_delimiter: true,
  cast: { string: neutraliseFormula, number: String, boolean: String },
} as const

/** The byte order mark and the header line of a CSV text with these columns. */
export function csvHeader(columns: readonly string[]): string {
  return stringify([], { ...writing, bom: true, header: true, columns: [...columns] })
}

/** One flattened row's line (CRLF included) under `columns`: a CSV text is its header and these. */
export function csvRow(row: Map<string, Cell>, columns: readonly string[]): string {
  return stringify([columns.map((c) => row.get(c))], writing)
}

/**
 * The CSV text (with BOM) of a list of documents; `leading` columns come first and are written
 * even when no document has them (a file with no rows yet still names its columns).
 */
export function toCsv(docs: readonly object[], leading: readonly string[] = []): string {
  const rows = docs.map((doc) => flatten(doc))
  const columns = csvColumnsOf(rows, leading)
  return csvHeader(columns) + rows.map((row) => csvRow(row, columns)).join('')
}
