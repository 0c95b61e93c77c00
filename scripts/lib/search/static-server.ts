/**
 * A small static file server on loopback for measuring and testing the built site: serves a
 * directory (`/ar/search/` → `ar/search/index.html`), gzip for text files as a static host would,
 * and lets callers add virtual files (path → text; type from the extension, HTML without one). Returns the origin it listens on (a free port).
 */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { createGzip } from 'node:zlib'

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  // Pagefind's own files (.pagefind, .pf_*) are gzip already: served as they are.
}

const compressible = /^(text\/|application\/(json|xml))/

export interface StaticServer {
  readonly origin: string
  /** Body bytes sent since the last reset (after compression): what a reader downloads. */
  transferredBytes(): number
  resetTransferred(): void
  close(): Promise<void>
}

export type VirtualPages = Readonly<Record<string, string>>

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(pathname)
  const file = path.join(root, decoded)
  if (!file.startsWith(root)) return undefined
  try {
    const info = await stat(file)
    if (info.isFile()) return file
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html')
      if ((await stat(index)).isFile()) return index
    }
  } catch {
    return undefined
  }
  return undefined
}

export async function startStaticServer(
  rootDir: string,
  virtualPages: VirtualPages = {},
): Promise<StaticServer> {
  const root = path.resolve(rootDir)
  let transferred = 0
  const counted = (response: ServerResponse) => {
    const counter = new PassThrough()
    counter.on('data', (chunk: Buffer) => {
      transferred += chunk.length
    })
    counter.pipe(response)
    return counter
  }
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    const page = virtualPages[url.pathname]
    if (page !== undefined) {
      const type = contentTypes[path.extname(url.pathname) || '.html'] ?? 'text/html'
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' })
      response.end(page)
      return
    }
    void resolveFile(root, url.pathname).then((file) => {
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        response.end(`Not found: ${url.pathname}`)
        return
      }
      const type = contentTypes[path.extname(file)] ?? 'application/octet-stream'
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' }
      if (gzip && compressible.test(type)) {
        headers['content-encoding'] = 'gzip'
        response.writeHead(200, headers)
        createReadStream(file).pipe(createGzip()).pipe(counted(response))
      } else {
        response.writeHead(200, headers)
        createReadStream(file).pipe(counted(response))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    transferredBytes: () => transferred,
    resetTransferred: () => {
      transferred = 0
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => {
          if (error) reject(error)
          else resolve()
        })
      }),
  }
}
