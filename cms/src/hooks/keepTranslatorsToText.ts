/**
 * Translators change the text of a language, nothing else: not codes, slugs, statistics,
 * relations, dates or flags (the fields that are not localized), and not the structure (rows of
 * a list added, removed or reordered). The admin form sends every field back as it was, so only
 * a real change is refused, naming its path, in the request's language.
 */
import type { CollectionBeforeChangeHook, Field } from 'payload'
import { hasRole } from '../access/roles.ts'
import { message, type MessageKey } from '../i18n/messages.ts'
import { refuse } from './refuse.ts'

type Doc = Record<string, unknown>
type Problem = { path: string; key: MessageKey; params?: Record<string, number> }

/**
 * Not the translator's to compare: computed by recordEditorialState, kept by Payload, or (for
 * `_status`) already settled by keepPublishingWithEditors, which makes every translator save a draft.
 */
const computed = new Set([
  'translationStatus',
  'firstPublishedAt',
  '_status',
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
])

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  value === '' ||
  value === false ||
  (Array.isArray(value) && value.length === 0)

/** One comparable form: ids for relations, ISO instants for dates, nothing for empties. */
function normalise(value: unknown): unknown {
  if (isEmpty(value)) return null
  if (Array.isArray(value)) return value.map(normalise)
  if (typeof value === 'object' && value !== null) {
    if ('id' in value) return String(value.id)
    if ('relationTo' in value && 'value' in value) return normalise(value.value)
    return value
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) {
    const time = Date.parse(value)
    return Number.isNaN(time) ? value : new Date(time).toISOString()
  }
  return typeof value === 'number' ? value : String(value)
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

function rowIdsOf(rows: unknown): string[] {
  return Array.isArray(rows)
    ? rows.map((row) =>
        typeof row === 'object' && row !== null && 'id' in row
          ? String((row as { id: unknown }).id)
          : '',
      )
    : []
}

function compare(
  fields: readonly Field[],
  data: Doc,
  original: Doc,
  prefix: string,
): Problem | undefined {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      const found = compare(field.fields, data, original, prefix)
      if (found) return found
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && typeof tab.name === 'string' ? tab.name : undefined
        const found = named
          ? compare(
              tab.fields,
              (data[named] ?? {}) as Doc,
              (original[named] ?? {}) as Doc,
              `${prefix}${named}.`,
            )
          : compare(tab.fields, data, original, prefix)
        if (found) return found
      }
      continue
    }
    if (!('name' in field) || !(field.name in data) || computed.has(field.name)) continue
    if ('localized' in field && field.localized === true) continue
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    const before = original[field.name]
    if (field.type === 'ui' || field.type === 'join') continue
    if (field.type === 'group') {
      const found = compare(field.fields, (value ?? {}) as Doc, (before ?? {}) as Doc, `${path}.`)
      if (found) return found
      continue
    }
    if (field.type === 'array' || field.type === 'blocks') {
      const now = rowIdsOf(value)
      const then = rowIdsOf(before)
      if (now.join() !== then.join())
        return {
          path,
          key: 'translatorRows',
          params: { before: then.length, after: now.length },
        }
      const rowFields = field.type === 'array' ? field.fields : []
      for (const [index, row] of (Array.isArray(value) ? (value as Doc[]) : []).entries()) {
        const found = compare(
          rowFields,
          row,
          (before as Doc[] | undefined)?.[index] ?? {},
          `${path}.${String(index)}.`,
        )
        if (found) return found
      }
      continue
    }
    if (!same(value, before)) return { path, key: 'translatorTextOnly' }
  }
  return undefined
}

export const keepTranslatorsToText: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !req.user || hasRole(req.user, 'admin', 'editor')) return data
  const problem = compare(collection.fields, data as Doc, (originalDoc ?? {}) as Doc, '')
  if (problem) refuse(req, collection.slug, problem.path, message(req, problem.key, problem.params))
  return data
}
