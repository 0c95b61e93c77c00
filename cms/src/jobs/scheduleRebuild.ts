/**
 * The rebuild queue: its task and queue names, the jobs waiting in it, and queuing a site rebuild,
 * debounced: if a rebuild job is still waiting, its start is pushed to
 * REBUILD_DEBOUNCE_MS after now (and the reason added); otherwise a new job waits that long. So
 * a burst of publishes gives one build, and publishes during a build give one follow-up.
 * Runs inside the publishing request's transaction (`req`), so a rolled-back save queues nothing.
 */
import type { PayloadRequest, Where } from 'payload'
import { env } from '../env.ts'

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

export function reasonsOf(input: unknown): string[] {
  const reasons = (input as { reasons?: unknown } | null)?.reasons
  return Array.isArray(reasons) ? reasons.filter((r): r is string => typeof r === 'string') : []
}

const maxReasons = 50

export function rebuildsEnabled(): boolean {
  return env.siteBuildCommand !== undefined
}

export async function scheduleRebuild(req: PayloadRequest, reason: string): Promise<void> {
  if (!rebuildsEnabled()) return
  const { payload } = req
  const waitUntil = new Date(Date.now() + env.rebuildDebounceMs)
  const pending = await payload.find({
    collection: 'payload-jobs',
    where: pendingRebuilds,
    limit: 1,
    depth: 0,
    req,
  })
  const job = pending.docs[0]
  if (job) {
    const reasons = [...reasonsOf(job.input), reason].slice(-maxReasons)
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: waitUntil.toISOString(), input: { reasons } },
      depth: 0,
      req,
    })
    return
  }
  await payload.jobs.queue({
    task: rebuildTask,
    queue: rebuildQueue,
    input: { reasons: [reason] },
    waitUntil,
    req,
  })
}
