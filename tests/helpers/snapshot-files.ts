/** Reads a snapshot folder for comparison: every file, timestamps left out. */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

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

export async function readSnapshotDocs(
  dir: string,
  collection: string,
): Promise<Record<string, unknown>[]> {
  const data = JSON.parse(await readFile(path.join(dir, `${collection}.json`), 'utf8')) as {
    docs: Record<string, unknown>[]
  }
  return data.docs
}
