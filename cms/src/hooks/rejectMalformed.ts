/**
 * The rest of the 400 list, checked on every save (drafts included, which otherwise skip
 * validation): fields the collection does not have (Payload drops them silently), control
 * characters in text, dates that do not exist (2026-02-30 would be stored as 2 March), numbers
 * beyond any sensible bound (1e20), required text that is only spaces, and relations to documents
 * that do not exist (a draft naming an unknown report otherwise fails in the database with 500).
 * Runs after rejectWrongTypes, so values already have the right JSON kinds. One refusal, naming
 * the field path, in the request's language.
 */
import type { CollectionBeforeOperationHook, CollectionSlug, Field, PayloadRequest } from 'payload'
import { message, type MessageKey } from '../i18n/messages.ts'
import { checkRelationExists } from '../fields/validators.ts'
import { refuseField } from '../fields/refuseField.ts'

type Doc = Record<string, unknown>
type Problem = { path: string; text: string }

/** Keys Payload itself puts on documents and rows; the admin sends them back. */
const documentKeys = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt', '_status'])
const rowKeys = new Set(['id', 'blockType', 'blockName'])

/** C0 controls except tab, line feed and carriage return; DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- the point is to find them
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/

/** The bound for numbers whose field names none: far above any count, year or percentage. */
export const numberBound = 1_000_000_000

/** A date is real when its calendar part survives a round trip (no 30 February). */
export function isRealDate(value: string): boolean {
  const time = Date.parse(value)
  if (Number.isNaN(time)) return false
  // A day the site can publish (shared isoDate: YYYY-MM-DD). "+202630-11-30T00:00:00.000Z" (a
  // year of six digits, as keys typed over a half-typed day can make) is a valid JavaScript date,
  // which the export would leave off the site while the build said "succeeded".
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!day) return false
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])]
  const check = new Date(Date.UTC(year, month - 1, date))
  return (
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === date
  )
}

function say(req: PayloadRequest, path: string, key: MessageKey, params = {}): Problem {
  return { path, text: message(req, key, params) }
}

/** Whether any string in `value` (rich text included) holds a control character. */
function hasControl(value: unknown): boolean {
  if (typeof value === 'string') return controlCharacters.test(value)
  if (Array.isArray(value)) return value.some(hasControl)
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasControl)
  return false
}

type Relation = { path: string; relationTo: CollectionSlug; value: unknown }

type Walk = {
  req: PayloadRequest
  collection: string
  relations: Relation[]
}

function checkValue(walk: Walk, field: Field, value: unknown, path: string): Problem | undefined {
  const { req } = walk
  if (value === null || value === undefined) return undefined
  if (hasControl(value)) return say(req, path, 'controlCharacters')
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email': {
      const blank = (item: unknown) => typeof item === 'string' && item !== '' && !item.trim()
      const items = Array.isArray(value) ? (value as unknown[]) : [value]
      if (field.required && items.some(blank)) return say(req, path, 'blank')
      return undefined
    }
    case 'date':
      return typeof value === 'string' && !isRealDate(value)
        ? say(req, path, 'notADate', { value })
        : undefined
    case 'number': {
      const min = typeof field.min === 'number' ? field.min : -numberBound
      const max = typeof field.max === 'number' ? field.max : numberBound
      const items = Array.isArray(value) ? (value as unknown[]) : [value]
      const out = items.some(
        (item) => typeof item === 'number' && (!Number.isFinite(item) || item < min || item > max),
      )
      return out ? say(req, path, 'numberRange', { min, max }) : undefined
    }
    case 'relationship':
    case 'upload':
      if (typeof field.relationTo === 'string')
        walk.relations.push({ path, relationTo: field.relationTo, value })
      return undefined
    default:
      return undefined
  }
}

function checkFields(
  walk: Walk,
  fields: readonly Field[],
  data: Doc,
  prefix: string,
  allowed: ReadonlySet<string>,
): Problem | undefined {
  const known = new Set<string>(allowed)
  const flat: Field[] = []
  const flatten = (list: readonly Field[]) => {
    for (const field of list) {
      if (field.type === 'row' || field.type === 'collapsible') flatten(field.fields)
      else if (field.type === 'tabs')
        for (const tab of field.tabs) {
          if ('name' in tab && typeof tab.name === 'string')
            flat.push({ ...tab, type: 'group', name: tab.name })
          else flatten(tab.fields)
        }
      else flat.push(field)
    }
  }
  flatten(fields)
  for (const field of flat) if ('name' in field) known.add(field.name)
  const unknown = Object.keys(data).find((key) => !known.has(key))
  if (unknown !== undefined)
    return say(walk.req, `${prefix}${unknown}`, 'unknownField', { collection: walk.collection })
  for (const field of flat) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (field.type === 'group' && typeof value === 'object' && value !== null) {
      const found = checkFields(walk, field.fields, value as Doc, `${path}.`, new Set())
      if (found) return found
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const [index, row] of (value as unknown[]).entries()) {
        if (typeof row !== 'object' || row === null) continue
        const found = checkFields(
          walk,
          field.fields,
          row as Doc,
          `${path}.${String(index)}.`,
          rowKeys,
        )
        if (found) return found
      }
    } else {
      const found = checkValue(walk, field, value, path)
      if (found) return found
    }
  }
  return undefined
}

export const rejectMalformed: CollectionBeforeOperationHook = async ({
  args,
  collection,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the union names the deprecated 'read'; we test other members
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args as { data?: unknown }).data
  if (data === undefined) return args
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    refuseField(req, collection.slug, 'body', message(req, 'bodyNotObject'))
  // `locale: 'all'` writes carry { ar, en } objects for localized fields: trusted scripts only.
  if (req.locale === 'all') return args
  const walk: Walk = { req, collection: collection.slug, relations: [] }
  const problem = checkFields(walk, collection.fields, data as Doc, '', documentKeys)
  if (problem) refuseField(req, collection.slug, problem.path, problem.text)
  for (const relation of walk.relations) {
    const result = await checkRelationExists(req, relation.relationTo, relation.value)
    if (result !== true) refuseField(req, collection.slug, relation.path, result)
  }
  return args
}
