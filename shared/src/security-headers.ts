/**
 * The HTTP headers every page of the public site is served with, in one place for the static
 * server (scripts/lib/static-server.ts), the `_headers` file the build writes for static hosts
 * (Netlify, Cloudflare Pages) and the README. Readers may be targets of transnational
 * repression: no script but the site's own files runs (no inline script at all), nothing is
 * loaded from another host, the page cannot be framed, and no other host learns where a reader
 * came from. Inline `<style>` elements the build emits are allowed by their SHA-256 hashes;
 * Pagefind's search runs WebAssembly, hence `'wasm-unsafe-eval'` (WebAssembly only, not eval).
 */
import { createHash } from 'node:crypto'

export interface PolicySources {
  /** Contents of the inline `<style>` elements the build emits. */
  readonly inlineStyles?: Iterable<string>
  /**
   * Origins images may also come from: a draft preview, served by the CMS, shows the live
   * site's own images (its favicon, its media) from the site's origin.
   */
  readonly imageOrigins?: Iterable<string>
  /**
   * Origins forms may post to (and scripts may fetch from): the CMS, which takes participants'
   * submissions from the campaign pages.
   */
  readonly formOrigins?: Iterable<string>
}

/** `'sha256-…'` of an inline element's text, as CSP compares it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

export function contentSecurityPolicy(sources: PolicySources = {}): string {
  const styleHashes = [...new Set([...(sources.inlineStyles ?? [])].map(cspHash))].sort()
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ["style-src 'self'", ...styleHashes].join(' '),
    ["img-src 'self'", ...(sources.imageOrigins ?? [])].join(' '),
    "font-src 'self'",
    // A voice message recorded in the page is heard back from a blob: URL before it is sent.
    "media-src 'self' blob:",
    ["connect-src 'self'", ...(sources.formOrigins ?? [])].join(' '),
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...(sources.formOrigins ?? [])].join(' '),
    "frame-ancestors 'none'",
  ].join('; ')
}

/** Every header the site's responses carry (names lowercase, as Node sends them). */
export function securityHeaders(policy = contentSecurityPolicy()): Record<string, string> {
  return {
    'content-security-policy': policy,
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
  }
}

/** The name of the headers file at the site's root (Netlify / Cloudflare Pages format). */
export const headersFileName = '_headers'

/** `_headers` text: the headers for every path (`/*`). */
export function headersFile(headers: Readonly<Record<string, string>>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)
  return `/*\n${lines.join('\n')}\n`
}

/** The headers of the `/*` block of a `_headers` file (the only block the build writes). */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = Object.create(null) as Record<string, string>
  let inAll = false
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*'
      continue
    }
    const colon = line.indexOf(':')
    if (inAll && colon > 0) {
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
    }
  }
  return headers
}
