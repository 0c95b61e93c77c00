/**
 * A CMS document read with `locale: 'all'` and `depth: 0` → the snapshot document: ids back to
 * natural keys, Lexical back to Markdown, timestamps back to days, rows back to lists; CMS-only
 * fields, row ids and empty values dropped; the translation ledger reduced to the days each
 * language's text has lagged since (`translationLag`); validated by the shared snapshot schema.
 */
import type { Field } from 'payload'
import type { LocaleCode } from '@mahjar/shared/locales'
import type { CollectionSlug } from '@mahjar/shared/schemas/collections'
import { snapshotFileSchema, type PublishedDocument } from '@mahjar/shared/schemas/snapshot'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { isLedger, statesOfAllLocales, translationLag } from '../lib/translationStatus.ts'
import { idOfValue, relationValue, type KeyIndex } from './keys.ts'
import type { MarkdownConverter } from './markdown.ts'
import {
  holdsNoValue,
  isJsonObject,
  splitPath,
  toJson,
  updateAt,
  withoutNulls,
  type Json,
} from './paths.ts'
import { collectionShapes } from './shapes.ts'
import { describeIssue } from '@mahjar/shared/snapshot-file'

/** A relation whose target is not in the index (e.g. not published): reported, then dropped. */
export interface DanglingRelation {
  readonly collection: CollectionSlug
  readonly id: string
  readonly path: string
  readonly target: string
  readonly targetId: string
}

export class SnapshotDocumentError extends Error {
  constructor(collection: CollectionSlug, id: string, problems: readonly string[]) {
    super(`${collection} document ${id} cannot be exported:\n  ${problems.join('\n  ')}`)
    this.name = 'SnapshotDocumentError'
  }
}

export interface FromPayloadOptions {
  /** Collects the relations to documents not in the key index. */
  readonly dangling?: DanglingRelation[]
  /**
   * The collection's CMS fields: given them, a document's translation ledger becomes its
   * `translationLag`. The seed leaves them out: it compares texts, and writes both languages.
   */
  readonly fields?: readonly Field[]
  /** Published photos by media id (photos.ts); a photo not among them is left out. */
  readonly photos?: ReadonlyMap<string, Json>
}

function isEditorState(value: Json): value is Json & SerializedEditorState {
  return isJsonObject(value) && isJsonObject(value.root)
}

/**
 * For each language whose published text lags the other's, the day the other changed ahead of
 * it (translationStatus.ts judges the texts as stored, Lexical included); undefined when none.
 */
function translationLagDays(
  fields: readonly Field[],
  doc: Json,
): Partial<Record<LocaleCode, string>> | undefined {
  if (!isJsonObject(doc) || !isLedger(doc.translationLedger)) return undefined
  const ledger = doc.translationLedger
  const lag = Object.entries(translationLag(statesOfAllLocales(fields, doc, ledger), ledger))
  return lag.length > 0
    ? Object.fromEntries(lag.map(([lang, since]) => [lang, since.slice(0, 10)]))
    : undefined
}

export function fromPayloadDoc<C extends CollectionSlug>(
  collection: C,
  payloadDoc: object,
  keys: Pick<KeyIndex, 'keyOf'>,
  markdown: MarkdownConverter,
  { dangling = [], fields, photos = new Map() }: FromPayloadOptions = {},
): PublishedDocument<C> {
  const shape = collectionShapes[collection]
  const raw = toJson(payloadDoc)
  const id = (isJsonObject(raw) && raw.id !== undefined ? idOfValue(raw.id) : undefined) ?? '?'
  let data: Json = raw
  for (const relation of shape.relations) {
    const resolve = (value: Json): Json | undefined => {
      const targetId = idOfValue(value)
      const key = targetId === undefined ? undefined : keys.keyOf(relation.to, targetId)
      if (key === undefined) {
        dangling.push({
          collection,
          id,
          path: relation.path,
          target: relation.to,
          targetId: String(targetId),
        })
        return undefined
      }
      return relationValue(relation.to, key)
    }
    data = updateAt(data, splitPath(relation.path), (value) => {
      if (value === null) return undefined
      if (!relation.many) return resolve(value)
      return Array.isArray(value)
        ? value.map(resolve).filter((item): item is Json => item !== undefined)
        : value
    })
  }
  for (const path of shape.markdown) {
    data = updateAt(data, splitPath(path), (value) => {
      if (!isJsonObject(value)) return value
      const texts = Object.entries(value).flatMap(([locale, state]) =>
        state !== null && isEditorState(state)
          ? [[locale, markdown.toMarkdown(state).trim()] as const]
          : [],
      )
      return Object.fromEntries(texts.filter(([, text]) => text !== ''))
    })
  }
  for (const path of shape.dates) {
    data = updateAt(data, splitPath(path), (value) =>
      typeof value === 'string' ? value.slice(0, 10) : value,
    )
  }
  for (const path of shape.textRows) {
    data = updateAt(data, splitPath(path), (value) =>
      Array.isArray(value)
        ? value.map((row) => (isJsonObject(row) ? (row.text ?? null) : row))
        : value,
    )
  }
  for (const path of shape.photos) {
    data = updateAt(data, splitPath(path), (value) => {
      const mediaId = idOfValue(value)
      return mediaId === undefined ? undefined : photos.get(mediaId)
    })
  }
  for (const path of shape.optionalGroups) {
    data = updateAt(data, splitPath(path), (value) => (holdsNoValue(value) ? undefined : value))
  }
  const cleaned = withoutNulls(data) ?? {}
  const lag = fields && translationLagDays(fields, raw)
  const result = snapshotFileSchema(collection).shape.docs.element.safeParse(
    lag && isJsonObject(cleaned) ? { ...cleaned, translationLag: lag } : cleaned,
  )
  if (!result.success) {
    throw new SnapshotDocumentError(collection, id, result.error.issues.map(describeIssue))
  }
  return result.data
}
