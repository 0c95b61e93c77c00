/**
 * Citations of reports, findings and recommendations, in Arabic and in English.
 *
 * One source of truth per citation: a CSL-JSON item (the data reference managers exchange), built
 * here from the published snapshot document. Everything else derives from that item:
 * - the formatted plain citation shown on pages, written by `formatCitation` below from the item's
 *   fields with the locale's UI strings. Our own formatter, on purpose: citation-js's CSL plugin
 *   ships the en-US, nl-NL, fr-FR, de-DE and es-ES locales only, so Arabic would need a vendored
 *   CSL locale and a CSL style of our own (no published style names a finding, its code and its
 *   version date): our own code either way, in XML, and a citation engine in every build;
 * - the BibTeX, RIS and CSL-JSON downloads, produced by citation-js (`citation/export.ts`).
 *
 * The version date is the day the published version last changed (`updatedAt`), so a citation
 * names the exact version a reader saw; corrections are listed on the page with their dates.
 */
import { formatDate } from './format.ts'
import { currentStatus, type FollowUpFacts } from './follow-up.ts'
import { useTranslations } from './i18n.ts'
import { codeToUrlSegment } from './identifiers.ts'
import { textIn, type LocalizedText } from './localized.ts'
import { getLocale, type LocaleCode } from './locales.ts'
import type { Finding, Recommendation, Report } from './schemas/collections.ts'
import type { Timestamps } from './schemas/common.ts'
import { absoluteUrl, urls, type CitableKind, type CitationFormat } from './urls.ts'

/** The subset of CSL-JSON (citationstyles.org, csl-data.json) that citations here use. */
export interface CslItem {
  id: string
  type: 'report'
  title: string
  'container-title'?: string
  'collection-title'?: string
  author: { literal: string }[]
  publisher: string
  issued: { 'date-parts': [[number]] }
  /** The version date, YYYY-MM-DD. */
  version: string
  URL: string
  language: LocaleCode
  /** The item code (AIE-F04) for findings and recommendations. */
  number?: string
  /** "Finding" / "نتيجة", "Recommendation" / "توصية", "Report" / "تقرير". */
  genre: string
  /** "version of <date>", and for a followed-up recommendation "; status as of <date>: <status>". */
  note: string
}

/** A piece of a formatted citation; `ltr` pieces (codes, URLs) are isolated inside Arabic text. */
export interface CitationPart {
  readonly text: string
  readonly ltr?: boolean
  readonly url?: boolean
}

/** Unicode's left-to-right isolate and its end (UAX #9): invisible, kept by copy and paste. */
const leftToRightIsolate = '\u2066'
const popIsolate = '\u2069'

/**
 * A part as plain text in a citation in `lang`. In a right-to-left language a code or URL is
 * wrapped in Unicode isolates: outside HTML (a citation copied into a mail or a word processor)
 * nothing else keeps "…/aie-f04/ (" from being reordered around the Arabic that follows it. The
 * page writes the same characters inside its `<bdi>`, so a copied citation carries them.
 */
export function plainPartText(part: CitationPart, lang: LocaleCode): string {
  const isolate = part.ltr === true && getLocale(lang).dir === 'rtl'
  return isolate ? `${leftToRightIsolate}${part.text}${popIsolate}` : part.text
}

export interface Citation {
  readonly kind: CitableKind
  /** Natural key: report slug or item code. */
  readonly key: string
  readonly lang: LocaleCode
  readonly item: CslItem
  readonly parts: readonly CitationPart[]
  /** The formatted citation as plain text, codes and URLs isolated in Arabic (`plainPartText`). */
  readonly text: string
}

/** The published version a citation names: its `updatedAt` gives the version date. */
type VersionDated = Pick<Timestamps, 'updatedAt'>

export type CitableReport = Pick<
  Report,
  'slug' | 'title' | 'subtitle' | 'publisher' | 'publishedOn'
> &
  VersionDated
export type CitableFinding = Pick<Finding, 'code' | 'report' | 'statement'> & VersionDated
export type CitableRecommendation = Pick<Recommendation, 'code' | 'report' | 'text'> &
  VersionDated & {
    /** Its follow-up entries: a citation names the current status and its date when there is one. */
    readonly followUp?: readonly FollowUpFacts[]
  }

