/**
 * Preview builds as this CMS process sees them: one at a time per document version, started on
 * the first request and remembered (pending, ready or failed) so the "preparing preview…" page
 * can ask again every second. The build itself runs as a child process (SITE_PREVIEW_COMMAND,
 * scripts/build-preview.ts), which also caches finished previews on disk by content hash.
 */
import type { LocaleCode } from '@mahjar/shared/locales'
import type { DataCollection } from '@mahjar/shared/urls'
import { env } from '../../../env.ts'
import { runBuildCommand } from '../../../jobs/runBuildCommand.ts'

export interface ReadyPreview {
  readonly key: string
  readonly dir: string
  readonly pages: Partial<Record<LocaleCode, string>>
}

export type PreviewJob =
  | { readonly state: 'pending'; readonly startedAt: number }
  | { readonly state: 'ready'; readonly preview: ReadyPreview; readonly seconds: number }
  | { readonly state: 'failed'; readonly error: string }

interface PreviewMemory {
  jobs: Map<string, PreviewJob>
  /** Asset key → folder of a built preview (the assets route serves only these). */
  folders: Map<string, string>
}

const maxRemembered = 500

// One memory per process, however often Next loads this module.
const holder = globalThis as { mahjarPreviews?: PreviewMemory }
const memory: PreviewMemory = (holder.mahjarPreviews ??= {
  jobs: new Map<string, PreviewJob>(),
  folders: new Map<string, string>(),
})

function parseReady(result: Record<string, unknown> | undefined): ReadyPreview | undefined {
  if (!result || typeof result.key !== 'string' || typeof result.dir !== 'string') return undefined
  const pages = result.pages
  if (typeof pages !== 'object' || pages === null) return undefined
  return { key: result.key, dir: result.dir, pages }
}

async function run(collection: DataCollection, id: string): Promise<PreviewJob> {
  const command = env.sitePreviewCommand
  if (!command) return { state: 'failed', error: 'SITE_PREVIEW_COMMAND is not set' }
  const outcome = await runBuildCommand(`${command} --collection ${collection} --id ${id}`)
  const preview = outcome.ok ? parseReady(outcome.result) : undefined
  if (!preview) {
    const tail = outcome.logTail.split('\n').slice(-8).join('\n')
    return { state: 'failed', error: `${outcome.error ?? 'no result'}\n${tail}`.trim() }
  }
  memory.folders.set(preview.key, preview.dir)
  const seconds = typeof outcome.result?.seconds === 'number' ? outcome.result.seconds : 0
  return { state: 'ready', preview, seconds }
}

/**
 * The preview of `version` (a key naming the document's latest version and the live site's
 * release): started when first asked for, then read from memory.
 */
export function previewJob(
  collection: DataCollection,
  id: string,
  version: string,
  retry: boolean,
): PreviewJob {
  const key = `${collection}:${id}:${version}`
  const known = memory.jobs.get(key)
  if (known && !(retry && known.state === 'failed')) return known
  const pending: PreviewJob = { state: 'pending', startedAt: Date.now() }
  if (memory.jobs.size >= maxRemembered) {
    const oldest = memory.jobs.keys().next().value
    if (oldest !== undefined) memory.jobs.delete(oldest)
  }
  memory.jobs.set(key, pending)
  void run(collection, id).then((done) => memory.jobs.set(key, done))
  return pending
}

export function previewFolder(key: string): string | undefined {
  return memory.folders.get(key)
}
