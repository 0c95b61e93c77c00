/**
 * Post-build step: renders the share card (Open Graph image, 1200×630 PNG) of every finding in
 * Arabic and English into the built site, `/cards/findings/<code>.<lang>.png`, with Chromium.
 * `pnpm --filter @mahjar/scripts run build:share-cards`
 */
import { drawShareCards, shareCardsOf } from '@mahjar/publish/outputs/share-card'
import { readSnapshot } from '@mahjar/publish/snapshot'
import { runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'

/** Draws every card; the rebuild job copies unchanged ones instead (release/reuse-cards.ts). */
export async function buildShareCards(
  snapshotDir: string,
  distDir: string,
  siteUrl: string,
): Promise<number> {
  return drawShareCards(shareCardsOf(await readSnapshot(snapshotDir), siteUrl), distDir)
}

runCli(import.meta.url, async () => {
  const started = performance.now()
  const count = await buildShareCards(env.SNAPSHOT_DIR, env.SITE_DIST_DIR, env.SITE_URL)
  process.stderr.write(
    `share cards: ${count} PNGs written to ${env.SITE_DIST_DIR} in ${Math.round(performance.now() - started)} ms\n`,
  )
})
