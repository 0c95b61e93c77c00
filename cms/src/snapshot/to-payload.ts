/**
 * Snapshot-shaped document (a validated content document) → the CMS's all-locales data, the
 * shape Payload's database adapter stores: relations as ids, Markdown as Lexical, days as
 * timestamps, localized lists as rows.
 */
import { randomBytes } from 'node:crypto'
import type { CollectionSlug } from '@mahjar/shared/schemas/collections'
import { relationKey, type KeyIndex } from './keys.ts'
import type { MarkdownConverter } from './markdown.ts'
import { isJsonObject, splitPath, toJson, updateAt, type Json, type JsonObject } from './paths.ts'
import { collectionShapes } from './shapes.ts'

export class UnresolvedRelationError extends Error {
  constructor(collection: CollectionSlug, path: string, target: string, key: string) {
    super(`${collection}.${path}: no ${target} document with key "${key}" in the CMS`)
    this.name = 'UnresolvedRelationError'
  }
}

function mapLocales(value: Json, fn: (text: string) => Json): Json {
  if (!isJsonObject(value)) return value
  return Object.fromEntries(
    Object.entries(value).map(([locale, text]) => [
      locale,
      typeof text === 'string' ? fn(text) : text,
    ]),
  )
}

/** A new id for an array row, in the 24-hex form Payload gives rows. */
export function newRowId(): string {
  return randomBytes(12).toString('hex')
}

/**
 * Gives every object in every array an `id`, as Payload does for array rows. Runs before
 * Markdown becomes Lexical, so editor nodes are never touched.
 */
function withRowIds(value: Json): Json {
  if (Array.isArray(value)) {
    return value.map((item) =>
      isJsonObject(item) ? { ...withRowIdsIn(item), id: newRowId() } : withRowIds(item),
    )
  }
  return isJsonObject(value) ? withRowIdsIn(value) : value
}

function withRowIdsIn(value: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withRowIds(item)]))
}

export function toPayloadData(
  collection: CollectionSlug,
  doc: object,
  keys: KeyIndex,
  markdown: MarkdownConverter,
): JsonObject {
  const shape = collectionShapes[collection]
  let data = toJson(doc)
  for (const relation of shape.relations) {
    const resolve = (value: Json): Json => {
      const key = relationKey(relation.to, value)
      const id = keys.idOf(relation.to, key)
      if (id === undefined)
        throw new UnresolvedRelationError(collection, relation.path, relation.to, key)
      return id
    }
    data = updateAt(data, splitPath(relation.path), (value) =>
      relation.many && Array.isArray(value) ? value.map(resolve) : resolve(value),
    )
  }
  for (const path of shape.dates) {
    data = updateAt(data, splitPath(path), (value) =>
      typeof value === 'string' ? `${value}T00:00:00.000Z` : value,
    )
  }
  for (const path of shape.textRows) {
    data = updateAt(data, splitPath(path), (value) =>
      Array.isArray(value) ? value.map((text) => ({ text })) : value,
    )
  }
  data = withRowIds(data)
  for (const path of shape.markdown) {
    data = updateAt(data, splitPath(path), (value) =>
      mapLocales(value, (text) => toJson(markdown.toLexical(text))),
    )
  }
  if (!isJsonObject(data)) throw new Error(`${collection}: a document must be an object`)
  return data
}
