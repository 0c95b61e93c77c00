import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

/**
 * Headers on every CMS response (admin, REST, uploads, previews). The admin cannot be framed
 * (clickjacking), types are never sniffed, no address leaks in a Referer, and every source is
 * this host: the admin loads nothing from elsewhere. Next writes its bootstrap as inline scripts
 * without a nonce and Payload's UI sets inline styles, so both need 'unsafe-inline'; nothing
 * needs eval. Tested by driving the admin in Chromium (tests/e2e/cms/roles.e2e.test.ts).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
]

const nextConfig: NextConfig = {
  // The workspace's shared package ships TypeScript sources.
  transpilePackages: ['@mahjar/shared', '@mahjar/publish'],
  // Types are checked by `pnpm typecheck` (its own turbo task); the build does not repeat it
  // (≈ 60 s and a second TypeScript program in memory on a 2-core machine).
  typescript: { ignoreBuildErrors: true },
  // No `X-Powered-By: Next.js`: nothing to tell a scanner which exploits to try.
  poweredByHeader: false,
  // Previews are pages of the site: their routes send the site's own, stricter headers
  // (shared/src/security-headers.ts); Next would keep these instead, so they skip /preview/.
  headers: () => Promise.resolve([{ source: '/:path((?!preview/).*)', headers: securityHeaders }]),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
