/**
 * `pnpm --filter @mahjar/scripts run build-site [-- --no-activate] [--full]`: builds the live
 * site into a new release folder under RELEASES_DIR (default releases/) with the publishing engine
 * (`@mahjar/publish`, see publish/README.md) and makes it live by swapping `releases/current`
 * atomically. A failed build keeps the previous release live. Progress lines start with
 * "[build]"; the last line is `[build] result {json}` (`@mahjar/publish/protocol`). Exit code 1
 * on failure.
 * `--snapshot <dir>`: build from a published snapshot the caller exported (the CMS's rebuild
 * job, which registers the served URLs itself); such a build never boots Payload. With
 * `--when-exported` it waits for the caller to say on stdin that the export is complete (the CMS
 * starts it beside the export: `@mahjar/publish/handover`). Without `--snapshot`,
 * this command boots Payload, exports the snapshot from DATABASE_URI and registers the URLs the
 * new release serves once it is live.
 * `--full`: render every page and make every output again, even where the live release has them
 * (a consistency check); only share cards whose inputs are unchanged are still copied.
 * `--record <reason>`: also list the build in the CMS's Site builds (`pnpm start`'s first
 * release; the rebuild job records its own builds).
 * `--warm-up`: builds nothing itself; starts the warm engine, if none runs, and has it build the
 * live release again, not made live, so that the next publish finds it warm; its last line says
 * how that went (`warmedUpSaid`). The CMS runs it when it starts, with the environment of its
 * publishes (PUBLISH_WARM_UP).
 * A build made live goes on after its result line: it removes old releases and, when it went live
 * with a search delta, builds the full search index and makes it live
 * (`@mahjar/publish/release/consolidate-search`). A build that starts meanwhile stops that first.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { exportCompleted, whenExportedOption } from '@mahjar/publish/handover'
import { warmedUpSaid, type PublishResult } from '@mahjar/publish/protocol'
import {
  publishInWarmEngine,
  warmEngineWanted,
  warmUpEngine,
} from '@mahjar/publish/release/warm-engine'
import { cliArgs, runCli, UsageError } from './lib/cli.ts'

/** Payload, loaded and booted only when used: a build handed its snapshot never needs it. */
async function bootPayload() {
  const { bootPayload: boot } = await import('@mahjar/cms/boot')
  return boot()
}

type Payload = Awaited<ReturnType<typeof bootPayload>>

/** Exports the published snapshot into a temporary folder; returns it and how to remove it. */
async function exportPublished(
  payload: Payload,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const { exportSnapshot, leftOffReport } = await import('@mahjar/cms/snapshot/export')
  const work = await mkdtemp(path.join(tmpdir(), 'mahjar-export-'))
  const dir = path.join(work, 'snapshot')
  const leftOff = leftOffReport(await exportSnapshot(payload, dir))
  if (leftOff !== '') process.stdout.write(`${leftOff}\n`)
  return { dir, remove: () => rm(work, { recursive: true, force: true }) }
}

/** Registers the URLs a live release serves: promised from now on. */
async function registerServed(payload: Payload, result: PublishResult): Promise<void> {
  if (!result.activated || result.servedFile === undefined) return
  const { registerPermalinks } = await import('@mahjar/cms/permalinks/register')
  const served = JSON.parse(await readFile(result.servedFile, 'utf8')) as string[]
  const { added } = await registerPermalinks(payload, served)
  process.stdout.write(`${String(added)} URLs new in the permalink registry\n`)
}