export class CitationError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CitationError'
  }
}

/**
 * The text a citation shows for `field` in `lang` (else in the fallback language: a snapshot may
 * hold one language only), on one line; a citation of a field with no text at all is refused.
 */
export function citedText(
  value: LocalizedText | undefined,
  lang: LocaleCode,
  field: string,
): string {
  const text = textIn(value, lang)?.text
  if (text === undefined) throw new CitationError(`${field} has no text in any language`)
  return text.replace(/\s+/g, ' ').trim()
}

/** YYYY-MM-DD of an ISO date-time (the version date of a snapshot document). */
export function versionDate(updatedAt: string): string {
  const day = updatedAt.slice(0, 10)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new CitationError(`updatedAt "${updatedAt}" is not an ISO date-time`)
  }
  return day
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4))
}

export const citationMediaTypes: Readonly<Record<CitationFormat, string>> = {
  bibtex: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  csl: 'application/vnd.citationstyles.csl+json',
}

function publisherOf(report: CitableReport, lang: LocaleCode): string {
  return citedText(report.publisher, lang, `report "${report.slug}" publisher`)
}

function baseItem(
  report: CitableReport,
  lang: LocaleCode,
  id: string,
  path: string,
  updatedAt: string,
  siteUrl: string,
): Omit<CslItem, 'title' | 'genre'> {
  const t = useTranslations(lang)
  const version = versionDate(updatedAt)
  const publisher = publisherOf(report, lang)
  return {
    id,
    type: 'report',
    author: [{ literal: publisher }],
    publisher,
    issued: { 'date-parts': [[yearOf(report.publishedOn)]] },
    version,
    URL: absoluteUrl(siteUrl, path),
    language: lang,
    note: t('cite.versionOf', { date: formatDate(lang, version) }),
  }
}

function reportTitle(report: CitableReport, lang: LocaleCode): string {
  return citedText(report.title, lang, `report "${report.slug}" title`)
}

export function reportCitation(report: CitableReport, lang: LocaleCode, siteUrl: string): Citation {
  const t = useTranslations(lang)
  const item: CslItem = {
    ...baseItem(
      report,
      lang,
      `${report.slug}-${lang}`,
      urls.report(lang, report.slug),
      report.updatedAt,
      siteUrl,
    ),
    title: reportTitle(report, lang),
    genre: t('collection.reports.one'),
  }
  return finish('report', report.slug, item)
}

function assertSameReport(report: CitableReport, item: { code: string; report: string }): void {
  if (item.report !== report.slug) {
    throw new CitationError(
      `${item.code} belongs to report "${item.report}", not to "${report.slug}"`,
    )
  }
}

export function findingCitation(
  finding: CitableFinding,
  report: CitableReport,
  lang: LocaleCode,
  siteUrl: string,
): Citation {
  assertSameReport(report, finding)
  const t = useTranslations(lang)
  const item: CslItem = {
    ...baseItem(
      report,
      lang,
      `${codeToUrlSegment(finding.code)}-${lang}`,
      urls.finding(lang, finding.code),
      finding.updatedAt,
      siteUrl,
    ),
    title: citedText(finding.statement, lang, `finding ${finding.code} statement`),
    'container-title': reportTitle(report, lang),
    'collection-title': reportTitle(report, lang),
    number: finding.code,
    genre: t('collection.findings.one'),
  }
  return finish('finding', finding.code, item)
}

