/**
 * A snapshot folder for comparison: every file as raw JSON, timestamps left out (an export is
 * compared with the expected one file by file, before any schema could hide a difference).
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { existsSync } from 'node:fs'
import { readCollectionFile, readCollectionFileSync } from '@mahjar/publish/snapshot'
import type { CollectionSlug } from '@mahjar/shared/schemas/collections'
import {
  withdrawalsFileSchema,
  type PublishedDocument,
  type Withdrawal,
} from '@mahjar/shared/schemas/snapshot'
import { readSnapshotFileSync } from '@mahjar/shared/snapshot-file'

const timestamps = new Set(['createdAt', 'updatedAt', 'generatedAt'])

function withoutTimestamps(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimestamps)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !timestamps.has(key))
        .map(([key, item]) => [key, withoutTimestamps(item)]),
    )
  }
  return value
}

export async function readSnapshotDir(dir: string): Promise<Record<string, unknown>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()
  const entries = await Promise.all(
    names.map(async (name) => {
      const data: unknown = JSON.parse(await readFile(path.join(dir, name), 'utf8'))
      return [name, withoutTimestamps(data)] as const
    }),
  )
  return Object.fromEntries(entries)
}

/** A collection's documents, read and validated as the engine reads them. */
export async function readSnapshotDocs(
  dir: string,
  collection: CollectionSlug,
): Promise<Record<string, unknown>[]> {
  return (await readCollectionFile(dir, collection)).docs
}

/**
 * A collection's documents, validated and typed as the engine reads them, synchronously: for the
 * case lists a test file builds when it is collected (which pages to visit).
 */
export function snapshotDocs<C extends CollectionSlug>(
  dir: string,
  collection: C,
): PublishedDocument<C>[] {
  return readCollectionFileSync(dir, collection).docs
}

/** The items the snapshot says were taken off the site (none when it has no withdrawals file). */
export function snapshotWithdrawals(dir: string): Withdrawal[] {
  if (!existsSync(path.join(dir, 'withdrawals.json'))) return []
  return readSnapshotFileSync(dir, 'withdrawals.json', withdrawalsFileSchema, {
    what: 'withdrawals',
  }).docs
}
