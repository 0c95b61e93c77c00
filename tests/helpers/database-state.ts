/**
 * Everything a CMS test database holds, as one comparable string: every document of every
 * collection (drafts, all locales) and every version. A refused request must leave it identical.
 */
import type { Payload } from './payload.ts'

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
