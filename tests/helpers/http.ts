/**
 * Real HTTP in front of the CMS's REST handler (the handler the Next route serves), on a free
 * port of 127.0.0.1, plus a small client that speaks it: JSON bodies, JWT auth, Accept-Language.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { recordPeer } from '@mahjar/cms/http/peerAddress'
import { handleRest } from '@mahjar/cms/rest'
import { rowIds, type Builder } from './payload-fixtures.ts'

async function readBody(message: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of message) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  // As `next start` with the CMS's preload does: the TCP peer ends X-Forwarded-For.
  recordPeer(message)
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else if (value !== undefined) headers.set(name, value)
  }
  const method = message.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(new URL(message.url ?? '/', origin), {
    method,
    headers,
    ...(hasBody ? { body: new Uint8Array(await readBody(message)) } : {}),
  })
}

export type RestServer = { baseUrl: string; close: () => Promise<void> }

export async function startRestServer(): Promise<RestServer> {
  let origin = ''
  const server: Server = createServer((message, reply) => {
    void (async () => {
      try {
        const response = await handleRest(await toRequest(message, origin))
        reply.statusCode = response.status
        response.headers.forEach((value, name) => {
          if (name !== 'set-cookie') reply.setHeader(name, value)
        })
        const cookies = response.headers.getSetCookie()
        if (cookies.length > 0) reply.setHeader('set-cookie', cookies)
        reply.end(Buffer.from(await response.arrayBuffer()))
      } catch (error) {
        reply.writeHead(500, { 'content-type': 'text/plain' })
        reply.end(String(error))
      }
    })()
  })
  // Longer than any pause between two requests of a test file: with Node's 5 s, a loaded machine
  // let the client reuse a connection the server was closing (ECONNRESET in the middle of a test).
  server.keepAliveTimeout = 120_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`
  return {
    baseUrl: origin,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve()
        })
      }),
  }
}

export type ApiOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  body?: unknown
  form?: FormData
  token?: string
  lang?: 'ar' | 'en'
}

export type ApiResponse = { status: number; body: unknown; json: Record<string, unknown> }

/** One call to `/api<path>`; the body is parsed as JSON when it is JSON. */
export async function api(
  baseUrl: string,
  path: string,
  options: ApiOptions = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = {}
  if (options.lang) headers['accept-language'] = options.lang
  if (options.token) headers.authorization = `JWT ${options.token}`
  let body: FormData | string | undefined
  if (options.form) body = options.form
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(options.body)
  }
  const response = await fetch(`${baseUrl}/api${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(body === undefined ? {} : { body }),
  })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  const json =
    typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
  return { status: response.status, body: parsed, json }
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await api(baseUrl, '/users/login', { method: 'POST', body: { email, password } })
  const token = response.json.token
  if (response.status !== 200 || typeof token !== 'string') {
    throw new Error(
      `login of ${email} failed: ${String(response.status)} ${JSON.stringify(response.body)}`,
    )
  }
  return token
}

/** The `{path, message}` pairs of a Payload ValidationError response. */
export function fieldErrors(response: ApiResponse): { path: string; message: string }[] {
  const errors = (response.json.errors ?? []) as {
    data?: { errors?: { path: string; message: string }[] }
  }[]
  return errors.flatMap((error) => error.data?.errors ?? [])
}

/**
 * A document set up over REST as a signed-in user does (`createBilingual` is the Local API's): the
 * Arabic document, then its English on the same document, both published unless `publish` is
 * false (themes and audiences have no drafts). Returns its id; a refused request throws with the
 * answer.
 */
export async function createBilingualOverRest(
  baseUrl: string,
  token: string,
  collection: string,
  build: Builder,
  publish = true,
): Promise<string> {
  const row = rowIds()
  const status = publish ? { _status: 'published' } : {}
  const made = await api(baseUrl, `/${collection}?locale=ar`, {
    method: 'POST',
    token,
    body: { ...build('ar', row), ...status },
  })
  if (made.status !== 201)
    throw new Error(`POST ${collection}: ${String(made.status)} ${JSON.stringify(made.json)}`)
  const id = (made.json.doc as { id: string }).id
  const english = await api(baseUrl, `/${collection}/${id}?locale=en`, {
    method: 'PATCH',
    token,
    body: { ...build('en', row), ...status },
  })
  if (english.status !== 200)
    throw new Error(
      `PATCH ${collection} ${id}: ${String(english.status)} ${JSON.stringify(english.json)}`,
    )
  return id
}
