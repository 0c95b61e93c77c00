/**
 * `pnpm backup` and `pnpm restore` as a person runs them (real processes, a throwaway SQLite
 * file and media folder): a database seeded with the small bilingual corpus, an upload, and an
 * Arabic statement published just before the backup while the database is open (so the write is
 * still in the `-wal` file, where a plain copy misses it). Backup → wipe → restore → `pnpm export`
 * gives the snapshot exported before the backup, and the same media files. Restore refuses a
 * database in use and a backup that does not match its manifest.
 */
import { execFile } from 'node:child_process'
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootPayload } from '@mahjar/cms/boot'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { sha256Of } from '@mahjar/scripts/lib/backup/manifest'
import { loadContent } from '@mahjar/scripts/lib/content/load-content'
import { corpusSeedDocuments } from '@mahjar/scripts/lib/seed/documents'
import { seedContent } from '@mahjar/scripts/lib/seed/seed-content'
import { materialiseContent } from '../../helpers/content-fixtures.ts'
import { fromRoot } from '../../helpers/paths.ts'
import type { Payload } from '../../helpers/payload.ts'
import { readSnapshotDir, readSnapshotDocs } from '../../helpers/snapshot-files.ts'

interface Outcome {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** A 1×1 PNG: the smallest upload the media collection takes. */
const pixel = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==',
  'base64',
)
const secret = 'backup-test-secret-0123456789abcdef012345'
const lastWrite = 'كُتب قبل النسخ الاحتياطي مباشرة'

let work = ''
let databaseFile = ''
let mediaDir = ''
let payload: Payload | undefined

function dataEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URI: `file:${databaseFile}`,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: secret,
    ...extra,
  }
}

function runScript(script: string, args: string[], env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, ...args],
      { cwd: fromRoot('scripts'), env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

/** sha256 of every file of a folder, by relative path. */
async function fileHashes(dir: string): Promise<Record<string, string>> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
  return Object.fromEntries(
    await Promise.all(
      names.map(async (name): Promise<[string, string]> => [
        name,
        await sha256Of(path.join(dir, name)),
      ]),
    ),
  )
}

/** Whether a SQLite file, opened alone (no -wal beside it), holds `text` in a finding. */
function holdsStatement(file: string, text: string): boolean {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const row = db
      .prepare('SELECT count(*) AS n FROM findings_locales WHERE statement LIKE ?')
      .get(`%${text}%`) as { n: number }
    return row.n > 0
  } finally {
    db.close()
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mahjar-backup-'))
  databaseFile = path.join(work, 'data', 'cms.db')
  mediaDir = path.join(work, 'data', 'media')
  Object.assign(process.env, dataEnv())
  payload = await bootPayload({ databaseUri: `file:${databaseFile}` })
  const corpus = await loadContent(await materialiseContent())
  await seedContent(payload, corpusSeedDocuments(corpus.documents))
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  await rm(work, { recursive: true, force: true })
})

