/**
 * The open data files (`/data/`) and the citation downloads (`/cite/`) of a release, written into
 * its site folder from the published snapshot.
 */
import type { LicenceId } from '@mahjar/shared/schemas/open-data'
import { readSnapshot, snapshotGeneratedAt } from '../snapshot.ts'
import { buildCitationFiles } from './citation-files.ts'
import { writeOutputFiles } from './files.ts'
import { buildOpenData } from './open-data.ts'
import { readSnapshotWithdrawals } from './permalinks.ts'

/** `generatedAt` in the files is the snapshot's: the same snapshot always gives the same bytes. */
export async function buildOpenDataFiles(
  snapshotDir: string,
  distDir: string,
  { siteUrl, licence }: { readonly siteUrl: string; readonly licence: LicenceId },
): Promise<number> {
  const snapshot = await readSnapshot(snapshotDir)
  const files = [
    ...buildOpenData(snapshot, {
      siteUrl: siteUrl,
      licence: licence,
      generatedAt: await snapshotGeneratedAt(snapshotDir),
    }),
    ...buildCitationFiles(snapshot, siteUrl, await readSnapshotWithdrawals(snapshotDir)),
  ]
  await writeOutputFiles(distDir, files)
  return files.length
}
