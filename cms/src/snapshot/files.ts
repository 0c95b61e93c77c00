/**
 * Builds and writes the published snapshot (shared/src/schemas/snapshot.ts): one
 * `<collection>.json` per collection plus `countries.json` and the lists of `SnapshotLists`, every file
 * validated by the shared
 * schemas before anything is written, and the folder swapped in whole (see writeSnapshot).
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { countryName } from '@mahjar/shared/countries'
import { isMissingFile } from '@mahjar/shared/errors'
import { collectionRegistry } from '@mahjar/shared/collections'
import { localeCodes } from '@mahjar/shared/locales'
import {
  collectionSlugs,
  naturalKey,
  type CollectionSlug,
} from '@mahjar/shared/schemas/collections'
import {
  countriesFileSchema,
  redirectsFileSchema,
  snapshotFileSchema,
  snapshotVersion,
  type PublishedDocument,
  type Redirect,
  type Permalink,
  permalinksFileSchema,
  type Withdrawal,
  withdrawalsFileSchema,
} from '@mahjar/shared/schemas/snapshot'
import type { Country } from '@mahjar/shared/schemas/taxonomies'
import { describeIssue } from '@mahjar/shared/snapshot-file'
import { documentMemo } from '@mahjar/shared/document-memo'
import { writeContent } from '@mahjar/shared/file-content'
import { prettyJsonWithList } from '@mahjar/shared/pretty-json'

export type SnapshotDocuments = { [C in CollectionSlug]: PublishedDocument<C>[] }

/** A collection or list file (JSON), or a published photo's bytes (`media/…`, photos.ts). */
export type SnapshotFile =
  | { readonly name: string; readonly data: unknown }
  | { readonly name: string; readonly bytes: Uint8Array }

function orderOf(doc: object): number | undefined {
  return 'order' in doc && typeof doc.order === 'number' ? doc.order : undefined
}

/** Snapshot order: by `order` where the collection has one (within a report), then by key. */
export function sortDocuments<C extends CollectionSlug>(
  collection: C,
  docs: readonly PublishedDocument<C>[],
): PublishedDocument<C>[] {
  const report = (doc: object) =>
    'report' in doc && typeof doc.report === 'string' ? doc.report : ''
  return [...docs].sort(
    (a, b) =>
      report(a).localeCompare(report(b), 'en') ||
      (orderOf(a) ?? 0) - (orderOf(b) ?? 0) ||
      naturalKey(collection, a).localeCompare(naturalKey(collection, b), 'en'),
  )
}

/** Every country code a published document mentions. */
export function referencedCountries(documents: SnapshotDocuments): string[] {
  const codes = new Set<string>()
  for (const report of documents.reports) {
    report.methodology.countriesOfOrigin.forEach((c) => codes.add(c))
    report.methodology.hostCountries.forEach((c) => codes.add(c))
  }
  for (const doc of [...documents.findings, ...documents.practices]) {
    doc.countries.forEach((c) => codes.add(c))
  }
  for (const story of documents.stories) {
    if (story.country) codes.add(story.country)
  }
  return [...codes].sort()
}

export function countryEntries(codes: readonly string[]): Country[] {
  return codes.map((code) => ({
    code,
    name: Object.fromEntries(localeCodes.map((lang) => [lang, countryName(code, lang)])),
  }))
}

export class SnapshotValidationError extends Error {
  constructor(file: string, problems: readonly string[]) {
    super(`Snapshot file ${file} does not match the shared schema:\n  ${problems.join('\n  ')}`)
    this.name = 'SnapshotValidationError'
  }
}

type ParseOutcome =
  | { readonly success: true }
  | {
      readonly success: false
      readonly error: { readonly issues: readonly { path: PropertyKey[]; message: string }[] }
    }

function assertValid(file: string, result: ParseOutcome): void {
  if (!result.success) {
    throw new SnapshotValidationError(file, result.error.issues.map(describeIssue))
  }
}

/**
 * What the CMS keeps beside the documents: redirects, withdrawals and the permalink registry (none
 * when the snapshot comes from the repository's content, whose redirects are in
 * content/redirects.yaml and whose URLs are in content/permalinks.json).
 */
export interface SnapshotLists {
  readonly redirects?: readonly Redirect[]
  readonly withdrawals?: readonly Withdrawal[]
  readonly permalinks?: readonly Permalink[]
}

const fileSchemas = new Map<CollectionSlug, ReturnType<typeof snapshotFileSchema>>()

function fileSchema(collection: CollectionSlug) {
  let schema = fileSchemas.get(collection)
  if (!schema) {
    schema = snapshotFileSchema(collection)
    fileSchemas.set(collection, schema)
  }
  return schema
}

