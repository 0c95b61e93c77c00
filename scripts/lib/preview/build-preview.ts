/**
 * A preview build: the site's own Astro templates rendering one document's latest draft, in
 * every language, into a private folder beside the releases, never into one:
 *
 *   <releasesDir>/.preview/<collection>-<id>-<hash>/snapshot/  the published snapshot with the draft
 *   <releasesDir>/.preview/<collection>-<id>-<hash>/site/      that document's pages and their assets
 *   <releasesDir>/.preview/<collection>-<id>-<hash>/done.json  written last: the build is complete
 *
 * `<hash>` is the snapshot's content hash, so an unchanged draft (and unchanged published
 * content around it) is served from the folder already built. Only that document's pages are
 * rendered (astro-pages.ts), which keeps a preview at bundling cost plus a few pages.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { exportSnapshot } from '@mahjar/cms/snapshot/export'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import type { RenderOnly } from '@mahjar/shared/render-only'
import { naturalKey, type CollectionSlug } from '@mahjar/shared/schemas/collections'
import { dataCollections, documentPath, type DataCollection } from '@mahjar/shared/urls'
import { repoRoot } from '@mahjar/publish/paths'
import { readCollectionFile } from '@mahjar/publish/snapshot'

export const previewFolder = '.preview'
/** Root-relative prefix under which the CMS serves a preview's assets (`/_astro/…`). */
export const previewAssetsPath = '/preview/assets'

export interface PreviewBuild {
  readonly ok: boolean
  /** `<collection>-<id>-<hash>`: the folder name, and the key of its assets URL. */
  readonly key?: string
  readonly dir?: string
  /** The document's page in each language, root-relative as on the site. */
  readonly pages?: Partial<Record<LocaleCode, string>>
  readonly cached?: boolean
  readonly seconds: number
  readonly error?: string
}

const siteDir = path.join(repoRoot, 'site')
const pagesScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'astro-pages.ts')

export function isPreviewCollection(value: string): value is DataCollection {
  return (dataCollections as readonly string[]).includes(value)
}

async function hashFolder(dir: string): Promise<string> {
  const hash = createHash('sha256')
  for (const name of (await readdir(dir)).sort()) {
    const data = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as Record<string, unknown>
    // The export time is not content: the same draft exported twice is the same preview.
    delete data.generatedAt
    hash.update(name).update(JSON.stringify(data))
  }
  return hash.digest('hex').slice(0, 16)
}

