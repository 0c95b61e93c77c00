/**
 * An incremental release's pages: Astro renders only the pages a publish changes (the
 * dependency rules of affected-pages.ts, plus every page that is new or now rendered by another
 * route), and every other page is hard-linked from the live release. Pages the new snapshot no
 * longer has are simply not carried over. Everything else Astro writes (bundled assets, public
 * files, photos, `_headers`) comes whole from the partial build, so the release holds exactly
 * the files of a full build (tests/e2e/release/incremental-equivalence.e2e.test.ts checks it).
 *
 * A full build is chosen, with its reason in the log, when there is no live release to start
 * from, it was built from other site code or without a page list, or the rules say so.
 */
import { isDeepStrictEqual } from 'node:util'
import { existsSync } from 'node:fs'
import { link, readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { collectionRegistry, collectionSlugs } from '@mahjar/shared/collections'
import { ifMissing } from '@mahjar/shared/errors'
import {
  pageListSchema,
  pageOutputFile,
  renderOnlySchema,
  selectsPage,
  type PageListEntry,
  type RenderOnly,
} from '@mahjar/shared/render-only'
import { forEachFile, makeFolders } from '../outputs/files.ts'
import { readSnapshot } from '../snapshot.ts'
import { recordedSiteCode } from '../release/site-code.ts'
import type { Release } from '../release/releases.ts'
import { affectedPages } from './affected-pages.ts'

/** Every page a release's build rendered or kept, `{ pathname, route }`. */
export const pageListFile = (release: Release) => path.join(release.dir, 'pages.json')
/** What a partial build was told to render. */
export const renderOnlyFile = (release: Release) => path.join(release.dir, 'render-only.json')

export type PagesPlan =
  | { readonly kind: 'full'; readonly reason: string }
  | { readonly kind: 'partial'; readonly base: Release; readonly only: RenderOnly }

/** A release's page list; undefined when it has none, an error naming the file when unreadable. */
async function readPageList(file: string): Promise<PageListEntry[] | undefined> {
  const text = await readFile(file, 'utf8').catch(ifMissing(undefined))
  if (text === undefined) return undefined
  try {
    return pageListSchema.parse(JSON.parse(text))
  } catch (error) {
    throw new Error(
      `Unreadable page list ${file}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

/** The snapshot's files other than the collections' (countries, withdrawals, photos …). */
const collectionFiles = new Set<string>(
  collectionSlugs.map((c) => collectionRegistry[c].snapshotFile),
)
/**
 * Read by the permalink step alone, never by a page: it changes no page. (`redirects.json` does:
 * a redirect from a page's path takes that page's place, and gives it back when it goes.)
 */
const notForPages = new Set(['permalinks.json'])

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(ifMissing([]))
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** A snapshot file's content without its export time, which changes on every export. */
async function fileContent(file: string): Promise<unknown> {
  const bytes = await readFile(file)
  if (!file.endsWith('.json')) return bytes
  const content = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
  delete content.generatedAt
  return content
}

async function otherFilesChanged(before: string, after: string): Promise<string[]> {
  const [a, b] = await Promise.all([listFiles(before), listFiles(after)])
  const names = [...new Set([...a, ...b])].filter(
    (name) => !collectionFiles.has(name) && !notForPages.has(name),
  )
  const changed: string[] = []
  for (const name of names) {
    const contentIn = (dir: string) => {
      const file = path.join(dir, name)
      return existsSync(file) ? fileContent(file) : Promise.resolve(undefined)
    }
    const [x, y] = await Promise.all([contentIn(before), contentIn(after)])
    if (!isDeepStrictEqual(x, y)) changed.push(name)
  }
  return changed
}

/** Whether the pages of `snapshotDir` can be built from the live release, and which to render. */
export async function planPages(
  live: Release | undefined,
  snapshotDir: string,
  siteCode: string,
): Promise<PagesPlan> {
  if (!live) return { kind: 'full', reason: 'no live release to start from' }
  if ((await recordedSiteCode(live)) !== siteCode)
    return { kind: 'full', reason: 'the site code changed since the live release' }
  let known: PageListEntry[] | undefined
  try {
    known = await readPageList(pageListFile(live))
  } catch (error) {
    return { kind: 'full', reason: error instanceof Error ? error.message : String(error) }
  }
  if (!known) return { kind: 'full', reason: 'the live release has no page list' }
  const [before, after, other] = await Promise.all([
    readSnapshot(live.snapshotDir),
    readSnapshot(snapshotDir),
    otherFilesChanged(live.snapshotDir, snapshotDir),
  ])
  const affected = affectedPages({ before, after, otherFilesChanged: other })
  if ('full' in affected) return { kind: 'full', reason: affected.full }
  return {
    kind: 'partial',
    base: live,
    only: {
      routes: [...affected.routes].sort(),
      paths: [...affected.paths].sort(),
      // As Astro: of two routes giving one path, the first renders it.
      known: Object.fromEntries(
        [...known].reverse().map((page) => [page.pathname, page.route] as const),
      ),
      baseSiteDir: live.siteDir,
    },
  }
}

/**
 * Hard-links into `release`'s site every page of its page list that the partial build did not
 * render, from the base release: a link, never a copy, and never written to (Astro's pages of
 * this release were written to a folder of their own and are moved in after).
 */
export async function linkKeptPages(
  release: Release,
  only: RenderOnly,
): Promise<{ kept: number; rendered: number }> {
  const pages = await readPageList(pageListFile(release))
  if (!pages) throw new Error(`the partial build wrote no page list (${pageListFile(release)})`)
  const parsed = renderOnlySchema.parse(only)
  const base = parsed.baseSiteDir
  if (base === undefined) throw new Error('a partial build needs the release it starts from')
  const seen = new Set<string>()
  const keep: { readonly page: PageListEntry; readonly file: string }[] = []
  for (const page of pages) {
    // A path two routes give is rendered once, by the first (as Astro does).
    if (seen.has(page.pathname)) continue
    seen.add(page.pathname)
    if (!selectsPage(parsed, page)) keep.push({ page, file: pageOutputFile(page.pathname) })
  }
  await makeFolders(keep.map(({ file }) => path.join(release.siteDir, file)))
  await forEachFile(keep, async ({ page, file }) => {
    await link(path.join(base, file), path.join(release.siteDir, file)).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      throw new Error(
        `Cannot keep ${page.pathname} (${page.route}) from the live release: ${reason}`,
      )
    })
  })
  return { kept: keep.length, rendered: seen.size - keep.length }
}
