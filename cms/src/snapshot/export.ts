/**
 * The published snapshot from the CMS: every published document of every collection, all
 * locales, relations by natural key, validated by the shared schemas, swapped in whole at
 * `dir` (see files.ts). Drafts never leave: documents are read as an anonymous reader (access
 * control applies) and filtered on `_status: published`. The one exception is a preview's
 * snapshot (`draftOf`): the published set with that one document replaced by its latest draft,
 * written only to a private preview folder, never to a release.
 */
import type { Payload } from 'payload'
import { eachCollection } from '@mahjar/shared/collections'
import { naturalKey, type CollectionSlug } from '@mahjar/shared/schemas/collections'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import type { Permalink, PublishedDocument, Withdrawal } from '@mahjar/shared/schemas/snapshot'
import { documentMemo } from '@mahjar/shared/document-memo'
import type { RegisteredPermalink } from '../collections/Permalinks/register.ts'
import { buildSnapshotFiles, writeSnapshot, type SnapshotDocuments } from './files.ts'
import { exportMemory, type StoredDoc } from './export-memory.ts'
import { fromPayloadDoc, type DanglingRelation } from './from-payload.ts'
import { KeyIndex } from './keys.ts'
import { idOfValue } from './keys.ts'
import { markdownConverter } from './markdown.ts'
import { splitPath, toJson, updateAt } from './paths.ts'
import { photoFolder } from '@mahjar/shared/identifiers'
import { photoValues, readPhotos } from './photos.ts'
import { collectionShapes, writeOrder } from './shapes.ts'

export interface ExportReport {
  readonly dir: string
  readonly counts: readonly { readonly collection: CollectionSlug; readonly count: number }[]
  /** Relations to documents that are not published, left out of the snapshot. */
  readonly dangling: readonly DanglingRelation[]
  /** Published documents that cannot be exported (e.g. their report is not published). */
  readonly skipped: readonly string[]
}

/** How a build's log begins when published documents were left off the site (the rules refused them). */
export const leftOffHeading = 'Published, but left off the site (it refuses them):'

/**
 * The lines a build log starts with for the documents an export left off the site, each with the
 * schema's complaint; '' when none were. A "succeeded" build must not hide a page that never comes.
 */
export function leftOffReport(report: Pick<ExportReport, 'skipped'>): string {
  return report.skipped.length === 0 ? '' : `${leftOffHeading}\n${report.skipped.join('\n')}\n`
}

/** A preview's document: exported as its latest draft, whether it was ever published or not. */
export interface DraftOf {
  readonly collection: CollectionSlug
  readonly id: string
}

export interface ExportOptions {
  readonly now?: Date
  readonly draftOf?: DraftOf
}

/** The published documents of `collection`, with `draftOf`'s latest draft in its place. */
async function readWithDraft(payload: Payload, collection: CollectionSlug, draftOf: DraftOf) {
  const published = await exportMemory(payload).read(collection)
  if (draftOf.collection !== collection) return published
  const draft = (await payload.findByID({
    collection,
    id: draftOf.id,
    locale: 'all',
    depth: 0,
    draft: true,
    disableErrors: true,
  })) as unknown as StoredDoc | null
  if (!draft) throw new Error(`No ${collection} document ${draftOf.id} to preview`)
  return [...published.filter((doc) => String(doc.id) !== draftOf.id), draft]
}

