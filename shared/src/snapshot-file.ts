/**
 * Reading one file of a published snapshot (`<dir>/<name>.json`), validated by its shared schema:
 * the one reader under the engine's `readSnapshot`, the site's content loaders and the permalink
 * guard. A missing, unreadable, malformed or invalid file throws a SnapshotReadError that names
 * the file and, for a document, its natural key and the field.
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { z } from 'zod'

export class SnapshotReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SnapshotReadError'
  }
}

export interface SnapshotFileOptions {
  /** What the file holds, as the messages name it ("findings", "redirects"). */
  readonly what: string
  /** A document's name in messages (its natural key), from the raw document. */
  readonly nameOf?: (doc: Record<string, unknown>) => string
}

const shownIssues = 20

/** One schema issue as every snapshot message words it: `docs.3.title.ar: Too short`. */
export function describeIssue(issue: {
  readonly path: readonly PropertyKey[]
  readonly message: string
}): string {
  return `${issue.path.map(String).join('.')}: ${issue.message}`
}

/** The error for a file whose content does not match its schema: one line per issue. */
function invalidSnapshotFile(
  file: string,
  raw: unknown,
  issues: readonly z.core.$ZodIssue[],
  { what, nameOf }: SnapshotFileOptions,
): SnapshotReadError {
  const docs = (raw as { docs?: unknown } | null)?.docs
  const lines = issues.slice(0, shownIssues).map((issue) => {
    const [first, index, ...rest] = issue.path
    const doc: unknown =
      first === 'docs' && typeof index === 'number' && Array.isArray(docs) ? docs[index] : undefined
    if (doc === undefined || typeof doc !== 'object' || doc === null || !nameOf)
      return `  ${describeIssue(issue)}`
    const name = nameOf(doc as Record<string, unknown>)
    return `  docs[${String(index)}] (${name}) ${rest.map(String).join('.')}: ${issue.message}`
  })
  const more =
    issues.length > shownIssues ? `\n  … and ${String(issues.length - shownIssues)} more` : ''
  return new SnapshotReadError(`Invalid ${what} in ${file}:\n${lines.join('\n')}${more}`)
}

/** Parses and validates the text `read` returns; every failure is a SnapshotReadError. */
function parseSnapshotFile<T>(
  file: string,
  read: () => string,
  schema: z.ZodType<T>,
  options: SnapshotFileOptions,
): T {
  let raw: unknown
  try {
    raw = JSON.parse(read())
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new SnapshotReadError(
      `Cannot read the snapshot's ${options.what} ${file}: ${reason}. Run "pnpm export" (or the snapshot:content script), or set SNAPSHOT_DIR.`,
    )
  }
  const result = schema.safeParse(raw)
  if (!result.success) throw invalidSnapshotFile(file, raw, result.error.issues, options)
  return result.data
}

export async function readSnapshotFile<T>(
  dir: string,
  name: string,
  schema: z.ZodType<T>,
  options: SnapshotFileOptions,
): Promise<T> {
  const file = path.join(dir, name)
  const text = await readFile(file, 'utf8').catch((error: unknown) => error)
  return parseSnapshotFile(
    file,
    () => {
      if (typeof text !== 'string') throw text
      return text
    },
    schema,
    options,
  )
}

/** `readSnapshotFile` for callers that cannot wait (a test's case list, built when it is collected). */
export function readSnapshotFileSync<T>(
  dir: string,
  name: string,
  schema: z.ZodType<T>,
  options: SnapshotFileOptions,
): T {
  const file = path.join(dir, name)
  return parseSnapshotFile(file, () => readFileSync(file, 'utf8'), schema, options)
}
