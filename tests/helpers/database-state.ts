/**
 * Everything a CMS test database holds, as one comparable string: every document of every
 * collection (drafts, all locales) and every version. A refused request must leave it identical.
 */
import type { Payload } from './payload.ts'

/**
 * Rows the clock writes, not a request: the jobs runner queues the hourly purge of expired
 * submissions (cms/src/submissions/retention.ts) whenever a minute turns.
 */
const notScheduled = (slug: string) =>
  slug === 'payload-jobs' ? { taskSlug: { not_equals: 'purgeSubmissions' } } : undefined

export async function databaseState(payload: Payload): Promise<string> {
  const parts: string[] = []
  for (const collection of payload.config.collections) {
    const slug = collection.slug as 'findings'
    const docs = await payload.find({
      collection: slug,
      locale: 'all',
      depth: 0,
      draft: true,
      pagination: false,
      showHiddenFields: true,
      sort: 'id',
      where: notScheduled(slug),
    })
    parts.push(`${slug}:${JSON.stringify(docs.docs)}`)
    if (collection.versions) {
      const versions = await payload.findVersions({
        collection: slug,
        locale: 'all',
        depth: 0,
        pagination: false,
        sort: 'id',
      })
      parts.push(`${slug}/versions:${JSON.stringify(versions.docs)}`)
    }
  }
  return parts.join('\n')
}

/**
 * A cheaper stand-in for `databaseState` when a test file holds hundreds of documents: per
 * collection, how many documents (or versions, where it keeps them) there are and when the latest
 * was written. Any write changes one of them (a create or delete a count, an update or a draft
 * save an `updatedAt` and the version count), so a refused request must leave it identical.
 */
export async function databaseFingerprint(payload: Payload): Promise<string> {
  const parts: string[] = []
  for (const collection of payload.config.collections) {
    const slug = collection.slug as 'findings'
    // Every write to a collection with versions writes or removes a version: they suffice.
    const written = collection.versions
      ? await payload.findVersions({ collection: slug, depth: 0, limit: 1, sort: '-updatedAt' })
      : await payload.find({
          collection: slug,
          depth: 0,
          limit: 1,
          sort: '-updatedAt',
          select: { updatedAt: true },
          where: notScheduled(slug),
        })
    parts.push(`${slug}:${String(written.totalDocs)}:${String(written.docs[0]?.updatedAt)}`)
  }
  return parts.join('\n')
}
