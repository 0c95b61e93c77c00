/** The open data CSV writer lives in shared so the site's findings table writes the same CSV. */
export { csvColumns, flatten, listSeparator, neutraliseFormula, toCsv } from '@mahjar/shared/csv'
