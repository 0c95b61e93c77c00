/**
 * Reads the published snapshot (`<dir>/<collection>.json`) for every output built beside the
 * pages (search index, open data, share cards, permalink check), each file validated by the
 * shared schemas through the one snapshot reader (`@mahjar/shared/snapshot-file`): an error
 * names the file and the document.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { collectionRegistry } from '@mahjar/shared/collections'
import {
  collectionSlugs,
  naturalKey,
  type CollectionSlug,
} from '@mahjar/shared/schemas/collections'
import { snapshotFileSchema, type PublishedDocument } from '@mahjar/shared/schemas/snapshot'
import {
  readSnapshotFile,
  readSnapshotFileReusing,
  readSnapshotFileSync,
  type KnownDocuments,
} from '@mahjar/shared/snapshot-file'

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

/** Snapshots this process read, by folder, with the files they were read from (`signature`). */
const snapshotsRead = new Map<string, { signature: string; snapshot: Promise<Snapshot> }>()

/** A build reads two snapshots (the live release's and its own), a background rebuild a third. */
const snapshotsKept = 3

/** The collection files' identity, size and time: any write or swap of one changes it. */
async function filesSignature(dir: string): Promise<string> {
  const stats = await Promise.all(
    collectionSlugs.map((collection) =>
      stat(path.join(dir, collectionRegistry[collection].snapshotFile), {
        bigint: true,
      }).then(
        ({ ino, size, mtimeNs }) => `${String(ino)}:${String(size)}:${String(mtimeNs)}`,
        () => 'missing',
      ),
    ),
  )
  return stats.join(',')
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const item of Object.values(value)) deepFreeze(item)
  }
  return value
}

/**
 * Each collection's documents as last read (snapshot-file.ts `readSnapshotFileReusing`): an
 * unchanged document of the next snapshot is the same frozen object, so what is made from it can
 * be kept by the object (shared/src/document-memo.ts).
 */
const knownDocuments = new Map<CollectionSlug, KnownDocuments>()

async function readSnapshotFiles(dir: string): Promise<Snapshot> {
  const entries = await Promise.all(
    collectionSlugs.map(async (collection) => {
      const [name, schema, options] = collectionFile(collection)
      const known = knownDocuments.get(collection) ?? new Map<string, unknown>()
      knownDocuments.set(collection, known)
      const file = await readSnapshotFileReusing(
        dir,
        name,
        { file: schema, doc: schema.shape.docs.element },
        options,
        known,
      )
      return [collection, file.docs]
    }),
  )
  return deepFreeze(Object.fromEntries(entries) as Snapshot)
}

/**
 * Every published document of the snapshot in `dir`, frozen. Read and validated once per process
 * while its files stay the same: a partial build's steps (search index, open data, share cards,
 * permalink check, the pages' plan) each ask for it, and each read took 0.35 s at 10,000
 * recommendations.
 */
export async function readSnapshot(dir: string): Promise<Snapshot> {
  const key = path.resolve(dir)
  const signature = await filesSignature(key)
  const known = snapshotsRead.get(key)
  if (known?.signature === signature) return known.snapshot
  const snapshot = readSnapshotFiles(key)
  snapshotsRead.delete(key)
  snapshotsRead.set(key, { signature, snapshot })
  // A failed read is not kept: the next call reads (and reports) again.
  snapshot.catch(() => {
    if (snapshotsRead.get(key)?.snapshot === snapshot) snapshotsRead.delete(key)
  })
  for (const oldest of snapshotsRead.keys()) {
    if (snapshotsRead.size <= snapshotsKept) break
    snapshotsRead.delete(oldest)
  }
  return snapshot
}
