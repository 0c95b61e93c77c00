import type { APIRoute, GetStaticPaths } from 'astro'
import { localeCodes } from '@mahjar/shared/locales'
import { siteData } from '../../../lib/content.ts'
import { langParam } from '../../../lib/params.ts'
import { recommendationIndex } from '../../../lib/recommendation-index.ts'

export const getStaticPaths = (() =>
  localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(recommendationIndex(await siteData(), langParam(params.lang))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