export function recommendationCitation(
  recommendation: CitableRecommendation,
  report: CitableReport,
  lang: LocaleCode,
  siteUrl: string,
): Citation {
  assertSameReport(report, recommendation)
  const t = useTranslations(lang)
  const base = baseItem(
    report,
    lang,
    `${codeToUrlSegment(recommendation.code)}-${lang}`,
    urls.recommendation(lang, recommendation.code),
    recommendation.updatedAt,
    siteUrl,
  )
  const { status, asOf } = currentStatus(recommendation.followUp ?? [])
  const item: CslItem = {
    ...base,
    ...(asOf === undefined
      ? {}
      : {
          note: t('cite.versionAndStatus', {
            version: base.note,
            date: formatDate(lang, asOf),
            status: t(`followUpStatus.${status}`),
          }),
        }),
    title: citedText(recommendation.text, lang, `recommendation ${recommendation.code} text`),
    'container-title': reportTitle(report, lang),
    'collection-title': reportTitle(report, lang),
    number: recommendation.code,
    genre: t('collection.recommendations.one'),
  }
  return finish('recommendation', recommendation.code, item)
}

function finish(kind: CitableKind, key: string, item: CslItem): Citation {
  const parts = formatCitation(kind, item)
  return {
    kind,
    key,
    lang: item.language,
    item,
    parts,
    text: parts.map((part) => plainPartText(part, item.language)).join(''),
  }
}

/** A citable item of a page or a download: a report, or a finding or recommendation with its report. */
export type Citable =
  | { readonly kind: 'report'; readonly report: CitableReport }
  | { readonly kind: 'finding'; readonly item: CitableFinding; readonly report: CitableReport }
  | {
      readonly kind: 'recommendation'
      readonly item: CitableRecommendation
      readonly report: CitableReport
    }

export function citationOf(citable: Citable, lang: LocaleCode, siteUrl: string): Citation {
  switch (citable.kind) {
    case 'report':
      return reportCitation(citable.report, lang, siteUrl)
    case 'finding':
      return findingCitation(citable.item, citable.report, lang, siteUrl)
    case 'recommendation':
      return recommendationCitation(citable.item, citable.report, lang, siteUrl)
  }
}

/**
 * The citation people used for an item now withdrawn, as last published (its notice page and its
 * downloads keep it): a finding or recommendation whose report is still on the site; else none.
 */
export function withdrawnCitable(
  withdrawal: {
    readonly collection: string
    readonly key: string
    readonly title?: LocalizedText | undefined
    readonly lastVersionAt: string
  },
  report: CitableReport | undefined,
): Citable | undefined {
  if (!report || !withdrawal.title) return undefined
  const cited = { code: withdrawal.key, report: report.slug, updatedAt: withdrawal.lastVersionAt }
  if (withdrawal.collection === 'findings')
    return { kind: 'finding', item: { ...cited, statement: withdrawal.title }, report }
  if (withdrawal.collection === 'recommendations')
    return { kind: 'recommendation', item: { ...cited, text: withdrawal.title }, report }
  return undefined
}

/**
 * The plain citation, in the item's language:
 * en: HuMENA … (2020). "Statement." Finding AIE-F04, in Activism in Exile. URL (version of 21 November 2026).
 * ar: هيومينا … (2020). «النص». النتيجة AIE-F04، في: الناشطية في المنفى. URL (نسخة 21 نوفمبر 2026).
 * The parenthesis is the item's note: a followed-up recommendation's adds "; status as of …".
 */
export function formatCitation(kind: CitableKind, item: CslItem): CitationPart[] {
  const lang = item.language
  const t = useTranslations(lang)
  const year = String(item.issued['date-parts'][0][0])
  const parts: CitationPart[] = [{ text: `${item.publisher} (` }, { text: year }, { text: '). ' }]
  if (kind === 'report') {
    parts.push({ text: `${item.title}. ` })
  } else {
    const code = item.number ?? ''
    // The code is isolated as left-to-right inside Arabic: split the sentence around it.
    const marker = '\u0000'
    const sentence = t(`cite.itemOf.${kind}`, {
      code: marker,
      report: item['container-title'] ?? '',
    })
    const [before, after] = sentence.split(marker)
    parts.push(
      { text: `${t('cite.quoted', { text: item.title.replace(/[.。۔]+$/u, '') })}. ` },
      { text: before ?? '' },
      { text: code, ltr: true },
      { text: `${after ?? ''}. ` },
    )
  }
  parts.push({ text: item.URL, ltr: true, url: true }, { text: ` (${item.note}).` })
  return parts.filter((p) => p.text !== '')
}
