/**
 * The citation downloads of every report, finding and recommendation in both languages:
 * `/cite/<kind>/<key>.<lang>.{bib,ris,csl.json}`, produced by citation-js. A withdrawn finding or
 * recommendation keeps its downloads (as last published) while its report is on the site.
 */
import { createHash } from 'node:crypto'
import {
  citationOf,
  findingCitation,
  recommendationCitation,
  reportCitation,
  withdrawnCitable,
  type Citation,
} from '@mahjar/shared/citation'
import { exportCitation } from '@mahjar/shared/citation/export'
import { localeCodes } from '@mahjar/shared/locales'
import { citationFormats, urls } from '@mahjar/shared/urls'
import type { Withdrawal } from '@mahjar/shared/schemas/snapshot'
import type { KeyedFile } from './files.ts'
import type { Snapshot } from '../snapshot.ts'

/** Every citation of the snapshot, in both languages. */
export function allCitations(
  snapshot: Snapshot,
  siteUrl: string,
  withdrawals: readonly Withdrawal[] = [],
): Citation[] {
  const reports = new Map(snapshot.reports.map((r) => [r.slug, r]))
  const reportOf = (item: { code: string; report: string }) => {
    const report = reports.get(item.report)
    if (!report) {
      throw new Error(`${item.code} refers to report "${item.report}", which is not published`)
    }
    return report
  }
  return localeCodes.flatMap((lang) => [
    ...snapshot.reports.map((r) => reportCitation(r, lang, siteUrl)),
    ...snapshot.findings.map((f) => findingCitation(f, reportOf(f), lang, siteUrl)),
    ...snapshot.recommendations.map((r) => recommendationCitation(r, reportOf(r), lang, siteUrl)),
    ...withdrawals.flatMap((w) => {
      const citable = withdrawnCitable(
        w,
        w.report === undefined ? undefined : reports.get(w.report),
      )
      return citable === undefined ? [] : [citationOf(citable, lang, siteUrl)]
    }),
  ])
}

/** Every citation download, keyed by its format and CSL item (the bytes come from nothing else). */
export function citationFiles(
  snapshot: Snapshot,
  siteUrl: string,
  withdrawals: readonly Withdrawal[] = [],
): KeyedFile[] {
  return allCitations(snapshot, siteUrl, withdrawals).flatMap((citation) => {
    const item = JSON.stringify(citation.item)
    return citationFormats.map((format) => ({
      path: urls.citationFile(citation.kind, citation.key, citation.lang, format),
      key: createHash('sha256').update(format).update('\n').update(item).digest('base64url'),
      content: () => exportCitation(citation.item, format),
    }))
  })
}
