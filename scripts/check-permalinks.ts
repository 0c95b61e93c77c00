/**
 * Permalink guard, run after the site build.
 *   tsx check-permalinks.ts            fails, naming the URLs, when a URL of the committed
 *                                      manifest is neither built nor redirected
 *   tsx check-permalinks.ts --update   also appends the newly published URLs to the manifest
 *                                      (never removes one); commit the manifest afterwards
 *   tsx check-permalinks.ts --dist     also checks that every public URL exists in the built site
 *                                      (SITE_DIST_DIR) and writes the redirect pages, `_redirects`
 *                                      and the nginx map into it
 * Promised URLs: content/permalinks.json (the seed) and the snapshot's permalinks.json (the CMS's
 * registry of every URL a live release served; a missing or unreadable one fails the check); redirects: the snapshot's redirects.json (the CMS's) and
 * content/redirects.yaml. A withdrawn item's URLs (the snapshot's withdrawals.json) are served by
 * its withdrawal notice, so they count as published.
 */
import path from 'node:path'
import { checkPermalinksOf } from '@mahjar/publish/outputs/permalink-check'
import { PermalinkError } from '@mahjar/publish/outputs/permalinks'
import { contentDir } from '@mahjar/publish/paths'
import { runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const result = await checkPermalinksOf({
    snapshotDir: env.SNAPSHOT_DIR,
    manifestFile: path.join(contentDir, 'permalinks.json'),
    redirectsFile: path.join(contentDir, 'redirects.yaml'),
    siteUrl: env.SITE_URL,
    update: args.includes('--update'),
    distDir: args.includes('--dist') ? env.SITE_DIST_DIR : undefined,
  })
  const added = result.added.length
  process.stderr.write(
    `permalinks: ${result.urls} public URLs, ${result.redirects} redirects; ${
      added === 0
        ? 'manifest up to date'
        : args.includes('--update')
          ? `${added} new URLs added to the manifest`
          : `${added} new URLs not yet in the manifest (run with --update and commit it)`
    }\n`,
  )
}

runCli(import.meta.url, () =>
  main().catch((error: unknown) => {
    // An expected failure: its message names the URLs; a stack would only hide them.
    if (!(error instanceof PermalinkError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exitCode = 1
  }),
)
