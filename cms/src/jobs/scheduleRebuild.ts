/**
 * Queues a site rebuild, debounced: if a rebuild job is still waiting, its start is pushed to
 * REBUILD_DEBOUNCE_MS after now (and the reason added); otherwise a new job waits that long. So
 * a burst of publishes gives one build, and publishes during a build give one follow-up.
 * Runs inside the publishing request's transaction (`req`), so a rolled-back save queues nothing.
 */
import type { PayloadRequest } from 'payload'
import { env } from '../env.ts'
import { pendingRebuilds, reasonsOf, rebuildQueue, rebuildTask } from './rebuildSite.ts'

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
