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
import { documentMemo } from '@mahjar/shared/document-memo'
import type { KeyedFile } from './files.ts'
import type { Snapshot } from '../snapshot.ts'

/** A citation's downloads, keyed by format and CSL item (the bytes come from nothing else). */
function keyedFiles(citation: Citation): KeyedFile[] {
  const item = JSON.stringify(citation.item)
  return citationFormats.map((format) => ({
    path: urls.citationFile(citation.kind, citation.key, citation.lang, format),
    key: createHash('sha256').update(format).update('\n').update(item).digest('base64url'),
    content: () => exportCitation(citation.item, format),
  }))
}

type Report = Snapshot['reports'][number]

/**
 * An item's downloads in each language (`localeCodes`' order), made once per document and
 * report while the process lives (shared/src/document-memo.ts): at 10,000 recommendations, 60,000 keys.
 */
const reportFiles = documentMemo((report: Report, siteUrl: string) =>
  localeCodes.map((lang) => keyedFiles(reportCitation(report, lang, siteUrl))),
)
const findingFiles = documentMemo(
  (finding: Snapshot['findings'][number], report: Report, siteUrl: string) =>
    localeCodes.map((lang) => keyedFiles(findingCitation(finding, report, lang, siteUrl))),
)
const recommendationFiles = documentMemo(
  (recommendation: Snapshot['recommendations'][number], report: Report, siteUrl: string) =>
    localeCodes.map((lang) =>
      keyedFiles(recommendationCitation(recommendation, report, lang, siteUrl)),
    ),
)

/**
 * Every citation download of the snapshot, in both languages: reports, findings, recommendations
 * and withdrawn items of each language in turn.
 */
export function citationFiles(
  snapshot: Snapshot,
  siteUrl: string,
  withdrawals: readonly Withdrawal[] = [],
): KeyedFile[] {
  const reports = new Map(snapshot.reports.map((r) => [r.slug, r]))
  const reportOf = (item: { code: string; report: string }) => {
    const report = reports.get(item.report)
    if (!report) {
      throw new Error(`${item.code} refers to report "${item.report}", which is not published`)
    }
    return report
  }
  const byLanguage = [
    ...snapshot.reports.map((r) => reportFiles(r, siteUrl)),
    ...snapshot.findings.map((f) => findingFiles(f, reportOf(f), siteUrl)),
    ...snapshot.recommendations.map((r) => recommendationFiles(r, reportOf(r), siteUrl)),
  ]
  return localeCodes.flatMap((lang, index) => [
    ...byLanguage.flatMap((files) => files[index] ?? []),
    ...withdrawals.flatMap((w) => {
      const citable = withdrawnCitable(
        w,
        w.report === undefined ? undefined : reports.get(w.report),
      )
      return citable === undefined ? [] : keyedFiles(citationOf(citable, lang, siteUrl))
    }),
  ])
}
