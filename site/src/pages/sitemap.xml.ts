/** The sitemap: every localized page with its alternates in both languages and x-default. */
import type { APIRoute } from 'astro'
import { localeCodes } from '@mahjar/shared/locales'
import { siteData } from '../lib/content.ts'
import { localizedRoutes } from '../lib/routes.ts'
import { alternates, canonical } from '../lib/seo.ts'

export const GET: APIRoute = async () => {
  const site = await siteData()
  const entries = localizedRoutes(site).flatMap((path) => {
    const links = alternates(path)
      .map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${a.href}"/>`)
      .join('\n')
    return localeCodes.map(
      (lang) => `  <url>\n    <loc>${canonical(path(lang))}</loc>\n${links}\n  </url>`,
    )
  })
  const body = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join('\n')}
</urlset>
`
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
