/**
 * Every finding's BibTeX, RIS and CSL-JSON, in Arabic and English, read back by parsers that are
 * not citation-js: @retorquere/bibtex-parser (Better BibTeX for Zotero's parser), a strict RIS
 * reader written here from the RIS specification, and JSON.parse with a CSL-JSON schema check.
 */
import { parse as parseBibtex } from '@retorquere/bibtex-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  findingCitation,
  recommendationCitation,
  reportCitation,
  type Citation,
} from '@mahjar/shared/citation'
import { exportCitation } from '@mahjar/shared/citation/export'
import { localeCodes } from '@mahjar/shared/locales'
import type { Snapshot } from '@mahjar/publish/snapshot'
import { readSnapshot } from '@mahjar/publish/snapshot'
import { keyFindingCodes, reportSlug } from '../../helpers/constants.ts'
import { fixtureSnapshotDir } from '../../helpers/site-build.ts'
import { publishedSnapshot, siteUrl } from './published-snapshot.ts'

interface Expected {
  title: string
  organisation: string
  year: number
  url: string
}

function expected(citation: Citation): Expected {
  return {
    title: citation.item.title,
    organisation: citation.item.publisher,
    year: citation.item.issued['date-parts'][0][0],
    url: citation.item.URL,
  }
}

function fromBibtex(text: string): Expected {
  const library = parseBibtex(text)
  expect(library.errors).toEqual([])
  expect(library.entries).toHaveLength(1)
  const fields = library.entries[0]?.fields ?? {}
  return {
    title: String(fields.title),
    organisation: String(fields.institution?.[0]),
    year: Number(fields.year),
    url: String(fields.url),
  }
}

/** RIS: `XX  - value` lines, one record from `TY` to `ER`; no continuation lines allowed. */
function readRis(text: string): Map<string, string[]> {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/)
  expect(lines[0]).toMatch(/^TY {2}- \S/)
  expect(lines.at(-1)).toBe('ER  - ')
  const tags = new Map<string, string[]>()
  for (const line of lines) {
    const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line)
    if (!match) throw new Error(`Not a RIS tag line: ${JSON.stringify(line)}`)
    const [, tag = '', value = ''] = match
    tags.set(tag, [...(tags.get(tag) ?? []), value])
  }
  return tags
}

function fromRis(text: string): Expected {
  const tags = readRis(text)
  return {
    title: tags.get('TI')?.join('') ?? '',
    organisation: tags.get('AU')?.[0] ?? '',
    year: Number(tags.get('PY')?.[0]),
    url: tags.get('UR')?.[0] ?? '',
  }
}

/** The fields of the CSL-JSON schema (citation-style-language/schema, csl-data.json) used here. */
const cslItem = z.object({
  id: z.string().min(1),
  type: z.enum(['report', 'article', 'book', 'chapter', 'dataset', 'webpage']),
  title: z.string().min(1),
  author: z.array(z.union([z.object({ literal: z.string() }), z.object({ family: z.string() })])),
  issued: z.object({ 'date-parts': z.array(z.array(z.int()).min(1).max(3)).min(1) }),
  URL: z.url(),
  language: z.string().optional(),
  version: z.string().optional(),
  number: z.string().optional(),
  publisher: z.string().optional(),
})

function fromCsl(text: string): Expected {
  const items = z.array(cslItem).length(1).parse(JSON.parse(text))
  const item = items[0]
  if (!item) throw new Error('no CSL item')
  const author = item.author[0]
  return {
    title: item.title,
    organisation: author && 'literal' in author ? author.literal : '',
    year: item.issued['date-parts'][0]?.[0] ?? 0,
    url: item.URL,
  }
}

function citationsOf(snapshot: Snapshot): Citation[] {
  const report = snapshot.reports.find((r) => r.slug === reportSlug)
  if (!report) throw new Error(`report ${reportSlug} missing from the snapshot`)
  return localeCodes.flatMap((lang) =>
    snapshot.findings.map((finding) => findingCitation(finding, report, lang, siteUrl)),
  )
}

