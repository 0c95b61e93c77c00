/**
 * Post-build step: writes the open data files (`/data/`) and the citation downloads (`/cite/`)
 * into the built site (SITE_DIST_DIR, default site/dist) from the published snapshot.
 * `pnpm --filter @mahjar/scripts run build:open-data`
 */
import { buildCitationFiles } from './lib/citation/citation-files.ts'
import { readSnapshotWithdrawals } from './lib/citation/permalinks.ts'
import { writeOutputFiles } from './lib/citation/files.ts'
import { buildOpenData } from './lib/citation/open-data.ts'
import { readSnapshot, snapshotGeneratedAt } from './lib/read-snapshot.ts'
import { runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'

/** `generatedAt` in the files is the snapshot's: the same snapshot always gives the same bytes. */
export async function buildOpenDataFiles(snapshotDir: string, distDir: string): Promise<number> {
  const snapshot = await readSnapshot(snapshotDir)
  const files = [
    ...buildOpenData(snapshot, {
      siteUrl: env.SITE_URL,
      licence: env.OPEN_DATA_LICENCE,
      generatedAt: await snapshotGeneratedAt(snapshotDir),
    }),
    ...buildCitationFiles(snapshot, env.SITE_URL, await readSnapshotWithdrawals(snapshotDir)),
  ]
  await writeOutputFiles(distDir, files)
  return files.length
}

runCli(import.meta.url, async () => {
  const started = performance.now()
  const count = await buildOpenDataFiles(env.SNAPSHOT_DIR, env.SITE_DIST_DIR)
  process.stderr.write(
    `open data: ${count} files written to ${env.SITE_DIST_DIR} in ${Math.round(performance.now() - started)} ms\n`,
  )
})