/** Runs astro-pages.ts in plain Node on `paths` alone; its output goes to `logFile`. */
function renderPages(dir: string, key: string, paths: readonly string[], logFile: string) {
  return new Promise<void>((resolve, reject) => {
    // As in the release build: a working directory of its own keeps Astro's prerender bundle
    // (<cwd>/.astro) private to this build, its imports still resolving from site/.
    const workDir = path.join(siteDir, '.astro', 'builds', `preview-${key}-${String(process.pid)}`)
    mkdirSync(workDir, { recursive: true })
    // The site's page-list integration renders these pages and no other.
    const onlyFile = path.join(dir, 'render-only.json')
    const only: RenderOnly = { paths: [...paths] }
    writeFileSync(onlyFile, JSON.stringify(only))
    const log = createWriteStream(logFile, { flags: 'a' })
    let tail = ''
    const child = spawn(
      process.execPath,
      [pagesScript, path.join(dir, 'site.tmp'), `${previewAssetsPath}/${key}`],
      {
        cwd: workDir,
        env: {
          ...process.env,
          PREVIEW_SITE_ROOT: siteDir,
          RENDER_ONLY_FILE: onlyFile,
          SNAPSHOT_DIR: path.join(dir, 'snapshot'),
          SITE_CACHE_DIR: path.join(dir, 'astro-cache'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const keep = (chunk: Buffer) => {
      log.write(chunk)
      tail = (tail + chunk.toString()).slice(-2000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      log.end()
      void rm(workDir, { recursive: true, force: true })
      if (code === 0) resolve()
      else
        reject(new Error(`astro build failed (${signal ?? `exit code ${String(code)}`})\n${tail}`))
    })
  })
}

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(2))

export async function buildPreview(
  payload: Payload,
  options: { collection: DataCollection; id: string; releasesDir: string },
): Promise<PreviewBuild> {
  const started = performance.now()
  const { collection, id } = options
  const root = path.join(options.releasesDir, previewFolder)
  const staging = path.join(root, `.export-${collection}-${id}-${String(process.pid)}`)
  try {
    await rm(staging, { recursive: true, force: true })
    const report = await exportSnapshot(payload, staging, {
      now: new Date(0),
      draftOf: { collection: collection as CollectionSlug, id },
    })
    const problem = report.skipped.find((message) => message.includes(` document ${id} `))
    if (problem) throw new Error(problem)
    const key = `${collection}-${id}-${await hashFolder(staging)}`
    const dir = path.join(root, key)
    const done = await readFile(path.join(dir, 'done.json'), 'utf8').catch(() => undefined)
    if (done !== undefined) {
      await rm(staging, { recursive: true, force: true })
      const pages = (JSON.parse(done) as { pages: PreviewBuild['pages'] }).pages
      return { ok: true, key, dir, pages, cached: true, seconds: seconds(started) }
    }
    // Built in a folder of its own, then moved into place: two previews of one draft can build
    // at once (the live release changed while the first was building), and the first one done
    // is the one kept.
    const building = path.join(root, `.build-${key}-${String(process.pid)}`)
    await rm(building, { recursive: true, force: true })
    await mkdir(building, { recursive: true })
    await rename(staging, path.join(building, 'snapshot'))
    const file = await readCollectionFile(path.join(building, 'snapshot'), collection)
    const draftId = await keyOfDraft(payload, collection, id)
    const doc = file.docs.find((entry) => draftId(entry))
    if (!doc) throw new Error(`${collection} document ${id} is not in the preview snapshot`)
    const pages = Object.fromEntries(
      localeCodes.map((lang) => [lang, documentPath(collection, doc, lang)]),
    ) as Record<LocaleCode, string>
    try {
      await renderPages(building, key, Object.values(pages), path.join(building, 'build.log'))
      await rename(path.join(building, 'site.tmp'), path.join(building, 'site'))
      await rm(path.join(building, 'astro-cache'), { recursive: true, force: true })
      await writeFile(path.join(building, 'done.json'), JSON.stringify({ pages }))
      await moveIntoPlace(building, dir)
    } finally {
      await rm(building, { recursive: true, force: true })
    }
    return { ok: true, key, dir, pages, cached: false, seconds: seconds(started) }
  } catch (error) {
    await rm(staging, { recursive: true, force: true })
    return {
      ok: false,
      seconds: seconds(started),
      error: error instanceof Error ? error.message : String(error),
    }
  }
}

/**
 * Renames a finished preview folder to its key's place. A complete folder already there (another
 * build of the same draft finished first) is kept; an incomplete one (a build cut short) is
 * replaced.
 */
async function moveIntoPlace(building: string, dir: string): Promise<void> {
  try {
    await rename(building, dir)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
    if (await stat(path.join(dir, 'done.json')).catch(() => undefined)) return
    await rm(dir, { recursive: true, force: true })
    await rename(building, dir)
  }
}

/** Recognises the previewed document in the snapshot by its natural key (code, slug…). */
async function keyOfDraft(payload: Payload, collection: DataCollection, id: string) {
  const draft = (await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    locale: 'all',
  })) as unknown as Record<string, unknown>
  const key = naturalKey(collection, draft)
  return (doc: Record<string, unknown>) => naturalKey(collection, doc) === key
}

/** Removes preview folders not used for `maxAgeMs` (they are rebuilt on demand). */
export async function prunePreviews(releasesDir: string, maxAgeMs = 24 * 3600_000) {
  const root = path.join(releasesDir, previewFolder)
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const info = await stat(path.join(root, name)).catch(() => undefined)
    if (info && Date.now() - info.mtimeMs > maxAgeMs) {
      await rm(path.join(root, name), { recursive: true, force: true })
    }
  }
}
