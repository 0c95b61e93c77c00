/**
 * Start-up recovery of the publishing pipeline, run by the jobs runner when the CMS starts (a
 * restart after a crash included). A crash during a build leaves three things behind: a Builds
 * row still "running", a `site` job row still "processing" (Payload never picks it up again) and
 * a change that is in the database but not on the site. Here the rows are closed with a reason an
 * editor can read, and one rebuild is queued (debounced like a publish) when a build was cut
 * short or a site document changed after the last build that ran to its end: the pending change
 * goes live without another publish. (Half-built release folders are removed by `pnpm start`,
 * which owns them: publish/src/release/build-release.ts.)
 */
import { createLocalReq, type Payload } from 'payload'
import { reasonsOf, rebuildTask, scheduleRebuild } from './scheduleRebuild.ts'

export const interruptedBuildError =
  'Interrupted: the CMS stopped during this build. It was run again when the CMS restarted. / توقف نظام إدارة المحتوى أثناء هذا البناء، فأُعيد تشغيله عند إعادة التشغيل.'

/** Closes Builds rows left "running": they will never finish. Returns how many. */
async function closeInterruptedBuildRows(payload: Payload): Promise<number> {
  const result = await payload.update({
    collection: 'builds',
    where: { status: { equals: 'running' } },
    data: { status: 'failed', error: interruptedBuildError },
    depth: 0,
  })
  return result.docs.length
}

/** Marks `site` jobs left "processing" as failed with the reason; returns their reasons. */
async function failStuckJobs(payload: Payload): Promise<string[]> {
  const stuck = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: rebuildTask } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
      ],
    },
    limit: 100,
    depth: 0,
  })
  for (const job of stuck.docs) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { processing: false, hasError: true, error: { message: interruptedBuildError } },
      depth: 0,
    })
  }
  return stuck.docs.flatMap((job) => reasonsOf(job.input))
}

/** Site documents whose stored (published) row changed after the last build that ran to its end. */
async function changedSinceLastBuild(
  payload: Payload,
  collections: readonly string[],
): Promise<string[]> {
  const last = await payload.find({
    collection: 'builds',
    where: { finishedAt: { exists: true } },
    sort: '-startedAt',
    limit: 1,
    depth: 0,
  })
  // No build through the CMS yet: `pnpm start` built the first release from this database.
  const since = last.docs[0]?.startedAt
  if (!since) return []
  const changed: string[] = []
  for (const collection of collections) {
    const { totalDocs } = await payload.count({
      collection: collection as 'findings',
      where: { updatedAt: { greater_than: since } },
    })
    if (totalDocs > 0) changed.push(`${collection} (${String(totalDocs)})`)
  }
  return changed
}

export async function recoverBuilds(
  payload: Payload,
  siteCollections: readonly string[],
): Promise<void> {
  const closedRows = await closeInterruptedBuildRows(payload)
  const interrupted = await failStuckJobs(payload)
  const changed = await changedSinceLastBuild(payload, siteCollections)
  if (closedRows === 0 && interrupted.length === 0 && changed.length === 0) return
  const reasons = [
    ...(closedRows > 0 || interrupted.length > 0
      ? [`recovery: a build was interrupted when the CMS stopped`]
      : []),
    ...(changed.length > 0
      ? [`recovery: changed after the last build: ${changed.join(', ')}`]
      : []),
    ...interrupted,
  ]
  const req = await createLocalReq({}, payload)
  for (const reason of reasons) await scheduleRebuild(req, reason)
  payload.logger.warn(`Site build recovery at start-up: ${reasons.join('; ')}`)
}
