/**
 * Translators change the text of a language, nothing else: not codes, slugs, statistics,
 * relations, dates or flags (the fields that are not localized), and not the structure (rows of
 * a list added, removed or reordered). The admin form sends every field back as it was, so only
 * a real change is refused, naming its path, in the request's language.
 *
 * The admin shows those fields read-only to translators (`readOnlyForTranslators`: field access,
 * which is also what makes the admin grey them out). Payload drops a field refused by field access
 * silently, before any collection hook sees the data; so the request's own data is remembered
 * first (`rememberTranslatorData`, a beforeOperation hook) and compared here, and a REST client
 * is told which field it may not change instead of getting a 200 that changed nothing.
 */
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, Field } from 'payload'
import { notForTranslators } from '../access/predicates.ts'
import { hasRole } from '../access/roles.ts'
import { computedEditorialFields } from '../fields/editorial.ts'
import { message, type MessageProblem } from '../i18n/messages.ts'
import { refuseField } from '../fields/refuseField.ts'

type Doc = Record<string, unknown>

/**
 * Not the translator's to compare: computed by recordEditorialState, kept by Payload, or (for
 * `_status`) already settled by keepPublishingWithEditors, which makes every translator save a draft.
 */
const computed = new Set([
  ...computedEditorialFields,
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
): MessageProblem | undefined {
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

/** Where `rememberTranslatorData` keeps a translator's request data, per collection. */
const remembered = 'translatorRequestData'

export const rememberTranslatorData: CollectionBeforeOperationHook = ({
  args,
  collection,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the union names the deprecated 'read'; we test other members
  operation,
  req,
}) => {
  if (operation !== 'update' || !hasRole(req.user, 'translator')) return args
  const data = (args as { data?: unknown }).data
  if (typeof data === 'object' && data !== null) {
    const byCollection = (req.context[remembered] ??= {}) as Record<string, unknown>
    byCollection[collection.slug] = structuredClone(data)
  }
  return args
}

/**
 * The fields of a collection with every field that is not text made read-only for translators:
 * named fields that are not localized, wherever nested. Lists stay open (their rows hold text a
 * translator fills in); adding or removing rows is refused by `keepTranslatorsToText`.
 */
export function readOnlyForTranslators(fields: readonly Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible')
      return { ...field, fields: readOnlyForTranslators(field.fields) }
    if (field.type === 'tabs')
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: readOnlyForTranslators(tab.fields) })),
      }
    if (field.type === 'ui' || field.type === 'join' || field.type === 'blocks') return field
    if ('localized' in field && field.localized === true) return field
    if (field.type === 'group' || field.type === 'array')
      return { ...field, fields: readOnlyForTranslators(field.fields) }
    if (!('name' in field) || ('virtual' in field && field.virtual)) return field
    if (computed.has(field.name) || field.access?.update) return field
    return { ...field, access: { ...field.access, update: notForTranslators } }
  })
}

export const keepTranslatorsToText: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !req.user || hasRole(req.user, 'admin', 'editor')) return data
  const sent = (req.context[remembered] as Record<string, Doc> | undefined)?.[collection.slug]
  const problem = compare(collection.fields, sent ?? (data as Doc), (originalDoc ?? {}) as Doc, '')
  if (problem)
    refuseField(req, collection.slug, problem.path, message(req, problem.key, problem.params))
  return data
}
