/**
 * Post-build step: writes the open data files (`/data/`) and the citation downloads (`/cite/`)
 * into the built site (SITE_DIST_DIR, default site/dist) from the published snapshot.
 * `pnpm --filter @mahjar/scripts run build:open-data`
 */
import { buildOpenDataFiles } from '@mahjar/publish/outputs/open-data-files'
import { runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'

runCli(import.meta.url, async () => {
  const started = performance.now()
  const count = await buildOpenDataFiles(env.SNAPSHOT_DIR, env.SITE_DIST_DIR, {
    siteUrl: env.SITE_URL,
    licence: env.OPEN_DATA_LICENCE,
  })
  process.stderr.write(
    `open data: ${count} files written to ${env.SITE_DIST_DIR} in ${Math.round(performance.now() - started)} ms\n`,
  )
})
