/**
 * Validation rules added to Payload's own (which still run first: required, min/max, options).
 * Messages come from i18n/messages.ts in the request's language, so a REST client sending
 * `Accept-Language: en` reads English and the Arabic admin reads Arabic.
 */
import type { CollectionSlug, PayloadRequest, TextFieldSingleValidation, Where } from 'payload'
import { text } from 'payload/shared'
import {
  codePattern,
  identifierMaxLength,
  sitePathPattern,
  slugPattern,
} from '@mahjar/shared/identifiers'
import { isExternalUrl, isSafeLinkUrl } from '@mahjar/shared/safe-url'
import { message, type MessageKey } from '../i18n/messages.ts'

type Result = string | true

/** Tags, comments and entities that would render as markup: `<b>`, `</script>`, `<!--`. */
const markupPattern = /<\s*\/?\s*[a-z!?][^>]*>|<!--|&#?\w+;/i

/** True when a text holds something that would render as markup (a tag, a comment, an entity). */
export const hasMarkup = (value: string): boolean => markupPattern.test(value)

export function checkPlainText(req: PayloadRequest, value: unknown, max: number): Result {
  if (typeof value !== 'string') return true
  if (hasMarkup(value)) return message(req, 'plainText')
  // UTF-16 units, as zod's .max() counts in the shared schemas.
  const length = value.length
  if (length > max) return message(req, 'tooLong', { max, length })
  return true
}

export function checkPattern(
  req: PayloadRequest,
  value: unknown,
  pattern: RegExp,
  key: MessageKey,
): Result {
  if (value === null || value === undefined || value === '') return true
  return typeof value === 'string' && pattern.test(value) ? true : message(req, key)
}

/** A slug or code is a folder and file name on the site: bounded well under file-name limits. */
function checkIdentifierLength(req: PayloadRequest, value: unknown): Result {
  return typeof value === 'string' && value.length > identifierMaxLength
    ? message(req, 'tooLong', { max: identifierMaxLength, length: value.length })
    : true
}

export const checkSlug = (req: PayloadRequest, value: unknown): Result => {
  const length = checkIdentifierLength(req, value)
  return length === true ? checkPattern(req, value, slugPattern, 'slug') : length
}
export const checkCode = (req: PayloadRequest, value: unknown): Result => {
  const length = checkIdentifierLength(req, value)
  return length === true ? checkPattern(req, value, codePattern, 'code') : length
}

/** A redirect's end: a path on this site (`sitePathPattern`), never another host or a scheme. */
export const checkSitePath = (req: PayloadRequest, value: unknown): Result =>
  checkPattern(req, value, sitePathPattern, 'sitePath')

/** A link field: an absolute http(s) URL with a host (`isSafeLinkUrl`: no `javascript:` …). */
export function checkHttpUrl(req: PayloadRequest, value: unknown): Result {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return message(req, 'httpUrl')
  return isSafeLinkUrl(value) && isExternalUrl(value) ? true : message(req, 'httpUrl')
}

export function checkIntegers(req: PayloadRequest, value: unknown): Result {
  const values = Array.isArray(value) ? (value as unknown[]) : [value]
  const bad = values.some((v) => v !== null && v !== undefined && !Number.isInteger(v))
  return bad ? message(req, 'integer') : true
}

/** Ids (or populated documents) held by a relationship value, single or hasMany. */
export function relationIds(value: unknown): string[] {
  const values = Array.isArray(value) ? (value as unknown[]) : [value]
  return values.flatMap((item) => {
    if (typeof item === 'string' || typeof item === 'number') return [String(item)]
    if (item && typeof item === 'object' && 'id' in item) return [String(item.id)]
    return []
  })
}

/** Names the ids that do not exist, instead of letting the database refuse with a constraint. */
export async function checkRelationExists(
  req: PayloadRequest,
  collection: CollectionSlug,
  value: unknown,
): Promise<Result> {
  const ids = [...new Set(relationIds(value))]
  if (ids.length === 0) return true
  const found = await req.payload.find({
    collection,
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    draft: true,
    overrideAccess: true,
    select: {},
    req,
  })
  const existing = new Set(found.docs.map((doc) => doc.id))
  const missing = ids.filter((id) => !existing.has(id))
  if (missing.length === 0) return true
  // Country ids are ISO codes: name the rule, not just the miss.
  if (collection === 'countries') return message(req, 'countryCode', { value: missing.join(', ') })
  return message(req, 'unknownRelation', {
    ids: missing.map((id) => `"${id}"`).join(', '),
    collection,
  })
}

/** Is `value` already used by another document (drafts included) in this collection? */
export async function isTaken(
  req: PayloadRequest,
  collection: CollectionSlug,
  field: string,
  value: string,
  id: number | string | undefined,
): Promise<boolean> {
  const where: Where = { [field]: { equals: value } }
  const found = await req.payload.find({
    collection,
    where: id === undefined ? where : { and: [where, { id: { not_equals: id } }] },
    depth: 0,
    limit: 1,
    draft: true,
    overrideAccess: true,
    select: {},
    req,
  })
  return found.docs.length > 0
}

type Check = (req: PayloadRequest, value: string | null | undefined) => Result | Promise<Result>

/** Payload's own text rules (required, length), then `check` on a value that passed them. */
export function textRule(check: Check): TextFieldSingleValidation {
  return async (value, args) => {
    const base = text(value, args)
    return base === true ? check(args.req, value) : base
  }
}
