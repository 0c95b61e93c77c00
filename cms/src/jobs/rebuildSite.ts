/**
 * The `rebuildSite` task (queue `site`): builds the live site once for every publish queued
 * before it started. Pending duplicates are folded into this run (their reasons kept); a
 * publish during the build queues exactly one follow-up (src/jobs/queueRebuild.ts). A failed
 * build is recorded (Builds collection) and the job completes: the previous release stays live,
 * and the next publish tries again.
 */
import type { Payload, TaskConfig, Where } from 'payload'
import { env } from '../env.ts'
import { recordBuildEnd, recordBuildStart } from '../collections/Builds/record.ts'
import { runBuildCommand } from './runBuildCommand.ts'

export const rebuildTask = 'rebuildSite'
export const rebuildQueue = 'site'

/** Rebuild jobs waiting to run (not started, not finished). */
export const pendingRebuilds: Where = {
  and: [
    { taskSlug: { equals: rebuildTask } },
    { processing: { equals: false } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
  ],
}

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

export function reasonsOf(input: unknown): string[] {
  const reasons = (input as { reasons?: unknown } | null)?.reasons
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : []
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
    const outcome = command
      ? await runBuildCommand(command)
      : {
          ok: false,
          error: 'SITE_BUILD_COMMAND is not set: nothing can build the site',
          logTail: '',
        }
    await recordBuildEnd(payload, buildId, startedAt, outcome)
    if (!outcome.ok) payload.logger.error(`Site build failed: ${outcome.error ?? ''}`)
    return { output: { ok: outcome.ok, release: outcome.release ?? '' } }
  },
}