describe('citations of findings', () => {
  let snapshot: Snapshot
  let citations: Citation[]
  beforeAll(async () => {
    snapshot = (await publishedSnapshot()).snapshot
    citations = citationsOf(snapshot)
  })

  it('covers every finding in Arabic and in English', () => {
    expect(snapshot.findings.length).toBeGreaterThan(10)
    expect(citations).toHaveLength(snapshot.findings.length * 2)
  })

  it('reads back the same title, organisation, year and URL from BibTeX', () => {
    for (const citation of citations) {
      expect(fromBibtex(exportCitation(citation.item, 'bibtex')), citation.item.id).toEqual(
        expected(citation),
      )
    }
  })

  it('reads back the same title, organisation, year and URL from RIS', () => {
    for (const citation of citations) {
      expect(fromRis(exportCitation(citation.item, 'ris')), citation.item.id).toEqual(
        expected(citation),
      )
    }
  })

  it('reads back the same title, organisation, year and URL from CSL-JSON', () => {
    for (const citation of citations) {
      expect(fromCsl(exportCitation(citation.item, 'csl')), citation.item.id).toEqual(
        expected(citation),
      )
    }
  })

  it('keeps Arabic letters and the percent sign intact in the Arabic BibTeX of a key finding', () => {
    const citation = citations.find(
      (c) => c.key === keyFindingCodes.leftBecauseOfRepression && c.lang === 'ar',
    )
    if (!citation) throw new Error('AIE-F04 citation missing')
    const title = fromBibtex(exportCitation(citation.item, 'bibtex')).title
    expect(title).toMatch(/[\u0600-\u06FF]{3,}/)
    expect(title).toContain('88')
    expect(title).toBe(citation.item.title)
    expect(exportCitation(citation.item, 'bibtex')).toMatch(/title = \{.*88\\?[%٪]/)
  })

  it('formats a plain citation in Arabic naming organisation, year, report, code, statement, URL and version date', () => {
    const citation = citations.find(
      (c) => c.key === keyFindingCodes.leftBecauseOfRepression && c.lang === 'ar',
    )
    if (!citation) throw new Error('AIE-F04 citation missing')
    expect(citation.text).toContain('هيومينا')
    expect(citation.text).toContain('(2020)')
    expect(citation.text).toContain('الناشطية في المنفى')
    expect(citation.text).toContain('«')
    expect(citation.text).toContain('نسخة 21 نوفمبر 2026')
    // Copied as plain text, the code and the URL keep their order inside the Arabic: isolated.
    expect(citation.text).toContain('النتيجة \u2066AIE-F04\u2069')
    expect(citation.text).toContain(`\u2066${siteUrl}/ar/findings/aie-f04/\u2069 (نسخة`)
    expect(citation.parts.filter((p) => p.ltr).map((p) => p.text)).toEqual([
      'AIE-F04',
      `${siteUrl}/ar/findings/aie-f04/`,
    ])
  })

  it('formats a plain citation in English naming organisation, year, report, code, statement, URL and version date', () => {
    const citation = citations.find(
      (c) => c.key === keyFindingCodes.leftBecauseOfRepression && c.lang === 'en',
    )
    if (!citation) throw new Error('AIE-F04 citation missing')
    // Left-to-right text needs no isolates: none is added.
    expect(citation.text).not.toMatch(/[\u2066-\u2069]/u)
    expect(citation.text).toMatch(
      /^HuMENA for Human Rights and Civic Engagement \(2020\)\. “.+88.+”\. Finding AIE-F04 in Activism in Exile\. https:\/\/mahjar\.example\/en\/findings\/aie-f04\/ \(version of 21 November 2026\)\.$/,
    )
  })
})

describe('citations of reports and recommendations', () => {
  it('read back from BibTeX and RIS in both languages', async () => {
    const { snapshot } = await publishedSnapshot()
    const report = snapshot.reports.find((r) => r.slug === reportSlug)
    if (!report) throw new Error(`report ${reportSlug} missing`)
    const citations = localeCodes.flatMap((lang) => [
      reportCitation(report, lang, siteUrl),
      ...snapshot.recommendations.map((r) => recommendationCitation(r, report, lang, siteUrl)),
    ])
    expect(citations.length).toBeGreaterThan(20)
    for (const citation of citations) {
      expect(fromBibtex(exportCitation(citation.item, 'bibtex')), citation.item.id).toEqual(
        expected(citation),
      )
      expect(fromRis(exportCitation(citation.item, 'ris')), citation.item.id).toEqual(
        expected(citation),
      )
    }
  })

  it('refuses to cite a finding under a report it does not belong to', async () => {
    const { snapshot } = await publishedSnapshot()
    const [report] = snapshot.reports
    const [finding] = snapshot.findings
    if (!report || !finding) throw new Error('empty snapshot')
    expect(() =>
      findingCitation({ ...finding, report: 'another-report' }, report, 'ar', siteUrl),
    ).toThrow(`${finding.code} belongs to report "another-report", not to "${report.slug}"`)
  })
})

describe('citations of followed-up recommendations', () => {
  it('name the current status as of its date, in the text and in every download, and follow the entries', async () => {
    const snapshot = await readSnapshot(fixtureSnapshotDir)
    const [report] = snapshot.reports
    const recommendation = snapshot.recommendations.find((r) => r.code === 'AIE-B1-11')
    const without = snapshot.recommendations.find((r) => r.code === 'AIE-A1')
    if (!report || !recommendation || !without) throw new Error('fixture changed')
    const en = recommendationCitation(recommendation, report, 'en', siteUrl)
    expect(en.item.note).toBe(
      'version of 20 November 2026; status as of 15 September 2026: In progress',
    )
    expect(en.text).toContain(
      '(version of 20 November 2026; status as of 15 September 2026: In progress).',
    )
    const ar = recommendationCitation(recommendation, report, 'ar', siteUrl)
    expect(ar.text).toContain('الحالة حتى 15 سبتمبر 2026: قيد التنفيذ')
    for (const citation of [en, ar]) {
      expect(exportCitation(citation.item, 'ris')).toContain(`N1  - ${citation.item.note}`)
      expect(exportCitation(citation.item, 'bibtex')).toContain(citation.item.note)
      expect(exportCitation(citation.item, 'csl')).toContain(citation.item.note)
    }
    // A later entry changes the status and its date; without entries there is no status at all.
    const [, latest] = recommendation.followUp
    if (!latest) throw new Error('fixture changed: AIE-B1-11 has two entries')
    const implemented = {
      ...recommendation,
      followUp: [
        ...recommendation.followUp,
        { ...latest, date: '2027-01-10', status: 'implemented' as const },
      ],
    }
    expect(recommendationCitation(implemented, report, 'en', siteUrl).text).toContain(
      'status as of 10 January 2027: Implemented',
    )
    expect(recommendationCitation(without, report, 'en', siteUrl).item.note).toBe(
      'version of 20 November 2026',
    )
  })
})
