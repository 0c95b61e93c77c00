/**
 * Checks a REST request before Payload reads it, for what Payload would otherwise answer with a
 * 500 or quietly accept: a body that is not a JSON object (a JSON string, plain text, a list), a
 * body nested so deep that walking it overflows the stack, and query parameters out of their
 * range (`depth=-1`, `depth=abc`, `limit=-5`, `page=0`, `locale=xx`, which would be written into
 * Arabic). The refusal has Payload's ValidationError shape (so clients read it the same way):
 * HTTP 400, the parameter or `body` named, the message in the request's language. Used by the
 * Next API route and by `rest.ts` (the same handler outside Next).
 */
import { localeCodes } from '@mahjar/shared/locales'
import { headerLanguage, messageIn, type MessageProblem } from '../i18n/messages.ts'

/** Deeper than any document of ours (rich text included) by far; shallow enough to walk. */
export const maxBodyDepth = 64

const integerParams: Record<string, { min: number; max: number }> = {
  depth: { min: 0, max: 10 },
  limit: { min: 0, max: 10_000 },
  page: { min: 1, max: 1_000_000 },
}

const localeParams = {
  locale: [...localeCodes, 'all'],
  'fallback-locale': [...localeCodes, 'none', 'null', 'false'],
}

function checkQuery(url: URL): MessageProblem | undefined {
  for (const [name, range] of Object.entries(integerParams)) {
    for (const value of url.searchParams.getAll(name)) {
      if (/^\d{1,9}$/.test(value) && Number(value) >= range.min && Number(value) <= range.max)
        continue
      return { path: name, key: 'queryInteger', params: { ...range, value } }
    }
  }
  for (const [name, allowed] of Object.entries(localeParams)) {
    for (const value of url.searchParams.getAll(name)) {
      if (allowed.includes(value)) continue
      return { path: name, key: 'queryLocale', params: { allowed: allowed.join(', '), value } }
    }
  }
  return undefined
}

/** Nesting depth of JSON text, counted without parsing (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index += 1
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '{' || char === '[') {
      depth += 1
      if (depth > deepest) deepest = depth
    } else if (char === '}' || char === ']') depth -= 1
  }
  return deepest
}

async function checkBody(request: Request): Promise<MessageProblem | undefined> {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS')
    return undefined
  const type = (request.headers.get('content-type') ?? '').toLowerCase()
  // Uploads and form posts are read by Payload's own multipart parser.
  if (
    type.startsWith('multipart/form-data') ||
    type.startsWith('application/x-www-form-urlencoded')
  )
    return undefined
  const text = await request.clone().text()
  if (text.trim() === '') return undefined
  if (jsonDepth(text) > maxBodyDepth)
    return { path: 'body', key: 'bodyTooDeep', params: { max: maxBodyDepth } }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { path: 'body', key: 'bodyNotObject' }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { path: 'body', key: 'bodyNotObject' }
  return undefined
}

/** A 400 response when the request is malformed; undefined when Payload may have it. */
export async function guardRequest(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url)
  const problem = checkQuery(url) ?? (await checkBody(request))
  if (!problem) return undefined
  const lang = headerLanguage(request.headers)
  const text = messageIn(lang, problem.key, problem.params)
  const collection = /\/api\/([^/?]+)/.exec(url.pathname)?.[1] ?? ''
  const body = {
    errors: [
      {
        name: 'ValidationError',
        message: `${problem.path}: ${text}`,
        data: { collection, errors: [{ path: problem.path, message: text }] },
      },
    ],
  }
  return Response.json(body, { status: 400, headers: { 'content-language': lang } })
}
