/**
 * JSON-LD of citable items for the page's `<head>`, with the site's origin and the open data
 * licence: built by shared/src/citation/jsonld.ts (schema-dts typed, unit-tested against
 * schema.org), serialised by the site's own `serialiseLd`.
 */
import { findingJsonLd, recommendationJsonLd, reportJsonLd } from '@mahjar/shared/citation/jsonld'
import type { LocaleCode } from '@mahjar/shared/locales'
import type { Finding, Recommendation, Report } from '@mahjar/shared/schemas/collections'
import type { Timestamps } from '@mahjar/shared/schemas/common'
import { licences } from '@mahjar/shared/schemas/open-data'
import { env } from '../env.ts'
import type { JsonLd } from './seo.ts'

function context(lang: LocaleCode) {
  return { siteUrl: env.SITE_URL, lang, licenceUrl: licences[env.OPEN_DATA_LICENCE].url }
}

/** The report page's `Report`, with the page's description (schema.org `description`). */
export function reportLdOf(
  report: Report & Timestamps,
  lang: LocaleCode,
  description: string,
): JsonLd {
  return { ...reportJsonLd(report, context(lang)), description } satisfies ReturnType<
    typeof reportJsonLd
  >
}

export function findingLdOf(
  finding: Finding & Timestamps,
  report: Report & Timestamps,
  lang: LocaleCode,
): JsonLd {
  return { ...findingJsonLd(finding, report, context(lang)) }
}

export function recommendationLdOf(
  recommendation: Recommendation & Timestamps,
  report: Report & Timestamps,
  lang: LocaleCode,
): JsonLd {
  return { ...recommendationJsonLd(recommendation, report, context(lang)) }
}
