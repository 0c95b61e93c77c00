/**
 * Reads the published snapshot (`<SNAPSHOT_DIR>/<collection>.json`) for every post-build step
 * (search index, open data, share cards, permalink check),
 * validated by the shared schemas; an error names the file and the document.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { collectionRegistry } from '@mahjar/shared/collections'
import {
  collectionSlugs,
  naturalKey,
  type CollectionSlug,
} from '@mahjar/shared/schemas/collections'
import { snapshotFileSchema, type PublishedDocument } from '@mahjar/shared/schemas/snapshot'

export type Snapshot = { [C in CollectionSlug]: PublishedDocument<C>[] }

export class SnapshotReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SnapshotReadError'
  }
}

async function readCollection<C extends CollectionSlug>(
  dir: string,
  collection: C,
): Promise<PublishedDocument<C>[]> {
  const file = path.join(dir, collectionRegistry[collection].snapshotFile)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new SnapshotReadError(
      `Cannot read snapshot file ${file}: ${error instanceof Error ? error.message : String(error)}. Run the export (or snapshot:content) first, or set SNAPSHOT_DIR.`,
    )
  }
  const result = snapshotFileSchema(collection).safeParse(raw)
  if (!result.success) {
    const docs = (raw as { docs?: unknown[] }).docs ?? []
    const lines = result.error.issues.slice(0, 10).map((issue) => {
      const [first, index, ...rest] = issue.path
      const doc = first === 'docs' && typeof index === 'number' ? docs[index] : undefined
      const name =
        doc && typeof doc === 'object'
          ? ` (${naturalKey(collection, doc as Record<string, unknown>)})`
          : ''
      return `  ${issue.path.slice(0, 2).map(String).join('.')}${name} ${rest.map(String).join('.')}: ${issue.message}`
    })
    throw new SnapshotReadError(`Invalid snapshot file ${file}:\n${lines.join('\n')}`)
  }
  return result.data.docs
}

/**
 * When the snapshot was exported (every file of one export carries the same time): the date the
 * outputs built from it give, so two builds of one snapshot write the same bytes.
 */
export async function snapshotGeneratedAt(dir: string): Promise<string> {
  const file = path.join(dir, collectionRegistry.themes.snapshotFile)
  const raw = JSON.parse(await readFile(file, 'utf8')) as { generatedAt?: unknown }
  if (typeof raw.generatedAt !== 'string' || Number.isNaN(Date.parse(raw.generatedAt)))
    throw new SnapshotReadError(`Snapshot file ${file} has no valid generatedAt`)
  return raw.generatedAt
}

export async function readSnapshot(dir: string): Promise<Snapshot> {
  const entries = await Promise.all(
    collectionSlugs.map(async (collection) => [collection, await readCollection(dir, collection)]),
  )
  return Object.fromEntries(entries) as Snapshot
}
