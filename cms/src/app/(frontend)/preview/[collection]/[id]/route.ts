/**
 * `GET /preview/{collection}/{id}?lang=ar|en`: the document's latest draft as the reader will
 * see it, rendered by the site's own templates (a private build, see ../../builds.ts), with a
 * banner saying whether it is live, a draft with unpublished changes, or never published.
 * Signed-in staff only (the admin's auth cookie); anyone else is sent to the login. Never
 * cached, never indexed, never written to the public releases.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import config from '@payload-config'
import { getPayload } from 'payload'
import { defaultLocale, isLocaleCode, type LocaleCode } from '@mahjar/shared/locales'
import { securityHeaders } from '@mahjar/shared/security-headers'
import { draftState, isDataCollection } from '../../../../../collections/Builds/publishStatus.ts'
import { env } from '../../../../../env.ts'
import {
  failedPage,
  messagePage,
  preparingPage,
  previewHeaders,
  previewPage,
  type PreviewPlace,
} from '../../html.ts'
import { previewJob } from '../../builds.ts'

const privateHeaders = {
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex, nofollow',
}

const html = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: {
      ...previewHeaders(body, env.siteUrl),
      ...privateHeaders,
      'content-type': 'text/html; charset=utf-8',
    },
  })

/** The page's language: asked for, else the admin's (its language cookie), else the site's default. */
function languageOf(request: Request): LocaleCode {
  const asked = new URL(request.url).searchParams.get('lang')
  if (asked && isLocaleCode(asked)) return asked
  const cookie = /(?:^|;\s*)payload-lng=(\w+)/.exec(request.headers.get('cookie') ?? '')?.[1]
  return cookie && isLocaleCode(cookie) ? cookie : defaultLocale
}

export async function GET(
  request: Request,
  { params }: { params: Promise<{ collection: string; id: string }> },
): Promise<Response> {
  const { collection, id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  const url = new URL(request.url)
  if (!user) {
    const back = `${url.pathname}${url.search}`
    return new Response(null, {
      status: 302,
      headers: {
        ...securityHeaders(),
        ...privateHeaders,
        location: `/admin/login?redirect=${encodeURIComponent(back)}`,
      },
    })
  }
  const lang = languageOf(request)
  if (!isDataCollection(collection) || !/^[\w-]+$/.test(id)) {
    return html(messagePage(lang, 'previewNotFound'), 404)
  }
  const state = await draftState(payload, collection, id)
  if (!state) return html(messagePage(lang, 'previewNotFound'), 404)
  if (!env.sitePreviewCommand) return html(messagePage(lang, 'previewUnavailable'), 503)
  const place: PreviewPlace = {
    self: `/preview/${collection}/${id}`,
    admin: `/admin/collections/${collection}/${id}`,
    siteUrl: env.siteUrl,
  }
  // A new draft, or a new live release around it, makes a new preview.
  const [latest, release] = await Promise.all([
    payload.findByID({ collection, id, draft: true, depth: 0, select: { updatedAt: true } }),
    payload.find({
      collection: 'builds',
      where: { status: { equals: 'succeeded' } },
      sort: '-startedAt',
      limit: 1,
      depth: 0,
      select: { release: true },
    }),
  ])
  const version = `${latest.updatedAt}:${release.docs[0]?.release ?? ''}`
  const job = previewJob(collection, id, version, url.searchParams.has('retry'))
  if (job.state === 'pending') return html(preparingPage(lang), 202)
  if (job.state === 'failed') return html(failedPage(lang, place, job.error), 500)
  const page = job.preview.pages[lang]
  const built = page
    ? await readFile(path.join(job.preview.dir, 'site', page, 'index.html'), 'utf8').catch(
        () => undefined,
      )
    : undefined
  if (built === undefined) return html(failedPage(lang, place, `${lang}: no page was built`), 500)
  return html(previewPage(built, place, lang, job.preview.pages, state))
}