runCli(import.meta.url, async () => {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      'no-activate': { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      record: { type: 'string' },
      snapshot: { type: 'string' },
      [whenExportedOption]: { type: 'boolean', default: false },
      'warm-up': { type: 'boolean', default: false },
    },
  })
  if (values['warm-up']) {
    if (values.snapshot !== undefined || values.record !== undefined || values.full)
      throw new UsageError('--warm-up builds the live release again: it takes no other option')
    const ended = warmEngineWanted()
      ? await warmUpEngine((text) => process.stdout.write(text))
      : 'unavailable'
    if (ended === 'unavailable') process.stdout.write(`${warmedUpSaid} no warm engine took it\n`)
    process.exit(ended === 'unavailable' || ended.ok ? 0 : 1)
  }
  const startedAt = new Date()
  const reason = values.record
  const handed = values.snapshot
  const echo = (line: string) => process.stdout.write(`${line}\n`)
  if (values[whenExportedOption] && handed === undefined)
    throw new UsageError(`--${whenExportedOption} waits for a --snapshot the caller exports`)
  // Awaited before the snapshot is read; meanwhile this command loads what it needs.
  const handedOver = values[whenExportedOption] ? exportCompleted(process.stdin) : Promise.resolve()
  handedOver.catch(() => undefined)
  // A publish (the CMS's): built by the warm engine when one can take it. The engine and the
  // rest of this command are loaded only when it cannot: they took 0.45 s of each publish.
  if (
    handed !== undefined &&
    reason === undefined &&
    !values.full &&
    !values['no-activate'] &&
    warmEngineWanted()
  ) {
    await handedOver
    const ended = await publishInWarmEngine(handed, (text) => process.stdout.write(text))
    if (ended !== 'unavailable') {
      if (ended.resultLine === undefined) throw new Error(ended.error ?? 'the warm engine failed')
      echo(ended.resultLine)
      if (ended.activated) await consolidate(echo)
      process.exit(ended.ok ? 0 : 1)
    }
  }
  const { progressLine } = await import('@mahjar/publish/protocol')
  const { buildRelease } = await import('@mahjar/publish/release/build-release')
  const { stopSearchConsolidation } = await import('@mahjar/publish/release/consolidate-search')
  const { env } = await import('./lib/env.ts')
  const payload = reason !== undefined || handed === undefined ? await bootPayload() : undefined
  const record = reason === undefined ? undefined : await import('@mahjar/cms/builds/record')
  const recorded = payload && (await record?.recordBuildStart(payload, startedAt, [reason ?? '']))
  const exported =
    payload && handed === undefined
      ? await exportPublished(payload).catch(async (error: unknown) => {
          // Listed as failed in Site builds, as when the export was a build step.
          const message = error instanceof Error ? error.message : String(error)
          if (recorded !== undefined)
            await record?.recordBuildEnd(payload, recorded, startedAt, {
              ok: false,
              error: `export the published snapshot: ${message}`,
            })
          throw error
        })
      : undefined
  const snapshot = handed ?? exported?.dir
  if (snapshot === undefined) throw new Error('build-site: no snapshot to build from')
  let result: PublishResult
  try {
    await handedOver
    await stopSearchConsolidation(env.RELEASES_DIR)
    result = await buildRelease({
      releasesDir: env.RELEASES_DIR,
      activate: !values['no-activate'],
      full: values.full,
      echo,
      snapshot,
    })
    if (payload && handed === undefined) await registerServed(payload, result)
  } finally {
    await exported?.remove()
  }
  if (payload && recorded !== undefined) {
    const log = await readFile(result.logFile, 'utf8').catch(() => '')
    await record?.recordBuildEnd(payload, recorded, startedAt, {
      ...result,
      logTail: log.trimEnd().split('\n').slice(-60).join('\n'),
    })
  }
  process.stdout.write(`${progressLine({ kind: 'result', result })}\n`)
  if (result.activated) await consolidate(echo)
  process.exit(result.ok ? 0 : 1)
})

/** After the result line: old releases removed, a search delta replaced by the full index. */
async function consolidate(echo: (line: string) => void): Promise<void> {
  const { consolidateSearch } = await import('@mahjar/publish/release/consolidate-search')
  const { env } = await import('./lib/env.ts')
  await consolidateSearch(env.RELEASES_DIR, { echo, quietMs: env.SEARCH_REBUILD_QUIET_MS })
}
