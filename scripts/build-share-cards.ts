/**
 * Post-build step: renders the share card (Open Graph image, 1200×630 PNG) of every finding in
 * Arabic and English into the built site, `/cards/findings/<code>.<lang>.png`, with Chromium.
 * `pnpm --filter @mahjar/scripts run build:share-cards`
 */
import { launchChromium } from './lib/chromium.ts'
import { writeOutputFiles } from './lib/citation/files.ts'
import { renderCards, type CardJob } from './lib/citation/share-card.ts'
import { readSnapshot } from './lib/read-snapshot.ts'
import { runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'

/** `include` picks the findings to draw (all by default; the rebuild job reuses unchanged cards). */
export async function buildShareCards(
  snapshotDir: string,
  distDir: string,
  siteUrl: string,
  include: (code: string) => boolean = () => true,
): Promise<number> {
  const snapshot = await readSnapshot(snapshotDir)
  const reports = new Map(snapshot.reports.map((r) => [r.slug, r]))
  const findings = snapshot.findings.filter((finding) => include(finding.code))
  if (findings.length === 0) return 0
  const jobs: CardJob[] = findings.map((finding) => {
    const report = reports.get(finding.report)
    if (!report) {
      throw new Error(
        `${finding.code} refers to report "${finding.report}", which is not published`,
      )
    }
    return { finding, report }
  })
  const browser = await launchChromium()
  try {
    const files = await renderCards(browser, jobs, new URL(siteUrl).host)
    await writeOutputFiles(distDir, files)
    return files.length
  } finally {
    await browser.close()
  }
}

runCli(import.meta.url, async () => {
  const started = performance.now()
  const count = await buildShareCards(env.SNAPSHOT_DIR, env.SITE_DIST_DIR, env.SITE_URL)
  process.stderr.write(
    `share cards: ${count} PNGs written to ${env.SITE_DIST_DIR} in ${Math.round(performance.now() - started)} ms\n`,
  )
})
