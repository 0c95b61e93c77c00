/**
 * `pnpm --filter @mahjar/scripts run build-site [-- --no-activate]`: builds the live site from
 * the CMS database (DATABASE_URI) into a new release folder under RELEASES_DIR (default
 * releases/): published snapshot, Astro site, Pagefind index, open data, share cards, permalink
 * check; then makes it live by swapping `releases/current` atomically. A failed build keeps the
 * previous release live. Progress lines start with "[build]"; the last line is
 * `[build] result {json}` (see lib/release/build-release.ts). Exit code 1 on failure.
 * `--record <reason>`: also list the build in the CMS's Site builds (`pnpm start`'s first
 * release; the rebuild job records its own builds).
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { bootPayload } from '@mahjar/cms/boot'
import { recordBuildEnd, recordBuildStart } from '@mahjar/cms/builds/record'
import { cliArgs, runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'
import { buildRelease, progressPrefix } from './lib/release/build-release.ts'

runCli(import.meta.url, async () => {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      'no-activate': { type: 'boolean', default: false },
      record: { type: 'string' },
    },
  })
  const startedAt = new Date()
  const reason = values.record
  const payload = reason === undefined ? undefined : await bootPayload()
  const recorded = payload && (await recordBuildStart(payload, startedAt, [reason ?? '']))
  const result = await buildRelease({
    releasesDir: env.RELEASES_DIR,
    activate: !values['no-activate'],
    echo: (line) => process.stdout.write(`${line}\n`),
  })
  if (payload && recorded !== undefined) {
    const log = await readFile(result.logFile, 'utf8').catch(() => '')
    await recordBuildEnd(payload, recorded, startedAt, {
      ...result,
      logTail: log.trimEnd().split('\n').slice(-60).join('\n'),
    })
  }
  process.stdout.write(`${progressPrefix} result ${JSON.stringify(result)}\n`)
  process.exit(result.ok ? 0 : 1)
})
