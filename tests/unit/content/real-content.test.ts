import { describe, expect, it } from 'vitest'
import { localeCodes } from '@mahjar/shared/locales'
import { loadContent } from '@mahjar/scripts/lib/content/load-content'
import { reportSlug } from '../../helpers/constants.ts'
import { fromRoot } from '../../helpers/paths.ts'

describe('the content/ corpus', () => {
  it('loads without a single problem, every document in Arabic and English', async () => {
    const corpus = await loadContent(fromRoot('content'))
    const { reports, findings, recommendations } = corpus.documents
    expect(reports.map((r) => r.key)).toContain(reportSlug)
    expect(findings.length).toBeGreaterThan(0)
    expect(recommendations.length).toBeGreaterThan(0)
    for (const finding of findings) {
      expect(finding.doc.statement.ar).toMatch(/\p{Script=Arabic}/u)
      expect(finding.doc.statement.en).toMatch(/[A-Za-z]/)
    }
  })

  it('has every editorial page (about, approach, how to cite, privacy) in both languages', async () => {
    const { pages } = await loadContent(fromRoot('content'))
    const present = pages.map((p) => `${p.lang}/${p.name}`).sort()
    const expected = localeCodes
      .flatMap((lang) => ['about', 'approach', 'how-to-cite', 'privacy'].map((n) => `${lang}/${n}`))
      .sort()
    expect(present).toEqual(expected)
  })
})
