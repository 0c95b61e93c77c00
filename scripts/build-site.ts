/**
 * `pnpm --filter @mahjar/scripts run build-site [-- --no-activate]`: builds the live site from
 * the CMS database (DATABASE_URI) into a new release folder under RELEASES_DIR (default
 * releases/): published snapshot, Astro site, Pagefind index, open data, share cards, permalink
 * check; then makes it live by swapping `releases/current` atomically. A failed build keeps the
 * previous release live. Progress lines start with "[build]"; the last line is
 * `[build] result {json}` (see lib/release/build-release.ts). Exit code 1 on failure.
 * `--record <reason>`: also list the build in the CMS's Site builds (`pnpm start`'s first
 * release; the rebuild job records its own builds).
 * `--snapshot <dir>`: build from a published snapshot the caller exported (the CMS's rebuild
 * job) instead of exporting one; the result's `servedFile` lists the URLs the release serves,
 * which the caller registers. Such a build never boots Payload.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { cliArgs, runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'
import { buildRelease, progressPrefix } from './lib/release/build-release.ts'
import { bootPayloadWhenNeeded } from './lib/release/build-steps.ts'

runCli(import.meta.url, async () => {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      'no-activate': { type: 'boolean', default: false },
      record: { type: 'string' },
      snapshot: { type: 'string' },
    },
  })
  const startedAt = new Date()
  const reason = values.record
  // Payload's modules load only when used: a build handed its snapshot never needs them.
  const record = reason === undefined ? undefined : await import('@mahjar/cms/builds/record')
  const payload = reason === undefined ? undefined : await bootPayloadWhenNeeded()
  const recorded = payload && (await record?.recordBuildStart(payload, startedAt, [reason ?? '']))
  const result = await buildRelease({
    releasesDir: env.RELEASES_DIR,
    activate: !values['no-activate'],
    echo: (line) => process.stdout.write(`${line}\n`),
    ...(values.snapshot === undefined ? {} : { exported: values.snapshot }),
  })
  if (payload && recorded !== undefined) {
    const log = await readFile(result.logFile, 'utf8').catch(() => '')
    await record?.recordBuildEnd(payload, recorded, startedAt, {
      ...result,
      logTail: log.trimEnd().split('\n').slice(-60).join('\n'),
    })
  }
  process.stdout.write(`${progressPrefix} result ${JSON.stringify(result)}\n`)
  process.exit(result.ok ? 0 : 1)
})
