/** The published snapshot of the committed content, written once into a temporary folder. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readSnapshot, type Snapshot } from '@mahjar/publish/snapshot'
import { snapshotFromContent } from '@mahjar/scripts/snapshot-from-content'
import { fromRoot } from '../../helpers/paths.ts'

/** The version date every document of this snapshot carries. */
export const versionInstant = '2026-11-21T10:00:00.000Z'
export const siteUrl = 'https://mahjar.example'

export async function publishedSnapshot(): Promise<{ dir: string; snapshot: Snapshot }> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'mahjar-cite-')), 'snapshot')
  await snapshotFromContent(fromRoot('content'), dir, {
    lenient: true,
    now: new Date(versionInstant),
  })
  return { dir, snapshot: await readSnapshot(dir) }
}
