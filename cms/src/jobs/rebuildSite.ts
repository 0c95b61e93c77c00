/**
 * The `rebuildSite` task (queue `site`): builds the live site once for every publish queued
 * before it started. Pending duplicates are folded into this run (their reasons kept); a
 * publish during the build queues exactly one follow-up (src/jobs/scheduleRebuild.ts). A failed
 * build is recorded (Builds collection) and the job completes: the previous release stays live,
 * and the next publish tries again.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'
import { whenExportedOption } from '@mahjar/publish/handover'
import { publishResultSchema, type PublishResult } from '@mahjar/publish/protocol'
import { shellQuote } from '@mahjar/shared/shell'
import { env } from '../env.ts'
import { recordBuildEnd, recordBuildStart } from '../collections/Builds/record.ts'
import { registerPermalinks } from '../collections/Permalinks/register.ts'
import { exportSnapshot, leftOffReport } from '../snapshot/export.ts'
import { exportMemory } from '../snapshot/export-memory.ts'
import { runBuildCommand, type BuildCommandOutcome } from './runBuildCommand.ts'
import { pendingRebuilds, reasonsOf, rebuildTask, scheduleRebuild } from './scheduleRebuild.ts'

/** Why a build follows one that another build beat to the site (the Builds list shows it). */
const supersededReason = 'another build went live first: building again with its changes'

async function foldPendingInto(payload: Payload, jobId: string | number): Promise<string[]> {
  const pending = await payload.find({
    collection: 'payload-jobs',
    where: { and: [pendingRebuilds, { id: { not_equals: jobId } }] },
    limit: 100,
    depth: 0,
  })
  if (pending.docs.length === 0) return []
  await payload.delete({
    collection: 'payload-jobs',
    where: { id: { in: pending.docs.map((doc) => doc.id) } },
  })
  return pending.docs.flatMap((doc) => reasonsOf(doc.input))
}

/**
 * Exports the published snapshot here, where Payload is booted already, and hands it to the build
 * command (`--snapshot`), so the build never boots Payload: that boot was most of the export step
 * (5 s of CPU quiet, 9–22 s of each publish's build in a loaded CI run, against 0.25 s for the
 * export itself). The URLs the new release serves are registered here once it is live.
 */
/** A build's outcome, with its result as the engine's protocol defines it when it gave one. */
type PublishOutcome = BuildCommandOutcome & { readonly published?: PublishResult | undefined }

async function buildFromExport(payload: Payload, command: string): Promise<PublishOutcome> {
  const work = await mkdtemp(path.join(tmpdir(), 'mahjar-export-'))
  try {
    const snapshotDir = path.join(work, 'snapshot')
    // The command starts beside the export and waits for it (@mahjar/publish/handover).
    let exportEnded: (ok: boolean) => void = () => undefined
    const exported = new Promise<boolean>((resolve) => {
      exportEnded = resolve
    })
    const running = runBuildCommand(
      `${command} --snapshot ${shellQuote(snapshotDir)} --${whenExportedOption}`,
      exported,
    )
    let leftOff: string
    try {
      leftOff = leftOffReport(await exportSnapshot(payload, snapshotDir))
      exportEnded(true)
    } catch (error) {
      exportEnded(false)
      // The command ends with nothing built; the export folder is removed once it has.
      await running
      const message = error instanceof Error ? error.message : String(error)
      return { ok: false, error: `export the published snapshot: ${message}`, logTail: '' }
    }
    // Where the editor (Site builds) and the log reader look.
    if (leftOff !== '') payload.logger.warn(leftOff)
    const built = await running
    const outcome = leftOff === '' ? built : { ...built, logTail: `${leftOff}\n${built.logTail}` }
    const published = publishResultSchema.safeParse(outcome.result).data
    const servedFile = published?.servedFile
    if (outcome.ok && published?.activated === true && servedFile !== undefined) {
      // Live now, so promised from now on. A failure here (or a crash before it) is mended by
      // the next build, which registers them again as long as they are published.
      try {
        const served = JSON.parse(await readFile(servedFile, 'utf8')) as string[]
        const { rows } = await registerPermalinks(payload, served)
        exportMemory(payload).permalinksRegistered(rows)
      } catch (error) {
        payload.logger.error({ err: error, msg: 'Could not register the live URLs' })
      }
    }
    return { ...outcome, published }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

export const rebuildSiteTask: TaskConfig<{
  input: { reasons: string[] }
  output: { ok: boolean; release: string }
}> = {
  slug: rebuildTask,
  label: 'Rebuild the site',
  retries: 0,
  inputSchema: [{ name: 'reasons', type: 'json', required: true }],
  outputSchema: [
    { name: 'ok', type: 'checkbox' },
    { name: 'release', type: 'text' },
  ],
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const command = env.siteBuildCommand
    const reasons = [...reasonsOf(input), ...(await foldPendingInto(payload, job.id))]
    const startedAt = new Date()
    const buildId = await recordBuildStart(payload, startedAt, reasons)
    const outcome: PublishOutcome = command
      ? await buildFromExport(payload, command)
      : {
          ok: false,
          error: 'SITE_BUILD_COMMAND is not set: nothing can build the site',
          logTail: '',
        }
    await recordBuildEnd(payload, buildId, startedAt, outcome)
    if (outcome.published?.superseded === true) {
      // Another build (`pnpm build`) went live while this one ran, so this one stayed off the
      // site (one writer): its changes go out with the next build, queued now.
      payload.logger.warn(`Site build left not live: ${outcome.error ?? ''}`)
      await scheduleRebuild(req, supersededReason)
    } else if (!outcome.ok) payload.logger.error(`Site build failed: ${outcome.error ?? ''}`)
    return { output: { ok: outcome.ok, release: outcome.release ?? '' } }
  },
}
