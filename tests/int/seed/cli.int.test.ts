/**
 * `pnpm seed` and `pnpm export` as a person runs them: real processes, a throwaway SQLite file,
 * the small fixture corpus (Arabic and English). Progress goes to stderr, the summary to stdout.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { materialiseContent } from '../../helpers/content-fixtures.ts'
import { fromRoot } from '../../helpers/paths.ts'

interface Outcome {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

function runScript(script: string, args: string[], env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      {
        cwd: fromRoot('scripts'),
        env: { ...process.env, PAYLOAD_SECRET: 'cli-test-secret-0123456789abcdef0123', ...env },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

let work = ''
let content = ''
let databaseUri = ''

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mahjar-cli-'))
  content = await materialiseContent()
  databaseUri = `file:${path.join(work, 'db', 'cms.db')}`
})

describe('the seed and export commands', () => {
  it('--dry-run reports what it would create and writes nothing', async () => {
    const env = { DATABASE_URI: databaseUri, CONTENT_DIR: content }
    const dry = await runScript('seed-content.ts', ['--dry-run'], env)
    expect(dry.code, dry.stderr).toBe(0)
    expect(dry.stdout).toContain('seed (dry run, nothing written): 12 would be created')
    const real = await runScript('seed-content.ts', [], env)
    expect(real.code, real.stderr).toBe(0)
    expect(real.stdout).toContain('seed: 12 created, 0 updated, 0 unchanged')
    expect(real.stderr).toMatch(/findings: 2\/2/)
  })

  it('a second run reports 0 created, 0 updated and every document unchanged', async () => {
    const again = await runScript('seed-content.ts', [], {
      DATABASE_URI: databaseUri,
      CONTENT_DIR: content,
    })
    expect(again.code, again.stderr).toBe(0)
    expect(again.stdout).toContain('seed: 0 created, 0 updated, 12 unchanged')
  })

  it('export writes the published documents, Arabic and English, to SNAPSHOT_DIR', async () => {
    const snapshot = path.join(work, 'snapshot')
    const run = await runScript('export-snapshot.ts', [], {
      DATABASE_URI: databaseUri,
      SNAPSHOT_DIR: snapshot,
    })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toMatch(
      /export: themes 2, audiences 2, reports 1, findings 2, recommendations 2/,
    )
    const reports = JSON.parse(await readFile(path.join(snapshot, 'reports.json'), 'utf8')) as {
      docs: { title: unknown }[]
    }
    expect(reports.docs[0]?.title).toEqual({ ar: 'تقرير مصغّر', en: 'A small report' })
  })

  it('broken content exits with the file, line and path of each problem and never opens the CMS', async () => {
    const fresh = path.join(work, 'never', 'cms.db')
    const run = await runScript('seed-content.ts', [], {
      DATABASE_URI: `file:${fresh}`,
      CONTENT_DIR: await materialiseContent('unknown-evidence', 'missing-translation'),
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('nothing was written')
    expect(run.stderr).toContain(
      'content/reports/mini-report/recommendations.yaml:17 [1].evidence[1]: unknown finding "MR-F09" in evidence',
    )
    expect(run.stderr).toContain('content/reports/mini-report/findings.yaml:12 [1].statement.ar')
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(fresh)).toBe(false)
  })
})