/**
 * A document's issues against its collection's schema, found once per document object: the
 * export keeps a document's conversion while it is unchanged (export-memory.ts), and validating
 * 10,000 recommendations on every publish took 0.12 s.
 */
const documentIssues = documentMemo((doc: object, collection: CollectionSlug) => {
  const result = fileSchema(collection).shape.docs.element.safeParse(doc)
  return result.success ? [] : result.error.issues
})

/** The snapshot files for `documents` and the CMS's `lists`, validated by the shared schemas. */
export function buildSnapshotFiles(
  documents: SnapshotDocuments,
  generatedAt: string,
  { redirects = [], withdrawals = [], permalinks = [] }: SnapshotLists = {},
): SnapshotFile[] {
  const files: SnapshotFile[] = collectionSlugs.map((collection) => {
    const name = collectionRegistry[collection].snapshotFile
    const head = { schemaVersion: snapshotVersion, collection, generatedAt }
    const docs = sortDocuments(collection, documents[collection])
    const schema = fileSchema(collection)
    const envelope = schema.safeParse({ ...head, docs: [] })
    const issues = [
      ...(envelope.success ? [] : envelope.error.issues),
      ...docs.flatMap((doc, index) =>
        documentIssues(doc, collection).map((issue) => ({
          ...issue,
          path: ['docs', index, ...issue.path],
        })),
      ),
    ]
    if (issues.length > 0) throw new SnapshotValidationError(name, issues.map(describeIssue))
    return { name, data: { ...head, docs } }
  })
  /** One list file beside the collections, validated like them. */
  const list = (
    name: string,
    schema: { safeParse: (data: unknown) => ParseOutcome },
    docs: readonly unknown[],
  ) => {
    const data = { schemaVersion: snapshotVersion, collection: name, generatedAt, docs }
    assertValid(`${name}.json`, schema.safeParse(data))
    files.push({ name: `${name}.json`, data })
  }
  list('countries', countriesFileSchema, countryEntries(referencedCountries(documents)))
  list(
    'redirects',
    redirectsFileSchema,
    [...redirects].sort((a, b) => a.from.localeCompare(b.from, 'en')),
  )
  list(
    'withdrawals',
    withdrawalsFileSchema,
    [...withdrawals].sort(
      (a, b) => a.collection.localeCompare(b.collection, 'en') || a.key.localeCompare(b.key, 'en'),
    ),
  )
  list(
    'permalinks',
    permalinksFileSchema,
    [...permalinks].sort((a, b) => a.path.localeCompare(b.path, 'en')),
  )
  return files
}

/**
 * A JSON file's bytes, `JSON.stringify(data, null, 2)` and a line end; a file of documents is
 * put together from each document's bytes, made once per document (shared/src/pretty-json.ts).
 */
function jsonBytes(data: unknown): string | readonly Uint8Array[] {
  const fields = typeof data === 'object' && data !== null ? Object.entries(data) : []
  const [lastKey, docs] = fields.at(-1) ?? []
  if (lastKey !== 'docs' || !Array.isArray(docs) || !docs.every(isObject)) {
    return `${JSON.stringify(data, null, 2)}\n`
  }
  return prettyJsonWithList(Object.fromEntries(fields.slice(0, -1)), 'docs', docs)
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Writes the files into a sibling temporary folder, then renames the old folder away and the new
 * one into place: a reader never sees a half-written snapshot or a mix of two (between the two
 * renames, for an instant, there is none). A failure leaves the old snapshot where it was.
 */
export async function writeSnapshot(dir: string, files: readonly SnapshotFile[]): Promise<void> {
  const target = path.resolve(dir)
  const staging = `${target}.tmp-${process.pid}-${Date.now()}`
  const retired = `${target}.old-${process.pid}-${Date.now()}`
  await mkdir(staging, { recursive: true })
  try {
    for (const file of files) {
      const target = path.join(staging, file.name)
      await mkdir(path.dirname(target), { recursive: true })
      // A document's bytes are made once (jsonBytes): its pieces are written, never joined (24 MB
      // for 10,000 recommendations, 0.16 s to join in a CPU profile of a publish).
      await writeContent(target, 'bytes' in file ? file.bytes : jsonBytes(file.data))
    }
    const movedAway = await rename(target, retired).then(
      () => true,
      (error: unknown) => {
        if (isMissingFile(error)) return false
        throw error
      },
    )
    try {
      await rename(staging, target)
    } catch (error) {
      if (movedAway) await rename(retired, target)
      throw error
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
    await rm(retired, { recursive: true, force: true })
  }
}
