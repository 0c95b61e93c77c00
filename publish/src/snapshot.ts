/**
 * Reads the published snapshot (`<dir>/<collection>.json`) for every output built beside the
 * pages (search index, open data, share cards, permalink check), each file validated by the
 * shared schemas through the one snapshot reader (`@mahjar/shared/snapshot-file`): an error
 * names the file and the document.
 */
import { collectionRegistry } from '@mahjar/shared/collections'
import {
  collectionSlugs,
  naturalKey,
  type CollectionSlug,
} from '@mahjar/shared/schemas/collections'
import { snapshotFileSchema, type PublishedDocument } from '@mahjar/shared/schemas/snapshot'
import { readSnapshotFile, readSnapshotFileSync } from '@mahjar/shared/snapshot-file'

export type Snapshot = { [C in CollectionSlug]: PublishedDocument<C>[] }

/** Where a collection's file is and how it is read: its file name, schema and names in errors. */
function collectionFile<C extends CollectionSlug>(collection: C) {
  return [
    collectionRegistry[collection].snapshotFile,
    snapshotFileSchema(collection),
    { what: collection, nameOf: (doc: Record<string, unknown>) => naturalKey(collection, doc) },
  ] as const
}

/** One collection's file, whole (`generatedAt` included). */
export function readCollectionFile<C extends CollectionSlug>(dir: string, collection: C) {
  return readSnapshotFile(dir, ...collectionFile(collection))
}

/** `readCollectionFile`, synchronous (the tests' case lists are built when they are collected). */
export function readCollectionFileSync<C extends CollectionSlug>(dir: string, collection: C) {
  return readSnapshotFileSync(dir, ...collectionFile(collection))
}

/**
 * When the snapshot was exported (every file of one export carries the same time): the date the
 * outputs built from it give, so two builds of one snapshot write the same bytes.
 */
export async function snapshotGeneratedAt(dir: string): Promise<string> {
  return (await readCollectionFile(dir, 'themes')).generatedAt
}

export async function readSnapshot(dir: string): Promise<Snapshot> {
  const entries = await Promise.all(
    collectionSlugs.map(async (collection) => [
      collection,
      (await readCollectionFile(dir, collection)).docs,
    ]),
  )
  return Object.fromEntries(entries) as Snapshot
}
