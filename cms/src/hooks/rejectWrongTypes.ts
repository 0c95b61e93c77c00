/**
 * Payload coerces what it is sent (42 becomes the text "42.0", "first" an empty number). A wrong
 * type is a client bug; this hook refuses it before any coercion, naming the field path and the
 * expected type, in the request's language.
 *
 * It accepts exactly what Payload's own admin form sends besides plain JSON: the form keeps a list
 * (array field) as its row count and submits `0` for a list with no rows (rows, when
 * there are any, are sent as the list itself). Payload's beforeValidate turns that `0` (or "0"
 * from a multipart body) into `[]`; see payload/dist/fields/hooks/beforeValidate/promise.js.
 */
import type { CollectionBeforeOperationHook, Field, PayloadRequest } from 'payload'
import { kindNames, message, requestLanguage, type KindName } from '../i18n/messages.ts'
import { refuseField } from '../fields/refuseField.ts'

type Problem = { path: string; expected: KindName; actual: KindName }

function kindOf(value: unknown): KindName {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'number') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  return 'object'
}

/** The admin form's "this list has no rows" marker, which Payload stores as `[]`. */
const isEmptyListMarker = (value: unknown) => value === 0 || value === '0'

const isRelationValue = (value: unknown) =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  (typeof value === 'object' && value !== null && 'id' in value)

/** The scalar kind a field's value must have (hasMany fields: each item). */
function expectedKind(field: Field): KindName | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'select':
    case 'date':
      return 'text'
    case 'number':
      return 'number'
    case 'checkbox':
      return 'boolean'
    default:
      return undefined
  }
}

function check(
  fields: readonly Field[],
  data: Record<string, unknown>,
  prefix: string,
): Problem | undefined {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      const found = check(field.fields, data, prefix)
      if (found) return found
      continue
    }
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === null || value === undefined) continue
    const many = 'hasMany' in field && field.hasMany === true
    if (field.type === 'group') {
      if (kindOf(value) !== 'object') return { path, expected: 'object', actual: kindOf(value) }
      const found = check(field.fields, value as Record<string, unknown>, `${path}.`)
      if (found) return found
    } else if (field.type === 'array') {
      if (isEmptyListMarker(value)) continue
      if (!Array.isArray(value)) return { path, expected: 'list', actual: kindOf(value) }
      for (const [index, row] of (value as unknown[]).entries()) {
        if (kindOf(row) !== 'object')
          return { path: `${path}.${String(index)}`, expected: 'object', actual: kindOf(row) }
        const found = check(
          field.fields,
          row as Record<string, unknown>,
          `${path}.${String(index)}.`,
        )
        if (found) return found
      }
    } else if (field.type === 'relationship' || field.type === 'upload') {
      const items = many ? value : [value]
      if (!Array.isArray(items)) return { path, expected: 'list', actual: kindOf(value) }
      const bad = (items as unknown[]).find((item) => !isRelationValue(item))
      if (bad !== undefined) return { path, expected: 'id', actual: kindOf(bad) }
    } else {
      const expected = expectedKind(field)
      if (!expected) continue
      const items = many ? value : [value]
      if (!Array.isArray(items)) return { path, expected: 'list', actual: kindOf(value) }
      const bad = (items as unknown[]).find((item) => item !== null && kindOf(item) !== expected)
      if (bad !== undefined) return { path, expected, actual: kindOf(bad) }
    }
  }
  return undefined
}

function describe(req: PayloadRequest, problem: Problem): string {
  const lang = requestLanguage(req)
  return message(req, 'wrongType', {
    expected: kindNames[problem.expected][lang],
    actual: kindNames[problem.actual][lang],
  })
}

/** Runs before create and update (the operations that carry `data`), on the raw request data. */
export const rejectWrongTypes: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const data = (args as { data?: unknown }).data
  // `locale: 'all'` writes carry { ar, en } objects for localized fields: not checked here.
  if (typeof data !== 'object' || data === null || req.locale === 'all') return args
  const problem = check(collection.fields, data as Record<string, unknown>, '')
  if (problem) refuseField(req, collection.slug, problem.path, describe(req, problem))
  return args
}
