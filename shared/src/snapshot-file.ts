/**
 * Reading one file of a published snapshot (`<dir>/<name>.json`), validated by its shared schema:
 * the one reader under the engine's `readSnapshot`, the site's content loaders and the permalink
 * guard. A missing, unreadable, malformed or invalid file throws a SnapshotReadError that names
 * the file and, for a document, its natural key and the field.
 */
import { hash } from 'node:crypto'
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

/** The JSON in the text `read` returns; a failure is a SnapshotReadError. */
function parseJson(file: string, read: () => string, options: SnapshotFileOptions): unknown {
  try {
    return JSON.parse(read())
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new SnapshotReadError(
      `Cannot read the snapshot's ${options.what} ${file}: ${reason}. Run "pnpm export" (or the snapshot:content script), or set SNAPSHOT_DIR.`,
    )
  }
}

/** Parses and validates the text `read` returns; every failure is a SnapshotReadError. */
function parseSnapshotFile<T>(
  file: string,
  read: () => string,
  schema: z.ZodType<T>,
  options: SnapshotFileOptions,
): T {
  const raw = parseJson(file, read, options)
  const result = schema.safeParse(raw)
  if (!result.success) throw invalidSnapshotFile(file, raw, result.error.issues, options)
  return result.data
}

/**
 * What `readSnapshotFileReusing` keeps between two reads of a collection: each document it
 * validated, by the SHA-256 of its JSON bytes as read.
 */
export type KnownDocuments = Map<string, unknown>

/**
 * The last successful read with `known`: its bytes, where its `docs` array lies in them, and its
 * documents. A file whose `docs` array holds the same bytes (at 10,000 recommendations the
 * recommendations file when a finding is published: 24 MB, whose documents took 0.1-0.15 s to
 * find and hash in the warm Astro's content sync and as much in the engine, CPU profiles) is
 * compared, not taken apart: only its envelope, whose `generatedAt` moves on every export, is
 * read again.
 */
const lastReads = new WeakMap<
  KnownDocuments,
  { bytes: Buffer; from: number; to: number; docs: readonly unknown[] }
>()

/**
 * `readSnapshotFile` for a process that reads one collection's file again and again (the warm
 * engine: a new snapshot of 10,000 recommendations on every publish, 24 MB, 0.2 s to decode and
 * 0.4 s to validate): a document whose JSON bytes are those of one in `known` from the last read
 * is that read's object, neither decoded nor validated again (a schema's output depends on its
 * input alone). `known` then holds this read's documents. Errors and their messages are
 * `readSnapshotFile`'s.
 */
export async function readSnapshotFileReusing<T extends { readonly docs: readonly unknown[] }>(
  dir: string,
  name: string,
  schemas: { readonly file: z.ZodType<T>; readonly doc: z.ZodType<T['docs'][number]> },
  options: SnapshotFileOptions,
  known: KnownDocuments,
): Promise<T> {
  const file = path.join(dir, name)
  const bytes = await readFile(file).catch((error: unknown) => error)
  const read = () => {
    if (!(bytes instanceof Buffer)) throw bytes
    return bytes.toString('utf8')
  }
  const parseWhole = () => parseSnapshotFile(file, read, schemas.file, options)
  const spansOf = (buffer: Buffer) => {
    const last = lastReads.get(known)
    const from = last && docsSpans(buffer, { untilDocs: true })?.from
    if (!last || from === undefined) return docsSpans(buffer)
    // The same bytes from its `[` on as the last read's array: the same array, ending as far on.
    const to = from + (last.to - last.from)
    const same = buffer.subarray(from, to).equals(last.bytes.subarray(last.from, last.to))
    return same ? { from, to, items: undefined, docs: last.docs } : docsSpans(buffer)
  }
  const spans = bytes instanceof Buffer ? spansOf(bytes) : undefined
  // Not a file of documents this reader can take apart: read whole, with its errors.
  if (!(bytes instanceof Buffer) || !spans) return parseWhole()
  let envelope: z.ZodSafeParseResult<T>
  try {
    const around = Buffer.concat([
      bytes.subarray(0, spans.from),
      Buffer.from('[]'),
      bytes.subarray(spans.to),
    ])
    envelope = schemas.file.safeParse(JSON.parse(around.toString('utf8')))
  } catch {
    return parseWhole()
  }
  if (!envelope.success) return parseWhole()
  const remember = (docs: readonly unknown[]) => {
    lastReads.set(known, { bytes, from: spans.from, to: spans.to, docs })
    return { ...envelope.data, docs: [...docs] }
  }
  if (spans.items === undefined) return remember(spans.docs)
  const seen = new Map<string, unknown>()
  const docs: unknown[] = []
  for (const [from, to] of spans.items) {
    const json = bytes.subarray(from, to)
    const digest = hash('sha256', json, 'base64')
    const doc = known.get(digest) ?? seen.get(digest)
    if (doc !== undefined) {
      seen.set(digest, doc)
      docs.push(doc)
      continue
    }
    let result: z.ZodSafeParseResult<T['docs'][number]>
    try {
      result = schemas.doc.safeParse(JSON.parse(json.toString('utf8')))
    } catch {
      return parseWhole()
    }
    // Any problem is reported as a whole read reports it (with each document's name).
    if (!result.success) return parseWhole()
    seen.set(digest, result.data)
    docs.push(result.data)
  }
  known.clear()
  for (const [digest, doc] of seen) known.set(digest, doc)
  return remember(docs)
}

