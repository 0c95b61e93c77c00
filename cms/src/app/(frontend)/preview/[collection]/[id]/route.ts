/**
 * `GET /preview/{collection}/{id}`: the latest version of a document, draft included, for
 * signed-in staff only (the admin's auth cookie, checked by `payload.auth`). Never cached,
 * never indexed, never written anywhere: the public release only comes from published content.
 */
import config from '@payload-config'
import { getPayload, type CollectionSlug } from 'payload'
import { markdownConverter } from '../../../../../snapshot/markdown.ts'
import { siteCollections } from '../../../../../jobs/sitePublishing.ts'
import { previewHtml } from '../../render.ts'

const privateHeaders = {
  'cache-control': 'private, no-store',
  'x-robots-tag': 'noindex, nofollow',
}

export async function GET(
  request: Request,
  { params }: { params: Promise<{ collection: string; id: string }> },
): Promise<Response> {
  const { collection, id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) {
    const back = new URL(request.url).pathname
    return new Response(null, {
      status: 302,
      headers: { ...privateHeaders, location: `/admin/login?redirect=${encodeURIComponent(back)}` },
    })
  }
  if (!(siteCollections as readonly string[]).includes(collection)) {
    return new Response(`Unknown collection "${collection}"`, {
      status: 404,
      headers: privateHeaders,
    })
  }
  const doc = await payload
    .findByID({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      locale: 'all',
      depth: 1,
      overrideAccess: false,
      user,
    })
    .catch(() => undefined)
  if (!doc) {
    return new Response(`No ${collection} document ${id}`, { status: 404, headers: privateHeaders })
  }
  const converter = await markdownConverter(payload.config)
  return new Response(
    previewHtml(collection, doc, (state) => converter.toMarkdown(state)),
    {
      headers: { ...privateHeaders, 'content-type': 'text/html; charset=utf-8' },
    },
  )
}
