import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  buildSnapshotFiles,
  SnapshotValidationError,
  writeSnapshot,
  type SnapshotDocuments,
} from '@mahjar/cms/snapshot/files'

const at = '2026-11-21T12:00:00.000Z'

function documents(themeName: { ar: string; en: string }): SnapshotDocuments {
  return {
    themes: [{ slug: 'funding', name: themeName, order: 1, createdAt: at, updatedAt: at }],
    audiences: [],
    reports: [],
    findings: [],
    recommendations: [],
    practices: [],
    'campaign-editions': [],
    stories: [],
  }
}

describe('writing the snapshot folder', () => {
  it('replaces the previous snapshot whole and leaves no temporary folder behind', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'mahjar-files-'))
    const dir = path.join(parent, 'snapshot')
    await writeSnapshot(dir, buildSnapshotFiles(documents({ ar: 'قديم', en: 'Old' }), at))
    await writeSnapshot(dir, buildSnapshotFiles(documents({ ar: 'التمويل', en: 'Funding' }), at))
    expect(await readdir(parent)).toEqual(['snapshot'])
    expect((await readdir(dir)).sort()).toEqual([
      'audiences.json',
      'campaign-editions.json',
      'countries.json',
      'findings.json',
      'permalinks.json',
      'practices.json',
      'recommendations.json',
      'redirects.json',
      'reports.json',
      'stories.json',
      'themes.json',
      'withdrawals.json',
    ])
    const themes = JSON.parse(await readFile(path.join(dir, 'themes.json'), 'utf8')) as unknown
    expect(themes).toMatchObject({
      schemaVersion: 1,
      collection: 'themes',
      docs: [{ slug: 'funding', name: { ar: 'التمويل', en: 'Funding' } }],
    })
  })

  it('an invalid document stops the export before anything is written, naming file and field', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-files-')), 'snapshot')
    await writeSnapshot(dir, buildSnapshotFiles(documents({ ar: 'التمويل', en: 'Funding' }), at))
    const invalid = documents({ ar: '', en: '' })
    expect(() => buildSnapshotFiles(invalid, at)).toThrow(SnapshotValidationError)
    expect(() => buildSnapshotFiles(invalid, at)).toThrow(/themes\.json[\s\S]*docs\.0\.name\.ar/)
    expect(await readFile(path.join(dir, 'themes.json'), 'utf8')).toContain('التمويل')
  })
})