const codes = {
  quote: 0x22,
  backslash: 0x5c,
  colon: 0x3a,
  comma: 0x2c,
  openObject: 0x7b,
  closeObject: 0x7d,
  openArray: 0x5b,
  closeArray: 0x5d,
}

const isBlank = (code: number | undefined) =>
  code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09

const docsKey = Buffer.from('"docs"')

/** Where a snapshot file's `docs` array and each of its documents lie in its bytes. */
interface DocsSpans {
  readonly from: number
  readonly to: number
  readonly items: [number, number][]
}

/**
 * Where a snapshot file's top-level `docs` array is (`from`: its `[`, `to`: after its `]`) and
 * where each of its items begins and ends, in the file's UTF-8 bytes, found without parsing them
 * (no byte of a multi-byte character is an ASCII one); undefined when the bytes are no JSON
 * object with such an array (the caller then reads it whole and reports why).
 */
export function docsSpans(bytes: Buffer): DocsSpans | undefined
/** `untilDocs`: only where the array begins (`from`); nothing after it is looked at. */
export function docsSpans(bytes: Buffer, options: { untilDocs: true }): { from: number } | undefined
export function docsSpans(
  bytes: Buffer,
  { untilDocs = false }: { untilDocs?: boolean } = {},
): DocsSpans | { from: number } | undefined {
  let depth = 0
  let docs: { from: number; items: [number, number][] } | undefined
  let itemStart = -1
  /** After the key `"docs"` at the top level (`key`), and after its colon (`colon`). */
  let afterDocs: 'key' | 'colon' | undefined
  for (let i = 0; i < bytes.length; i += 1) {
    const code = bytes[i]
    if (isBlank(code)) continue
    if (docs && depth === 2 && itemStart < 0 && code !== codes.closeArray) itemStart = i
    if (code === codes.quote) {
      let end = bytes.indexOf(codes.quote, i + 1)
      while (end > 0) {
        let slashes = 0
        while (bytes[end - 1 - slashes] === codes.backslash) slashes += 1
        if (slashes % 2 === 0) break
        end = bytes.indexOf(codes.quote, end + 1)
      }
      if (end < 0) return undefined
      if (depth === 1 && !docs && end - i === 5 && bytes.subarray(i, end + 1).equals(docsKey)) {
        afterDocs = 'key'
      }
      i = end
      continue
    }
    if (afterDocs === 'key') afterDocs = code === codes.colon ? 'colon' : undefined
    else if (afterDocs === 'colon') {
      if (code !== codes.openArray) return undefined
      afterDocs = undefined
      if (untilDocs) return { from: i }
      docs = { from: i, items: [] }
    }
    if (code === codes.openObject || code === codes.openArray) depth += 1
    else if (code === codes.closeObject || code === codes.closeArray) {
      depth -= 1
      if (docs && depth === 1 && code === codes.closeArray) {
        if (itemStart >= 0) docs.items.push([itemStart, lastNonBlank(bytes, i) + 1])
        return { from: docs.from, to: i + 1, items: docs.items }
      }
      if (depth < 0) return undefined
    } else if (code === codes.comma && docs && depth === 2) {
      docs.items.push([itemStart, lastNonBlank(bytes, i) + 1])
      itemStart = -1
    }
  }
  return undefined
}

/** The index of the last byte before `end` that is not blank. */
function lastNonBlank(bytes: Buffer, end: number): number {
  let i = end - 1
  while (i >= 0 && isBlank(bytes[i])) i -= 1
  return i
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
