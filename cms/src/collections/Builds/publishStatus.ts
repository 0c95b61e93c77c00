/**
 * Where a document stands on the public site, for the edit view (PublishStatus) and the preview
 * banner. A published document is carried by the first build that started after its last
 * publication (the build exports what is published when it starts): queued until that build
 * starts, building while it runs, live once one succeeds, failed (with the reason in the
 * editor's language) when the builds since have all failed.
 * `GET /api/builds/publish-status?collection=<slug>&id=<id>`: staff only.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { getLocale, localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { dataCollections, documentPath, type DataCollection } from '@mahjar/shared/urls'
import { env } from '../../env.ts'
import { message, requestLanguage, type MessageKey } from '../../i18n/messages.ts'
import { pendingRebuilds } from '../../jobs/scheduleRebuild.ts'
import { buildErrorReason } from './errorReason.ts'

/** What the latest draft is compared with the live document (the preview banner). */
export type DraftState = 'live' | 'draftChanges' | 'neverPublished' | 'unpublished'
export type PublishState = 'notPublished' | 'queued' | 'building' | 'live' | 'failed' | 'noBuild'

type Doc = Record<string, unknown> & { id: string | number }

export function isDataCollection(value: string): value is DataCollection {
  return (dataCollections as readonly string[]).includes(value)
}

async function versionsOf(payload: Payload, collection: DataCollection, id: string) {
  const read = (draft: boolean) =>
    payload.findByID({ collection, id, draft, depth: 0, locale: 'all', disableErrors: true })
  const [published, latest] = await Promise.all([read(false), read(true)])
  return { published: published as Doc | null, latest: latest as Doc | null }
}

export async function draftState(
  payload: Payload,
  collection: DataCollection,
  id: string,
): Promise<DraftState | undefined> {
  const { published, latest } = await versionsOf(payload, collection, id)
  if (!latest) return undefined
  if (published?._status === 'published') {
    return latest._status === 'published' ? 'live' : 'draftChanges'
  }
  return latest.firstPublishedAt ? 'unpublished' : 'neverPublished'
}

/** The languages a document has text in (translationStatus names the missing ones). */
function languagesOf(doc: Doc): LocaleCode[] {
  const missing = Array.isArray(doc.translationStatus) ? doc.translationStatus : []
  return localeCodes.filter((code) => !missing.includes(`missing-${code}`))
}

interface BuildRow {
  id: string | number
  status: string
  startedAt: string
  error?: string | null
  release?: string | null
}

async function stateOf(payload: Payload, publishedAt: string) {
  const since = await payload.find({
    collection: 'builds',
    where: { startedAt: { greater_than_equal: publishedAt } },
    sort: 'startedAt',
    limit: 50,
    depth: 0,
  })
  const builds = since.docs as unknown as BuildRow[]
  const live = builds.find((b) => b.status === 'succeeded')
  if (live) return { state: 'live' as const, build: live }
  const running = builds.find((b) => b.status === 'running')
  if (running) return { state: 'building' as const, build: running }
  const waiting = await payload.count({ collection: 'payload-jobs', where: pendingRebuilds })
  if (waiting.totalDocs > 0) return { state: 'queued' as const }
  const failed = builds.at(-1)
  if (failed) return { state: 'failed' as const, build: failed }
  return { state: 'noBuild' as const }
}

const stateMessages: Record<Exclude<PublishState, 'failed'>, MessageKey> = {
  notPublished: 'publishNotPublished',
  queued: 'publishQueued',
  building: 'publishBuilding',
  live: 'publishLive',
  noBuild: 'publishNoBuild',
}

export interface PublishStatus {
  readonly state: PublishState
  /** When the live version was published (the status belongs to that publication). */
  readonly publishedAt?: string
  readonly text: string
  readonly links: readonly { lang: LocaleCode; label: string; href: string }[]
  readonly build?: { id: string | number; startedAt: string; error?: string | null }
}

export async function publishStatus(
  req: PayloadRequest,
  collection: DataCollection,
  id: string,
): Promise<PublishStatus | undefined> {
  const { published } = await versionsOf(req.payload, collection, id)
  if (!published) return undefined
  if (published._status !== 'published') {
    return { state: 'notPublished', text: message(req, 'publishNotPublished'), links: [] }
  }
  const { state, build } = await stateOf(req.payload, String(published.updatedAt))
  const lang = requestLanguage(req)
  const text =
    state === 'failed'
      ? message(req, 'publishFailed', { reason: buildErrorReason(build.error ?? '', lang) })
      : message(req, stateMessages[state])
  const links =
    state === 'live'
      ? languagesOf(published).map((code) => ({
          lang: code,
          label: message(req, 'publishOpenPage', { language: getLocale(code).label }),
          href: `${env.siteUrl}${documentPath(collection, published, code)}`,
        }))
      : []
  return {
    state,
    publishedAt: String(published.updatedAt),
    text,
    links,
    ...(build
      ? { build: { id: build.id, startedAt: build.startedAt, error: build.error ?? null } }
      : {}),
  }
}

export const publishStatusEndpoint: Endpoint = {
  path: '/publish-status',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Unauthorized' }, { status: 401 })
    const url = new URL(req.url ?? '', 'http://localhost')
    const collection = url.searchParams.get('collection') ?? ''
    const id = url.searchParams.get('id') ?? ''
    if (!isDataCollection(collection) || !/^[\w-]+$/.test(id)) {
      return Response.json({ error: 'collection and id are required' }, { status: 400 })
    }
    const status = await publishStatus(req, collection, id)
    if (!status) return Response.json({ error: message(req, 'previewNotFound') }, { status: 404 })
    return Response.json(status, { headers: { 'cache-control': 'private, no-store' } })
  },
}