describe('pnpm backup and pnpm restore', () => {
  it('backup → wipe → restore → export gives the same snapshot and the same media, with a write made just before the backup', async () => {
    const cms = payload
    if (!cms) throw new Error('the CMS did not boot (see beforeAll)')
    await cms.create({
      collection: 'media',
      locale: 'ar',
      data: { alt: 'صورة من نقطة واحدة' },
      file: { data: pixel, mimetype: 'image/png', name: 'pixel.png', size: pixel.length },
    })
    const [finding] = (await cms.find({ collection: 'findings', limit: 1, depth: 0 })).docs
    if (!finding) throw new Error('the seeded corpus has no finding')
    // Start from an empty WAL, so the one write below stays in it: SQLite checkpoints by itself at
    // 1,000 pages, which the seed and the upload above came close to (crossed once the documents
    // grew a translation ledger). The connection stays open as long as the CMS's: the last
    // connection to close checkpoints the WAL into cms.db.
    const holder = new DatabaseSync(databaseFile)
    holder.exec('PRAGMA wal_checkpoint(TRUNCATE)')
    await cms.update({
      collection: 'findings',
      id: finding.id,
      locale: 'ar',
      data: { statement: lastWrite, _status: 'published' },
    })
    // The write is in the WAL only: a plain copy of cms.db would lose it.
    expect(statSync(`${databaseFile}-wal`).size).toBeGreaterThan(0)
    const plainCopy = path.join(work, 'plain-copy.db')
    await copyFile(databaseFile, plainCopy)
    expect(holdsStatement(plainCopy, lastWrite)).toBe(false)

    // Before: the exporter in this process (the same function as `pnpm export`, run after).
    const before = path.join(work, 'snapshot-before')
    await exportSnapshot(cms, before)
    const mediaBefore = await fileHashes(mediaDir)
    expect(Object.keys(mediaBefore).length).toBeGreaterThan(0)

    const backupDir = path.join(work, 'backups', 'one')
    const backup = await runScript('backup-data.ts', ['--out', backupDir], dataEnv())
    expect(backup.code, backup.stderr).toBe(0)
    expect(backup.stdout).toMatch(/migration \d{8}_\d{6}_\w+/)
    const manifest = JSON.parse(await readFile(path.join(backupDir, 'manifest.json'), 'utf8')) as {
      database: { sha256: string; migration: string }
      media: { path: string; sha256: string }[]
    }
    expect(manifest.database.sha256).toBe(await sha256Of(path.join(backupDir, 'cms.db')))
    expect(manifest.media.map((file) => file.path).sort()).toEqual(Object.keys(mediaBefore))
    expect(holdsStatement(path.join(backupDir, 'cms.db'), lastWrite)).toBe(true)

    // While the CMS holds the database, restore refuses and changes nothing.
    const refused = await runScript('restore-data.ts', ['--from', backupDir], dataEnv())
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('is in use')
    expect(refused.stderr).toContain('Nothing was restored')

    await cms.destroy()
    holder.close()
    payload = undefined
    for (const file of readdirSync(path.dirname(databaseFile))) {
      await rm(path.join(path.dirname(databaseFile), file), { recursive: true, force: true })
    }
    expect(existsSync(databaseFile)).toBe(false)

    // A backup whose files do not match the manifest is refused before anything is touched.
    const tampered = path.join(work, 'backups', 'tampered')
    cpSync(backupDir, tampered, { recursive: true })
    const [firstMedia] = manifest.media
    writeFileSync(path.join(tampered, 'media', firstMedia?.path ?? ''), 'not the uploaded image')
    const rejected = await runScript('restore-data.ts', ['--from', tampered], dataEnv())
    expect(rejected.code).toBe(1)
    expect(rejected.stderr).toContain('does not match its manifest')
    expect(existsSync(databaseFile)).toBe(false)

    const restored = await runScript('restore-data.ts', ['--from', backupDir], dataEnv())
    expect(restored.code, restored.stderr).toBe(0)
    for (const file of [
      databaseFile,
      mediaDir,
      ...readdirSync(mediaDir).map((n) => path.join(mediaDir, n)),
    ]) {
      expect(statSync(file).mode & 0o077, file).toBe(0)
    }

    const after = path.join(work, 'snapshot-after')
    const reexported = await runScript('export-snapshot.ts', [], dataEnv({ SNAPSHOT_DIR: after }))
    expect(reexported.code, reexported.stderr).toBe(0)
    expect(await readSnapshotDir(after)).toEqual(await readSnapshotDir(before))
    const findings = await readSnapshotDocs(after, 'findings')
    expect(findings.some((doc) => JSON.stringify(doc.statement).includes(lastWrite))).toBe(true)
    expect(await fileHashes(mediaDir)).toEqual(mediaBefore)
  }, 180_000)

  it('names mongodump and mongorestore when the database is MongoDB, and backs nothing up', async () => {
    const out = path.join(work, 'backups', 'mongo')
    const run = await runScript(
      'backup-data.ts',
      ['--out', out],
      dataEnv({ DATABASE_URI: 'mongodb://127.0.0.1:1/mahjar' }),
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('mongodump --uri')
    expect(run.stderr).toContain('mongorestore --uri')
    expect(existsSync(out)).toBe(false)
  })
})