/** Items taken off the site, public like redirects: their URLs show a notice (withdrawal.ts). */
async function readWithdrawals(payload: Payload): Promise<Withdrawal[]> {
  const found = await payload.find({
    collection: 'withdrawals',
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  return found.docs.map((doc) => {
    const title = presentText(doc.title)
    const reason = presentText(doc.reason)
    return {
      collection: doc.collection,
      key: doc.key,
      ...(doc.report ? { report: doc.report } : {}),
      ...(title ? { title } : {}),
      ...(reason ? { reason } : {}),
      ...(doc.firstPublishedAt ? { firstPublishedAt: isoDate(doc.firstPublishedAt) } : {}),
      lastVersionAt: isoDate(doc.lastVersionAt),
      withdrawnAt: isoDate(doc.withdrawnAt),
      ...(doc.instead ? { instead: doc.instead } : {}),
    }
  })
}

/** The languages of a localized text (read with `locale: 'all'`) that hold one. */
function presentText(value: unknown): Partial<Record<LocaleCode, string>> | undefined {
  const found: Partial<Record<LocaleCode, string>> = {}
  for (const lang of localeCodes) {
    const text = (value as Record<string, unknown> | null | undefined)?.[lang]
    if (typeof text === 'string' && text.trim() !== '') found[lang] = text
  }
  return Object.keys(found).length > 0 ? found : undefined
}

function isoDate(value: string): string {
  return new Date(value).toISOString()
}

/**
 * A registry row as the snapshot lists it: one object per remembered row (export-memory.ts), so
 * its bytes are made once (shared/src/pretty-json.ts), not for 30,000 rows on every publish at
 * 10,000 recommendations.
 */
const listedPermalink = documentMemo(
  ({ path, firstPublishedAt }: RegisteredPermalink): Permalink => ({
    path,
    firstPublishedAt: isoDate(firstPublishedAt),
  }),
)

/** The media ids the documents' photo fields hold (shapes.ts `photos`). */
function photoIds(stored: ReadonlyMap<CollectionSlug, readonly StoredDoc[]>): string[] {
  const ids: string[] = []
  for (const [collection, docs] of stored)
    for (const path of collectionShapes[collection].photos)
      for (const doc of docs)
        updateAt(toJson(doc), splitPath(path), (value) => {
          const id = idOfValue(value)
          if (id !== undefined) ids.push(id)
          return value
        })
  return ids
}

/** The snapshot's files and what the export found, before anything is written. */
async function snapshotOf(
  payload: Payload,
  options: ExportOptions,
): Promise<Omit<ExportReport, 'dir'> & { readonly files: Parameters<typeof writeSnapshot>[1] }> {
  const now = options.now ?? new Date()
  const markdown = await markdownConverter(payload.config)
  const keys = new KeyIndex()
  const memory = exportMemory(payload)
  const stored = new Map<CollectionSlug, readonly StoredDoc[]>()
  for (const collection of writeOrder) {
    const docs = options.draftOf
      ? await readWithDraft(payload, collection, options.draftOf)
      : await memory.read(collection)
    stored.set(collection, docs)
    for (const doc of docs) keys.add(collection, naturalKey(collection, doc), String(doc.id))
  }
  const photos = await readPhotos(payload, photoIds(stored))
  const published = photoValues(photos)
  const dangling: DanglingRelation[] = []
  const skipped: string[] = []
  const convert = <C extends CollectionSlug>(collection: C): PublishedDocument<C>[] =>
    (stored.get(collection) ?? []).flatMap((doc) => {
      const { outcome, dangling: left } = memory.convert(collection, doc, keys, (lookup, found) =>
        fromPayloadDoc(collection, doc, lookup, markdown, {
          dangling: found,
          fields: payload.collections[collection].config.fields,
          photos: published,
        }),
      )
      dangling.push(...left)
      if ('skipped' in outcome) {
        skipped.push(outcome.skipped)
        return []
      }
      return [outcome.doc]
    })
  const documents = eachCollection<SnapshotDocuments>(
    <C extends CollectionSlug>(collection: C) => convert(collection) as SnapshotDocuments[C],
  )
  // Redirects are public (old URL → new URL) and not drafts: read as the anonymous reader too.
  const redirects = await payload.find({
    collection: 'redirects',
    depth: 0,
    pagination: false,
    overrideAccess: false,
  })
  const used = new Set(documents.stories.flatMap((story) => story.photo?.file ?? []))
  const files = [
    ...buildSnapshotFiles(documents, now.toISOString(), {
      redirects: redirects.docs.map(({ from, to }) => ({ from, to })),
      withdrawals: await readWithdrawals(payload),
      permalinks: (await memory.permalinks()).map(listedPermalink),
    }),
    ...[...photos.values()]
      .filter(({ photo }) => used.has(photo.file))
      .map(({ photo, bytes }) => ({ name: `${photoFolder}/${photo.file}`, bytes })),
  ]
  const counts = writeOrder.map((collection) => ({
    collection,
    count: documents[collection].length,
  }))
  // In one order whatever order the documents were read in (a remembered listing keeps its own).
  const place = (relation: DanglingRelation) =>
    [relation.collection, relation.id, relation.path, relation.targetId].join('\0')
  dangling.sort((a, b) => (place(a) < place(b) ? -1 : place(a) > place(b) ? 1 : 0))
  return { files, counts, dangling, skipped: skipped.sort() }
}

export async function exportSnapshot(
  payload: Payload,
  dir: string,
  options: ExportOptions = {},
): Promise<ExportReport> {
  const { files, ...report } = await snapshotOf(payload, options)
  await writeSnapshot(dir, files)
  return { dir, ...report }
}

/**
 * Reads and converts every published document once, writing nothing, so that the export memory
 * (export-memory.ts) is warm for the first publish after a start: it then reads only what changed
 * (at 10,000 recommendations a cold export took 6 s of that publish, a warm one 0.8 s).
 */
export async function primeExports(payload: Payload): Promise<number> {
  const { counts } = await snapshotOf(payload, {})
  return counts.reduce((sum, { count }) => sum + count, 0)
}
