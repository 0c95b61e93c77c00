/**
 * schema.org JSON-LD for citable items, typed with schema-dts (Google's generated schema.org
 * types) so that a type or property schema.org does not define fails the typecheck.
 * - report → `Report` (a CreativeWork/Article), with publisher, dates, licence;
 * - finding → `Claim` (the statement as it appears in the report: `firstAppearance`), `about` an
 *   `Observation` carrying the statistic (value or min/max, unit, base as `n`, date), corrections
 *   as `CorrectionComment`s;
 * - recommendation → `CreativeWork` with `isBasedOn` the findings it rests on.
 */
import type {
  Claim,
  CorrectionComment,
  CreativeWork,
  Observation,
  Organization,
  Report as ReportLd,
  WithContext,
} from 'schema-dts'
import type { LocaleCode } from '../locales.ts'
import type { Finding, Recommendation, Report } from '../schemas/collections.ts'
import type { Timestamps } from '../schemas/common.ts'
import { absoluteUrl, urls } from '../urls.ts'
import { citedText, versionDate } from '../citation.ts'

export interface JsonLdContext {
  readonly siteUrl: string
  readonly lang: LocaleCode
  /** The licence URL of the published texts and data. */
  readonly licenceUrl: string
}

function organization(report: Report, lang: LocaleCode): Organization {
  return { '@type': 'Organization', name: citedText(report.publisher, lang, 'report publisher') }
}

function reportRef(report: Report, ctx: JsonLdContext): ReportLd {
  return {
    '@type': 'Report',
    '@id': absoluteUrl(ctx.siteUrl, urls.report(ctx.lang, report.slug)),
    name: citedText(report.title, ctx.lang, `report "${report.slug}" title`),
    url: absoluteUrl(ctx.siteUrl, urls.report(ctx.lang, report.slug)),
  }
}

function corrections(items: Finding['corrections'], lang: LocaleCode): CorrectionComment[] {
  return items.map((c) => ({
    '@type': 'CorrectionComment',
    datePublished: c.date,
    text: citedText(c.note, lang, 'correction note'),
  }))
}

export function reportJsonLd(
  report: Report & Timestamps,
  ctx: JsonLdContext,
): WithContext<ReportLd> {
  const url = absoluteUrl(ctx.siteUrl, urls.report(ctx.lang, report.slug))
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    '@id': url,
    url,
    name: citedText(report.title, ctx.lang, `report "${report.slug}" title`),
    headline: citedText(report.title, ctx.lang, `report "${report.slug}" title`),
    ...(report.subtitle
      ? { alternativeHeadline: citedText(report.subtitle, ctx.lang, 'report subtitle') }
      : {}),
    inLanguage: ctx.lang,
    datePublished: report.publishedOn,
    dateModified: versionDate(report.updatedAt),
    version: versionDate(report.updatedAt),
    author: organization(report, ctx.lang),
    publisher: organization(report, ctx.lang),
    license: ctx.licenceUrl,
    ...(report.originalLanguage === ctx.lang
      ? {}
      : {
          translationOfWork: {
            '@id': absoluteUrl(ctx.siteUrl, urls.report(report.originalLanguage, report.slug)),
          },
        }),
  }
}

function observation(finding: Finding, report: Report, lang: LocaleCode): Observation | undefined {
  const s = finding.statistic
  if (!s) return undefined
  const unit = s.unit === 'percent' ? { unitCode: 'P1', unitText: '%' } : { unitText: 'count' }
  const lower = s.qualifier === 'more-than' || s.qualifier === 'at-least'
  const upper = s.qualifier === 'less-than' || s.qualifier === 'up-to'
  const value =
    s.valueMax !== undefined
      ? { minValue: s.value, maxValue: s.valueMax }
      : lower
        ? { minValue: s.value }
        : upper
          ? { maxValue: s.value }
          : { value: s.value }
  return {
    '@type': 'Observation',
    name: finding.code,
    variableMeasured: citedText(finding.statement, lang, `finding ${finding.code} statement`),
    observationDate: report.publishedOn,
    ...unit,
    ...value,
    ...(s.qualifier === 'about' ? { description: 'approximate' } : {}),
    ...(s.base === undefined
      ? {}
      : {
          additionalProperty: {
            '@type': 'PropertyValue',
            name: 'n',
            description: 'base: number of respondents the figure is computed on',
            value: s.base,
          },
        }),
  }
}

export function findingJsonLd(
  finding: Finding & Timestamps,
  report: Report & Timestamps,
  ctx: JsonLdContext,
): WithContext<Claim> {
  const url = absoluteUrl(ctx.siteUrl, urls.finding(ctx.lang, finding.code))
  const about = observation(finding, report, ctx.lang)
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': url,
    url,
    identifier: finding.code,
    name: finding.code,
    text: citedText(finding.statement, ctx.lang, `finding ${finding.code} statement`),
    inLanguage: ctx.lang,
    datePublished: versionDate(finding.createdAt),
    dateModified: versionDate(finding.updatedAt),
    version: versionDate(finding.updatedAt),
    author: organization(report, ctx.lang),
    publisher: organization(report, ctx.lang),
    license: ctx.licenceUrl,
    firstAppearance: reportRef(report, ctx),
    isPartOf: reportRef(report, ctx),
    ...(about ? { about } : {}),
    ...(finding.corrections.length > 0
      ? { correction: corrections(finding.corrections, ctx.lang) }
      : {}),
  }
}

export function recommendationJsonLd(
  recommendation: Recommendation & Timestamps,
  report: Report & Timestamps,
  ctx: JsonLdContext,
): WithContext<CreativeWork> {
  const url = absoluteUrl(ctx.siteUrl, urls.recommendation(ctx.lang, recommendation.code))
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    identifier: recommendation.code,
    name: recommendation.code,
    genre: 'recommendation',
    text: citedText(recommendation.text, ctx.lang, `recommendation ${recommendation.code} text`),
    inLanguage: ctx.lang,
    datePublished: versionDate(recommendation.createdAt),
    dateModified: versionDate(recommendation.updatedAt),
    version: versionDate(recommendation.updatedAt),
    author: organization(report, ctx.lang),
    publisher: organization(report, ctx.lang),
    license: ctx.licenceUrl,
    isPartOf: reportRef(report, ctx),
    isBasedOn: recommendation.evidence.map((code) => ({
      '@type': 'Claim' as const,
      '@id': absoluteUrl(ctx.siteUrl, urls.finding(ctx.lang, code)),
      identifier: code,
    })),
    ...(recommendation.corrections.length > 0
      ? { correction: corrections(recommendation.corrections, ctx.lang) }
      : {}),
  }
}
