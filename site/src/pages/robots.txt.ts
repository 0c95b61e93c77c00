import type { APIRoute } from 'astro'
import { urls } from '@mahjar/shared/urls'
import { canonical } from '../lib/seo.ts'

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${canonical(urls.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  })
