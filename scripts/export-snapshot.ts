/**
 * `pnpm export`: writes the published snapshot from the CMS database (DATABASE_URI) to
 * SNAPSHOT_DIR (default site/.snapshot): one JSON per collection plus countries.json and
 * redirects.json, all locales, published documents only, validated by the shared schemas, swapped
 * in whole.
 */
import { bootPayload } from '@mahjar/cms/boot'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { env } from './lib/env.ts'
import { runCli } from './lib/cli.ts'

runCli(import.meta.url, async () => {
  const started = performance.now()
  const payload = await bootPayload()
  const result = await exportSnapshot(payload, env.SNAPSHOT_DIR)
  for (const problem of result.skipped) process.stderr.write(`skipped: ${problem}\n`)
  for (const d of result.dangling) {
    process.stderr.write(
      `left out: ${d.collection} ${d.id} ${d.path} → ${d.target} ${d.targetId} (not published)\n`,
    )
  }
  const counts = result.counts.map(({ collection, count }) => `${collection} ${count}`).join(', ')
  process.stdout.write(
    `export: ${counts} → ${result.dir} (${Math.round(performance.now() - started)} ms)\n`,
  )
  process.exit(0)
})
