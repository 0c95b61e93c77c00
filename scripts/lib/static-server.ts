/**
 * The one static file server of the project, as a static host behaves: directories serve
 * index.html (a directory without its trailing slash is redirected, and so is a path in the wrong
 * case, such as the short link `/f/AIE-F42`, to the lowercase page), unknown paths get the
 * bilingual 404.html with status 404, text is gzipped when the client accepts it, hashed assets
 * are immutable. It serves the live site (`startSiteServer`: `<releasesDir>/current/site`, with
 * `current` resolved on every request, so a swapped release is served from the next request on
 * and a request in flight finishes on the release it started with), built sites in tests, and
 * the search benchmark (virtual pages, bytes transferred). Listens on 127.0.0.1 by default.
 * Every response carries the site's security headers (CSP, Referrer-Policy, nosniff, …): those
 * of the `_headers` file the build wrote at the root (the same file static hosts read), or the
 * shared defaults when there is none. The `_headers` file itself is not served.
 */
import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { PassThrough, type Writable } from 'node:stream'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createGzip } from 'node:zlib'
import { headersFileName, parseHeadersFile, securityHeaders } from '@mahjar/shared/security-headers'
import { currentSiteDir } from '@mahjar/publish/release/releases'

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
}

const compressible = /^(text\/|application\/(json|xml|x-bibtex|x-research))|image\/svg/

export interface StaticServer {
  readonly origin: string
  /** Body bytes sent since the last reset (after compression): what a reader downloads. */
  transferredBytes(): number
  resetTransferred(): void
  close(): Promise<void>
}

/** Extra responses by exact path (path → text; type from the extension, HTML without one). */
export type VirtualPages = Readonly<Record<string, string>>

export interface StaticServerOptions {
  /** The folder to serve, or a function resolving it per request (undefined: not there yet). */
  readonly root: string | (() => Promise<string | undefined>)
  /** 0 (the default) picks a free port. */
  readonly port?: number
  readonly host?: string
  readonly virtualPages?: VirtualPages
}

export type SiteServer = StaticServer

export interface SiteServerOptions {
  readonly releasesDir: string
  readonly port: number
  readonly host?: string
}

const defaultHeaders = securityHeaders()
const headersCache = new Map<string, { mtimeMs: number; headers: Record<string, string> }>()

/** The security headers of a site root: its `_headers` file (re-read when it changes). */
async function rootHeaders(root: string | undefined): Promise<Record<string, string>> {
  if (root === undefined) return defaultHeaders
  const file = path.join(root, headersFileName)
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) return defaultHeaders
  const cached = headersCache.get(file)
  if (cached?.mtimeMs === info.mtimeMs) return cached.headers
  const headers = { ...defaultHeaders, ...parseHeadersFile(await readFile(file, 'utf8')) }
  headersCache.set(file, { mtimeMs: info.mtimeMs, headers })
  return headers
}

async function fileAt(root: string, pathname: string): Promise<string | undefined> {
  const target = path.normalize(path.join(root, pathname))
  if (target !== root && !target.startsWith(`${root}${path.sep}`)) return undefined
  const info = await stat(target).catch(() => undefined)
  if (info?.isFile()) return target
  if (info?.isDirectory()) {
    const index = path.join(target, 'index.html')
    if ((await stat(index).catch(() => undefined))?.isFile()) return index
  }
  return undefined
}

function send(
  request: IncomingMessage,
  response: ServerResponse,
  body: Writable,
  file: string,
  status: number,
  security: Readonly<Record<string, string>>,
): void {
  const type = contentTypes[path.extname(file)] ?? 'application/octet-stream'
  const headers: Record<string, string> = {
    ...security,
    'content-type': type,
    // HTML must reflect the live release at once; hashed assets under /_astro/ never change.
    'cache-control': file.includes(`${path.sep}_astro${path.sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    'x-content-type-options': 'nosniff',
  }
  const gzip = compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
  if (gzip) headers['content-encoding'] = 'gzip'
  response.writeHead(status, headers)
  if (request.method === 'HEAD') {
    response.end()
    return
  }
  const stream = createReadStream(file)
  stream.on('error', () => response.destroy())
  if (gzip) stream.pipe(createGzip()).pipe(body)
  else stream.pipe(body)
}

async function handle(
  options: StaticServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
  body: Writable,
): Promise<void> {
  const root = typeof options.root === 'string' ? path.resolve(options.root) : await options.root()
  const security = await rootHeaders(root)
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...security, allow: 'GET, HEAD' }).end()
    return
  }
  const url = new URL(request.url ?? '/', 'http://localhost')
  const page = options.virtualPages?.[url.pathname]
  if (page !== undefined) {
    const type = contentTypes[path.extname(url.pathname) || '.html'] ?? 'text/html'
    // Measurement harness pages (search benchmarks), not site pages: no site policy on them.
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(page)
    return
  }
  if (!root) {
    response.writeHead(503, {
      ...security,
      'content-type': 'text/plain; charset=utf-8',
      'retry-after': '10',
    })
    response.end('The site is being built for the first time. / يجري بناء الموقع للمرة الأولى.\n')
    return
  }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    response.writeHead(400, security).end()
    return
  }
  if (!pathname.endsWith('/') && !path.extname(pathname)) {
    if (await fileAt(root, `${pathname}/`)) {
      response.writeHead(301, { ...security, location: `${url.pathname}/${url.search}` }).end()
      return
    }
  }
  const file = pathname === `/${headersFileName}` ? undefined : await fileAt(root, pathname)
  if (file) {
    send(request, response, body, file, 200, security)
    return
  }
  // Every path of the site is lowercase; codes are printed in capitals (`/f/AIE-F42`): lead to
  // the page in one hop, trailing slash included.
  const lower = pathname.toLowerCase()
  if (lower !== pathname) {
    const target = lower.endsWith('/') || path.extname(lower) ? lower : `${lower}/`
    if (await fileAt(root, target)) {
      response.writeHead(301, { ...security, location: `${encodeURI(target)}${url.search}` }).end()
      return
    }
  }
  const notFound = path.join(root, '404.html')
  if ((await stat(notFound).catch(() => undefined))?.isFile())
    send(request, response, body, notFound, 404, security)
  else
    response
      .writeHead(404, { ...security, 'content-type': 'text/plain; charset=utf-8' })
      .end('Not found\n')
}

export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1'
  let transferred = 0
  const server: Server = createServer((request, response) => {
    const body = new PassThrough()
    body.on('data', (chunk: Buffer) => {
      transferred += chunk.length
    })
    body.pipe(response)
    handle(options, request, response, body).catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${String(port)}`,
    transferredBytes: () => transferred,
    resetTransferred: () => {
      transferred = 0
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}

/** The live site: whatever release `<releasesDir>/current` points at when a request arrives. */
export function startSiteServer(options: SiteServerOptions): Promise<SiteServer> {
  return startStaticServer({
    root: () => realpath(currentSiteDir(options.releasesDir)).catch(() => undefined),
    port: options.port,
    host: options.host,
  })
}
