import type { APIRoute, GetStaticPaths } from 'astro'
import { localeCodes } from '@mahjar/shared/locales'
import { siteData } from '../../../lib/content.ts'
import { followUpFeed } from '../../../lib/follow-up-feed.ts'
import { langParam } from '../../../lib/params.ts'

export const getStaticPaths = (() =>
  localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) =>
  new Response(followUpFeed((await siteData()).recommendations, langParam(params.lang)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  })
