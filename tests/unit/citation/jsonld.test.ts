/**
 * JSON-LD of every report, finding and recommendation, serialised and parsed back, then checked
 * against the schema.org vocabulary (helpers/schema-org.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest'
import {
  findingJsonLd,
  recommendationJsonLd,
  reportJsonLd,
  type JsonLdContext,
} from '@mahjar/shared/citation/jsonld'
import { localeCodes } from '@mahjar/shared/locales'
import { licences } from '@mahjar/shared/schemas/open-data'
import type { Snapshot } from '@mahjar/publish/snapshot'
import { keyFindingCodes, reportSlug } from '../../helpers/constants.ts'
import { schemaOrgErrors, type Typed } from '../../helpers/schema-org.ts'
import { publishedSnapshot, siteUrl } from './published-snapshot.ts'

function roundTrip(data: unknown): unknown {
  return JSON.parse(JSON.stringify(data).replace(/</g, '\\u003c'))
}

describe('JSON-LD', () => {
  let snapshot: Snapshot
  beforeAll(async () => {
    snapshot = (await publishedSnapshot()).snapshot
  })

  function contexts(): JsonLdContext[] {
    return localeCodes.map((lang) => ({ siteUrl, lang, licenceUrl: licences['CC-BY-4.0'].url }))
  }

  function report() {
    const found = snapshot.reports.find((r) => r.slug === reportSlug)
    if (!found) throw new Error(`report ${reportSlug} missing`)
    return found
  }

  it('of every report, finding and recommendation, in Arabic and English, uses only schema.org types and properties', async () => {
    const items: Typed[] = contexts().flatMap((ctx) => [
      { type: 'Report' as const, data: roundTrip(reportJsonLd(report(), ctx)) },
      ...snapshot.findings.map((f) => ({
        type: 'Claim' as const,
        data: roundTrip(findingJsonLd(f, report(), ctx)),
      })),
      ...snapshot.recommendations.map((r) => ({
        type: 'CreativeWork' as const,
        data: roundTrip(recommendationJsonLd(r, report(), ctx)),
      })),
    ])
    expect(items.length).toBe(2 * (1 + snapshot.findings.length + snapshot.recommendations.length))
    expect(await schemaOrgErrors(items)).toEqual([])
  }, 60_000)

  it('is checked for real: an unknown property or type is rejected', async () => {
    const errors = await schemaOrgErrors([
      {
        type: 'Claim',
        data: { '@context': 'https://schema.org', '@type': 'Claim', statistic: 88 },
      },
      { type: 'Report', data: { '@context': 'https://schema.org', '@type': 'Finding' } },
    ])
    expect(errors).toHaveLength(2)
    expect(errors[0]).toContain('"statistic"\' does not exist')
  }, 60_000)

  it('of an Arabic finding carries the statistic, its base and the report date', () => {
    const finding = snapshot.findings.find((f) => f.code === keyFindingCodes.surveyResponse)
    if (!finding) throw new Error('AIE-F01 missing')
    const [ar] = contexts()
    if (!ar) throw new Error('no context')
    const data = roundTrip(findingJsonLd(finding, report(), ar)) as Record<string, unknown>
    expect(data['@type']).toBe('Claim')
    expect(data.inLanguage).toBe('ar')
    expect(data.url).toBe(`${siteUrl}/ar/findings/aie-f01/`)
    expect(String(data.text)).toMatch(/[\u0600-\u06FF]/)
    expect(data.about).toMatchObject({
      '@type': 'Observation',
      value: 104,
      observationDate: report().publishedOn,
      additionalProperty: { '@type': 'PropertyValue', name: 'n', value: 178 },
    })
    expect(data.firstAppearance).toMatchObject({ '@type': 'Report' })
  })
})
