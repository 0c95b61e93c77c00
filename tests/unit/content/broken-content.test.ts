import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ContentValidationError, formatIssue } from '@mahjar/shared/file-issues'
import { loadContent } from '@mahjar/scripts/lib/content/load-content'
import { snapshotFromContent } from '@mahjar/scripts/snapshot-from-content'
import { brokenCaseNames, materialiseContent } from '../../helpers/content-fixtures.ts'

interface Expected {
  readonly file: string
  readonly line?: number
  readonly path: string
  readonly message: RegExp
}

const report = 'content/reports/mini-report'

/** Every case under tests/fixtures/content-broken/cases and the error it must give. */
const expectations: Record<string, Expected> = {
  'missing-translation': {
    file: `${report}/findings.yaml`,
    line: 12,
    path: '[1].statement.ar',
    message: /العربية \(ar\) text is missing/,
  },
  'duplicate-code': {
    file: `${report}/recommendations.yaml`,
    line: 10,
    path: '[1].code',
    message:
      /duplicate key "MR-F01": already used at content\/reports\/mini-report\/findings\.yaml:1/,
  },
  'unknown-evidence': {
    file: `${report}/recommendations.yaml`,
    line: 17,
    path: '[1].evidence[1]',
    message: /unknown finding "MR-F09" in evidence/,
  },
  'bad-date': {
    file: 'content/stories/small-story.yaml',
    line: 16,
    path: 'publishedOn',
    message: /must be a date written YYYY-MM-DD/,
  },
  'bad-country': {
    file: 'content/practices/small-practice.yaml',
    line: 9,
    path: 'countries[1]',
    message: /ISO 3166-1 alpha-2 country code/,
  },
  'unknown-theme': {
    file: `${report}/recommendations.yaml`,
    line: 13,
    path: '[1].themes[1]',
    message: /unknown theme "fundng"/,
  },
  'unknown-audience': {
    file: `${report}/recommendations.yaml`,
    line: 12,
    path: '[1].audiences[0]',
    message: /unknown audience "donors"/,
  },
  'unknown-chapter': {
    file: `${report}/findings.yaml`,
    line: 2,
    path: '[0].chapter',
    message: /unknown chapter "conclusions" of report "mini-report" \(chapters: findings\)/,
  },
  'report-in-list': {
    file: `${report}/findings.yaml`,
    line: 2,
    path: '[0].report',
    message: /the loader takes it from the folder name/,
  },
  'unknown-field': {
    file: 'content/campaigns/small-campaign-2021.yaml',
    line: 8,
    path: 'hashtags',
    message: /unknown field/,
  },
  'yaml-syntax': {
    file: 'content/practices/small-practice.yaml',
    line: 3,
    path: '',
    message: /YAML syntax: Flow map/,
  },
  'percent-over-100': {
    file: `${report}/findings.yaml`,
    line: 6,
    path: '[0].statistic.value',
    message: /a percentage cannot exceed 100/,
  },
  'code-number-mismatch': {
    file: `${report}/recommendations.yaml`,
    line: 10,
    path: '[1].code',
    message: /does not match number B\.1\.2: it should end with "-B1-2"/,
  },
  'unknown-campaign-edition': {
    file: 'content/stories/small-story.yaml',
    line: 11,
    path: 'campaignEdition',
    message: /unknown campaign edition "small-campaign\/2022"/,
  },
  'file-name-mismatch': {
    file: 'content/stories/small-story.yaml',
    line: 1,
    path: '',
    message: /the file name says "small-story" but the document's key makes it "other-story"/,
  },
  'page-missing-language': {
    file: 'content/pages/ar/privacy.mdx',
    path: '',
    message: /page "privacy" has no en version/,
  },
  'end-before-start': {
    file: 'content/campaigns/small-campaign-2021.yaml',
    line: 7,
    path: 'endDate',
    message: /endDate must not be before startDate/,
  },
  'no-consent': {
    file: 'content/stories/small-story.yaml',
    line: 15,
    path: 'consent',
    message: /only with the teller's consent/,
  },
  'empty-text': {
    file: `${report}/report.yaml`,
    line: 2,
    path: 'title.ar',
    message: /must not be empty/,
  },
  'unexpected-file': {
    file: 'content/practices/notes.yml',
    path: '',
    message: /unexpected file: use the \.yaml extension/,
  },
}

async function loadError(dir: string): Promise<ContentValidationError> {
  const error: unknown = await loadContent(dir).then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(error instanceof ContentValidationError)) {
    throw new Error(`expected a ContentValidationError, got ${String(error)}`)
  }
  return error
}

describe('broken content files', () => {
  it('the base corpus of the fixtures, Arabic and English, loads without a problem', async () => {
    const corpus = await loadContent(await materialiseContent())
    expect(corpus.documents.findings.map((f) => f.key)).toEqual(['MR-F01', 'MR-F02'])
    expect(corpus.documents.reports[0]?.doc.title).toEqual({
      ar: 'تقرير مصغّر',
      en: 'A small report',
    })
    expect(corpus.pages.map((p) => `${p.lang}/${p.name}`).sort()).toEqual(['ar/about', 'en/about'])
  })

  it('every fixture case has an expected error, and there are at least ten kinds', async () => {
    const names = await brokenCaseNames()
    expect(names.length).toBeGreaterThanOrEqual(10)
    expect(names).toEqual(Object.keys(expectations).sort())
  })

  it.each(Object.entries(expectations))(
    'the %s case is reported with its file, line and path',
    async (name, expected) => {
      const error = await loadError(await materialiseContent(name))
      const issue = error.issues.find(
        (i) =>
          i.file === expected.file && i.path === expected.path && expected.message.test(i.message),
      )
      expect(issue, error.message).toBeDefined()
      expect(issue?.line).toBe(expected.line)
      expect(error.message).toContain(issue ? formatIssue(issue) : '(no matching issue)')
    },
  )

  it('all problems of a corpus are reported together, not only the first', async () => {
    const cases = ['unknown-evidence', 'bad-date', 'bad-country', 'missing-translation']
    const error = await loadError(await materialiseContent(...cases))
    for (const name of cases) {
      const expected = expectations[name]
      expect(error.issues.some((i) => i.file === expected?.file && i.path === expected.path)).toBe(
        true,
      )
    }
    expect(error.message).toMatch(/^Content is invalid \(\d+ problems\); nothing was written:/)
  })

  it('a snapshot is not written from broken content', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-snapshot-')), 'snapshot')
    await expect(snapshotFromContent(await materialiseContent('bad-country'), out)).rejects.toThrow(
      ContentValidationError,
    )
    expect(existsSync(out)).toBe(false)
  })
})
