/**
 * Reads the published snapshot for the search index: every collection file validated with the
 * shared schema, so a malformed snapshot fails here with its file and path, not as an empty index.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { snapshotFileSchema, type PublishedDocument } from '@mahjar/shared/schemas/snapshot'
import type { CollectionSlug } from '@mahjar/shared/schemas/collections'

export type Snapshot = { [C in CollectionSlug]: PublishedDocument<C>[] }

const collections = [
  'themes',
  'audiences',
  'reports',
  'findings',
  'recommendations',
  'practices',
  'campaign-editions',
  'stories',
] as const satisfies readonly CollectionSlug[]

async function readCollection<C extends CollectionSlug>(
  dir: string,
  collection: C,
): Promise<PublishedDocument<C>[]> {
  const file = path.join(dir, `${collection}.json`)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new Error(
      `Cannot read snapshot file ${file}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Run "pnpm export" or "pnpm --filter @mahjar/scripts run snapshot:content" first.',
    )
  }
  const result = snapshotFileSchema(collection).safeParse(raw)
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 10)
      .map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid snapshot file ${file}:\n${issues.join('\n')}`)
  }
  return result.data.docs
}

export async function readSnapshot(dir: string): Promise<Snapshot> {
  const entries = await Promise.all(
    collections.map(async (collection) => [collection, await readCollection(dir, collection)]),
  )
  return Object.fromEntries(entries) as Snapshot
}
