/**
 * The rebuild queue: its task and queue names, the jobs waiting in it, and queuing a site rebuild,
 * debounced: if a rebuild job is still waiting, its start is pushed to
 * REBUILD_DEBOUNCE_MS after now (and the reason added); otherwise a new job waits that long. So
 * publishes during a build give one follow-up. The default debounce is 0: a publish builds at
 * once (the 0.25 s it was cost every publish that much), and a burst gives a build for its first
 * publish and one for the rest.
 * Runs inside the publishing request's transaction (`req`), so a rolled-back save queues nothing.
 */
import type { Payload, PayloadRequest, Where } from 'payload'
import { env } from '../env.ts'

export const rebuildTask = 'rebuildSite'
export const rebuildQueue = 'site'
/** How often the runner looks for a due rebuild (sitePublishing.ts): every second. */
export const rebuildRunnerCron = '* * * * * *'

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

/** Whether this process runs the rebuild jobs (not a build, not a process told not to). */
export function runsRebuilds(): boolean {
  return rebuildsEnabled() && env.jobsRunner && !env.buildPhase
}

/** How often, and for how long after it is due, a wake looks again for a job not yet seen. */
const lookAgainMs = 25
const lookForMs = 2_000

/**
 * Runs the rebuild queue once the job queued now is due, instead of at the runner's next tick:
 * 0-1 s later, half a second of every publish on average (bench:publish, 5 December: the job
 * began 0.5-1.3 s after Publish with a 0.25 s debounce). Through the runner's own cron, only when
 * it is idle: while a build runs, the job waits for the tick after it, as before. The job is
 * queued inside the publishing request's transaction, which commits a moment after: a wake that
 * does not see it yet looks again every 25 ms (with no debounce it is due at once). A timer that
 * fires early (the debounce was pushed back since) finds nothing due, and the later one runs it.
 */
function wakeRunnerWhenDue(payload: Payload, due: Date): void {
  if (!runsRebuilds()) return
  const giveUpAt = due.getTime() + lookForMs
  const wake = async (): Promise<void> => {
    const runner = payload.crons.find((cron) => cron.getPattern() === rebuildRunnerCron)
    if (!runner || runner.isBusy()) return
    // Read outside that transaction: the job is seen once it has committed.
    const { totalDocs } = await payload.count({
      collection: 'payload-jobs',
      where: pendingRebuilds,
    })
    if (totalDocs > 0) void runner.trigger()
    else if (Date.now() < giveUpAt) later(lookAgainMs)
  }
  const later = (ms: number) => {
    const timer = setTimeout(() => {
      wake().catch((error: unknown) => {
        payload.logger.error({ err: error, msg: 'Could not wake the rebuild runner' })
      })
    }, ms)
    timer.unref()
  }
  // A few milliseconds past it: the queue runs jobs whose waitUntil is before now.
  later(due.getTime() - Date.now() + 20)
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
  } else {
    await payload.jobs.queue({
      task: rebuildTask,
      queue: rebuildQueue,
      input: { reasons: [reason] },
      waitUntil,
      req,
    })
  }
  wakeRunnerWhenDue(payload, waitUntil)
}
