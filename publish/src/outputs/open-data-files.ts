/**
 * The open data files (`/data/`) and the citation downloads (`/cite/`) of a release, written into
 * its site folder from the published snapshot.
 */
import type { LicenceId } from '@mahjar/shared/schemas/open-data'
import { readSnapshot, snapshotGeneratedAt } from '../snapshot.ts'
import { citationFiles } from './citation-files.ts'
import { writeOutputFiles, type KeyedFile, type OutputFile } from './files.ts'
import { buildOpenData } from './open-data.ts'
import { readSnapshotWithdrawals } from './permalinks.ts'

/**
 * The open data files and the citation downloads of a snapshot. `generatedAt` in the files is
 * the snapshot's: the same snapshot always gives the same bytes.
 */
export async function openDataOutputs(
  snapshotDir: string,
  { siteUrl, licence }: { readonly siteUrl: string; readonly licence: LicenceId },
): Promise<{ readonly openData: OutputFile[]; readonly citations: KeyedFile[] }> {
  const snapshot = await readSnapshot(snapshotDir)
  return {
    openData: buildOpenData(snapshot, {
      siteUrl,
      licence,
      generatedAt: await snapshotGeneratedAt(snapshotDir),
    }),
    citations: citationFiles(snapshot, siteUrl, await readSnapshotWithdrawals(snapshotDir)),
  }
}

/** Writes every open data file and citation download into `distDir`; returns how many. */
export async function buildOpenDataFiles(
  snapshotDir: string,
  distDir: string,
  settings: { readonly siteUrl: string; readonly licence: LicenceId },
): Promise<number> {
  const { openData, citations } = await openDataOutputs(snapshotDir, settings)
  const files = [
    ...openData,
    ...citations.map((file) => ({ path: file.path, content: file.content() })),
  ]
  await writeOutputFiles(distDir, files)
  return files.length
}
