/**
 * The live site's static server as a process of its own, started and supervised by `pnpm start`:
 * it shares nothing with the CMS process, so a CMS crash (or a CMS restart) never stops the site.
 * Serves `<RELEASES_DIR>/current/site` (resolved per request) on SITE_HOST:SITE_PORT and prints
 * `[site] listening on <origin>` when ready. SIGTERM closes it.
 */
import { runCli } from '../cli.ts'
import { env } from '../env.ts'
import { startSiteServer } from '../static-server.ts'

export const siteReadyPrefix = '[site] listening on '

runCli(import.meta.url, async () => {
  const site = await startSiteServer({
    releasesDir: env.RELEASES_DIR,
    port: env.SITE_PORT,
    host: env.SITE_HOST,
  })
  process.stdout.write(`${siteReadyPrefix}${site.origin}\n`)
  const close = () => {
    void site.close().then(() => process.exit(0))
  }
  process.once('SIGTERM', close)
  process.once('SIGINT', close)
})
