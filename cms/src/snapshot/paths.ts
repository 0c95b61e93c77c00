/** Immutable updates at dotted paths with `*` for array items (see shapes.ts). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Returns `value` with `fn` applied to every node at `path`. `fn` returning undefined removes the
 * node (object key) or keeps the array item out. Missing branches are left as they are.
 */
export function updateAt(
  value: Json,
  path: readonly string[],
  fn: (node: Json) => Json | undefined,
): Json {
  const [head, ...rest] = path
  if (head === undefined) return value
  if (head === '*') {
    if (!Array.isArray(value)) return value
    return value.flatMap((item) => {
      const next = rest.length === 0 ? fn(item) : updateAt(item, rest, fn)
      return next === undefined ? [] : [next]
    })
  }
  if (!isJsonObject(value) || !(head in value)) return value
  const current = value[head]
  if (current === undefined) return value
  const next = rest.length === 0 ? fn(current) : updateAt(current, rest, fn)
  if (next !== undefined) return { ...value, [head]: next }
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== head))
}

export function splitPath(path: string): string[] {
  return path.split('.')
}

/** A JSON copy: drops `undefined`, turns dates into strings. */
export function toJson(value: unknown): Json {
  return JSON.parse(JSON.stringify(value)) as Json
}

/** Removes nulls and the objects left empty by that, recursively (array items are kept). */
export function withoutNulls(value: Json): Json | undefined {
  if (value === null) return undefined
  if (Array.isArray(value)) {
    return value.map(withoutNulls).filter((item): item is Json => item !== undefined)
  }
  if (!isJsonObject(value)) return value
  const entries = Object.entries(value).flatMap(([key, item]) => {
    const kept = withoutNulls(item)
    return kept === undefined ? [] : [[key, kept] as const]
  })
  return entries.length === 0 ? undefined : Object.fromEntries(entries)
}

/** True when the object holds no scalar anywhere (only empty arrays or empty objects). */
export function holdsNoValue(value: Json): boolean {
  if (Array.isArray(value)) return value.every(holdsNoValue)
  if (isJsonObject(value)) return Object.values(value).every(holdsNoValue)
  return value === null
}

/** JSON with object keys sorted: equal documents give equal strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    isJsonObject(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  )
}
