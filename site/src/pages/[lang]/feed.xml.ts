import type { APIRoute, GetStaticPaths } from 'astro'
import { isLocaleCode, localeCodes } from '@mahjar/shared/locales'
import { siteData } from '../../lib/content.ts'
import { atomFeed } from '../../lib/feed.ts'

export const getStaticPaths = (() =>
  localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang
  if (!isLocaleCode(lang)) throw new Error(`Unknown locale "${String(lang)}"`)
  return new Response(atomFeed(await siteData(), lang), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
}
