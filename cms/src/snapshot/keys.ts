/**
 * Natural keys ⇄ CMS ids. The snapshot and content name other documents by slug, code or
 * `{campaign, year}`; the CMS by id. Country ids are their ISO codes (see the Countries
 * collection), so they map to themselves.
 */
import type { Json } from './paths.ts'
import { isJsonObject } from './paths.ts'
import type { RelationTarget } from './shapes.ts'

export class KeyIndex {
  readonly #ids = new Map<string, string>()
  readonly #keys = new Map<string, string>()

  static #slot(collection: RelationTarget, value: string): string {
    return `${collection}\u0000${value}`
  }

  add(collection: RelationTarget, key: string, id: string): void {
    this.#ids.set(KeyIndex.#slot(collection, key), id)
    this.#keys.set(KeyIndex.#slot(collection, id), key)
  }

  idOf(collection: RelationTarget, key: string): string | undefined {
    return collection === 'countries' ? key : this.#ids.get(KeyIndex.#slot(collection, key))
  }

  keyOf(collection: RelationTarget, id: string): string | undefined {
    return collection === 'countries' ? id : this.#keys.get(KeyIndex.#slot(collection, id))
  }
}

/** The string form of a relation value as written in the snapshot. */
export function relationKey(collection: RelationTarget, value: Json): string {
  if (collection === 'campaign-editions' && isJsonObject(value)) {
    const { campaign, year } = value
    if (typeof campaign === 'string' && typeof year === 'number') return `${campaign}/${year}`
  }
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** The snapshot form of a natural key string. */
export function relationValue(collection: RelationTarget, key: string): Json {
  if (collection === 'campaign-editions') {
    const [campaign = '', year = ''] = key.split('/')
    return { campaign, year: Number(year) }
  }
  return key
}

/** Ids arrive as strings (uuid, ObjectId) or numbers, or populated documents. */
export function idOfValue(value: Json): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (isJsonObject(value) && (typeof value.id === 'string' || typeof value.id === 'number')) {
    return String(value.id)
  }
  return undefined
}
