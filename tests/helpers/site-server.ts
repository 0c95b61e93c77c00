/**
 * A tiny static file server for a built site (`site/dist`) on 127.0.0.1 and a free port, with
 * the status codes a static host gives: directories serve index.html, unknown paths 404.html.
 */
import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}

export interface StaticServer {
  origin: string
  close: () => Promise<void>
}

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(urlPath)
  const target = path.normalize(path.join(root, decoded))
  if (!target.startsWith(root)) return undefined
  try {
    const info = await stat(target)
    if (info.isFile()) return target
    if (info.isDirectory()) {
      const index = path.join(target, 'index.html')
      if ((await stat(index)).isFile()) return index
    }
  } catch {
    return undefined
  }
  return undefined
}

export async function serveStatic(rootDir: string): Promise<StaticServer> {
  const root = path.resolve(rootDir)
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    void (async () => {
      // A directory without its trailing slash is redirected, as static hosts do.
      if (!url.pathname.endsWith('/') && !path.extname(url.pathname)) {
        const dir = await resolveFile(root, `${url.pathname}/`)
        if (dir) {
          response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end()
          return
        }
      }
      const file = await resolveFile(root, url.pathname)
      const status = file ? 200 : 404
      const served = file ?? path.join(root, '404.html')
      const body = await readFile(served).catch(() => Buffer.from('Not found'))
      response.writeHead(status, {
        'Content-Type': contentTypes[path.extname(served)] ?? 'application/octet-stream',
      })
      response.end(body)
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error)
          else resolve()
        })
      }),
  }
}
