/**
 * `GET /preview/assets/{key}/_astro/…`: the stylesheets, fonts and scripts of one preview build
 * (built with this prefix, see scripts/lib/preview/astro-pages.ts), for signed-in staff only,
 * read from that build's private folder. Only folders this process built are served, and only
 * files inside their `site/_astro/`.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import config from '@payload-config'
import { getPayload } from 'payload'
import { securityHeaders } from '@mahjar/shared/security-headers'
import { previewFolder } from '../../../builds.ts'

const types: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
}

/** The site's headers on every answer, as the public site's own files have. */
const siteHeaders = securityHeaders()

const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { ...siteHeaders, 'cache-control': 'no-store' },
  })

export async function GET(
  request: Request,
  { params }: { params: Promise<{ key: string; path: string[] }> },
): Promise<Response> {
  const { key, path: parts } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Sign in to see previews', { status: 401, headers: siteHeaders })
  const folder = previewFolder(key)
  const type = types[path.extname(parts.at(-1) ?? '')]
  if (
    !folder ||
    !type ||
    parts[0] !== '_astro' ||
    parts.some((p) => p === '..' || p.includes('/'))
  ) {
    return notFound()
  }
  const file = path.join(folder, 'site', ...parts)
  if (!file.startsWith(path.join(folder, 'site', '_astro') + path.sep)) return notFound()
  const body = await readFile(file).catch(() => undefined)
  if (!body) return notFound()
  return new Response(new Uint8Array(body), {
    headers: { ...siteHeaders, 'content-type': type, 'cache-control': 'private, max-age=3600' },
  })
}
