/**
 * The study's key figures land on the right findings, and the recommendation groups have the
 * study's counts. Read from content/ through the loader, so the seed corpus itself is checked.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Corpus } from '@mahjar/scripts/lib/content/corpus'
import { loadContent } from '@mahjar/scripts/lib/content/load-content'
import { keyFindingCodes as codes, reportSlug } from '../../helpers/constants.ts'
import { fromRoot } from '../../helpers/paths.ts'

let corpus: Corpus

beforeAll(async () => {
  corpus = await loadContent(fromRoot('content'))
})

function finding(code: string) {
  const found = corpus.documents.findings.find((f) => f.key === code)
  if (!found) throw new Error(`finding ${code} is not in content/`)
  return found.doc
}

interface Figure {
  readonly code: string
  readonly value: number
  readonly valueMax?: number
  readonly unit: 'percent' | 'count'
  readonly base?: number
  readonly qualifier?: string
  readonly exhibit?: string
}

const figures: Figure[] = [
  { code: codes.surveyResponse, value: 104, unit: 'count', base: 178 },
  { code: codes.leftBecauseOfRepression, value: 88, unit: 'percent', base: 104, exhibit: '1-A' },
  { code: codes.returnThreatensLife, value: 93, unit: 'percent', base: 104, exhibit: '1-B' },
  { code: codes.moreActiveAtHome, value: 48, unit: 'percent', base: 104, exhibit: '2' },
  { code: codes.wantToContribute, value: 96, unit: 'percent', base: 104, exhibit: '5' },
  { code: codes.knowledgeNotGrown, value: 62, unit: 'percent', base: 104, exhibit: '7' },
  { code: codes.pressConference, value: 22, unit: 'percent', base: 104, exhibit: '8' },
  { code: codes.systematicResearch, value: 15, valueMax: 20, unit: 'percent', exhibit: '9' },
  { code: codes.lobbyingSkills, value: 90, unit: 'percent', qualifier: 'more-than', exhibit: '10' },
]

describe('key figures of Activism in Exile', () => {
  it.each(figures)('$code carries $value ($unit) with its base, qualifier and exhibit', (fig) => {
    const doc = finding(fig.code)
    expect(doc.report).toBe(reportSlug)
    expect(doc.statistic).toMatchObject({
      value: fig.value,
      unit: fig.unit,
      ...(fig.valueMax === undefined ? {} : { valueMax: fig.valueMax }),
      ...(fig.base === undefined ? {} : { base: fig.base }),
      ...(fig.qualifier === undefined ? {} : { qualifier: fig.qualifier }),
    })
    if (fig.exhibit !== undefined) expect(doc.exhibit?.en).toBe(fig.exhibit)
  })

  it.each(figures)('the Arabic and English statements of $code both state $value', (fig) => {
    const { statement } = finding(fig.code)
    const figuresInText = [fig.value, fig.valueMax].filter((n) => n !== undefined).map(String)
    for (const text of [statement.ar, statement.en]) {
      for (const number of figuresInText) expect(text).toContain(number)
    }
  })

  it('the management gap finding gives 37 % leading a small group and 5 % knowing procedures', () => {
    const { statistic, statement } = finding(codes.managementSkills)
    expect(statistic?.breakdown.map((part) => part.value)).toEqual([37, 5])
    expect(statement.ar).toMatch(/37.*5|5.*37/s)
  })

  it('the means organisations use average 47, 22, 17, 10 and 4 %, labelled in both languages', () => {
    const { statistic } = finding(codes.organisationMeans)
    expect(statistic?.unit).toBe('percent')
    expect(statistic?.breakdown.map((part) => part.value)).toEqual([47, 22, 17, 10, 4])
    for (const part of statistic?.breakdown ?? []) {
      expect(part.label.ar).toMatch(/\p{Script=Arabic}/u)
      expect(part.label.en).toMatch(/[A-Za-z]/)
    }
  })
})

describe('recommendations of Activism in Exile', () => {
  function group(number: string): string {
    const parts = number.split('.')
    return parts[0] === 'B' ? parts.slice(0, 2).join('.') : (parts[0] ?? '')
  }

  it('have the study count per group: A 21; B.1 14 (B.1.12 skipped), B.2 3, B.3 8, B.4 7; C 9', () => {
    const counts: Record<string, number> = {}
    for (const rec of corpus.documents.recommendations) {
      if (rec.doc.report !== reportSlug) continue
      const key = group(rec.doc.number)
      counts[key] = (counts[key] ?? 0) + 1
    }
    expect(counts).toEqual({ A: 21, 'B.1': 14, 'B.2': 3, 'B.3': 8, 'B.4': 7, C: 9 })
  })

  it('keep the study numbering gap: there is no AIE-B1-12, but B1-11 and B1-13 exist', () => {
    const keys = new Set(corpus.documents.recommendations.map((r) => r.key))
    expect(keys.has('AIE-B1-12')).toBe(false)
    expect(keys.has('AIE-B1-11') && keys.has('AIE-B1-13')).toBe(true)
  })
})
