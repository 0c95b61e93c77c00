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
import { readFile, rename, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { collectionRegistry, collectionSlugs } from '@mahjar/shared/collections'
import { ParsedFiles } from '@mahjar/shared/parsed-files'
import {
  pageListSchema,
  pageOutputFile,
  renderOnlySchema,
  selectsPage,
  type PageListEntry,
  type ParsedRenderOnly,
  type RenderOnly,
} from '@mahjar/shared/render-only'
import { filesUnder, linkFiles, removeWithEmptyFolders } from '../outputs/files.ts'
import { readSnapshot } from '../snapshot.ts'
import { recordedSiteCode } from '../release/site-code.ts'
import type { Release } from '../release/releases.ts'
import { affectedPages } from './affected-pages.ts'

/** Every page a release's build rendered or kept, `{ pathname, route }`. */
export const pageListFile = (release: Release) => path.join(release.dir, 'pages.json')
/** What a partial build was told to render. */
export const renderOnlyFile = (release: Release) => path.join(release.dir, 'render-only.json')
/** Each page's inline head styles, for the next partial build's CSP (site: security-headers.ts). */
export const headStylesFile = (release: Release) => path.join(release.dir, 'head-styles.json')

export type PagesPlan =
  | { readonly kind: 'full'; readonly reason: string }
  | { readonly kind: 'partial'; readonly base: Release; readonly only: RenderOnly }

/**
 * Page lists this process read: a publish reads its own after Astro (its kept pages, then the
 * permalink check) and the next one reads it again as the live release's (31,000 pages at
 * 10,000 recommendations, 40-70 ms a parse).
 */
const pageLists = new ParsedFiles<PageListEntry[] | undefined>(4)

/** A release's page list; undefined when it has none, an error naming the file when unreadable. */
function readPageList(file: string): Promise<PageListEntry[] | undefined> {
  return pageLists.read(file, (text) => {
    if (text === undefined) return undefined
    try {
      return pageListSchema.parse(JSON.parse(text))
    } catch (error) {
      throw new Error(
        `Unreadable page list ${file}: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
  })
}

/**
 * The page files `release`'s site holds, by its page list: its build rendered each into the site
 * folder, linked or kept it from the live release, or failed. Absolute paths, as `distPath`
 * gives them; empty when it has no list.
 */
export async function pageFilesOf(release: Release): Promise<Set<string>> {
  const pages = (await readPageList(pageListFile(release))) ?? []
  return new Set(pages.map((page) => path.join(release.siteDir, pageOutputFile(page.pathname))))
}

/**
 * One page of each route of `pages`: the first that route renders itself (of two routes giving
 * one path, the first listed renders it, as Astro does). The warm engine's warm-up renders these
 * (BuildContext `alsoRender`) to load every route's code.
 */
export function pageOfEachRoute(pages: readonly PageListEntry[]): string[] {
  const renderedBy = new Map<string, string>()
  for (const page of pages)
    if (!renderedBy.has(page.pathname)) renderedBy.set(page.pathname, page.route)
  const first = new Map<string, string>()
  for (const page of pages) {
    if (!first.has(page.route) && renderedBy.get(page.pathname) === page.route)
      first.set(page.route, page.pathname)
  }
  return [...first.values()]
}

/** `release`'s page of each route (`pageOfEachRoute`); none when it has no page list. */
export async function pageOfEachRouteOf(release: Release): Promise<string[]> {
  return pageOfEachRoute((await readPageList(pageListFile(release))) ?? [])
}

/**
 * Of `pathnames`, how many pages `release` holds as files of its own: written by its build, not
 * hard-linked from `base` (an incremental release links the pages it does not render).
 */
export async function pagesRenderedAnew(
  release: Release,
  base: Release,
  pathnames: readonly string[],
): Promise<number> {
  const inode = (siteDir: string, pathname: string) =>
    stat(path.join(siteDir, pageOutputFile(pathname))).then(
      (found) => found.ino,
      () => undefined,
    )
  let anew = 0
  for (const pathname of pathnames) {
    const [own, based] = await Promise.all([
      inode(release.siteDir, pathname),
      inode(base.siteDir, pathname),
    ])
    if (own !== undefined && own !== based) anew += 1
  }
  return anew
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
  return ((await filesUnder(dir)) ?? []).sort()
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

/** The live release a partial build can start from, with its page list; or why it cannot. */
export type PagesBase =
  | { readonly kind: 'full'; readonly reason: string }
  | { readonly kind: 'base'; readonly base: Release; readonly known: readonly PageListEntry[] }

/**
 * Whether a partial build can start from `live` at all: built with this site code, with a page
 * list. Quick (two small files), so Astro can be started before the plan is made.
 */
export async function pagesBase(live: Release | undefined, siteCode: string): Promise<PagesBase> {
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
  return { kind: 'base', base: live, known }
}

/** Which pages of `snapshotDir` to render over `start`'s release (the dependency rules), or none. */
export async function planFrom(
  { base, known }: Extract<PagesBase, { kind: 'base' }>,
  snapshotDir: string,
): Promise<PagesPlan> {
  const [before, after, other] = await Promise.all([
    readSnapshot(base.snapshotDir),
    readSnapshot(snapshotDir),
    otherFilesChanged(base.snapshotDir, snapshotDir),
  ])
  const affected = affectedPages({ before, after, otherFilesChanged: other })
  if ('full' in affected) return { kind: 'full', reason: affected.full }
  return {
    kind: 'partial',
    base,
    only: {
      routes: [...affected.routes].sort(),
      paths: [...affected.paths].sort(),
      // As Astro: of two routes giving one path, the first renders it.
      known: Object.fromEntries(
        [...known].reverse().map((page) => [page.pathname, page.route] as const),
      ),
      baseSiteDir: base.siteDir,
      baseHeadStyles: headStylesFile(base),
    },
  }
}

/** Whether the pages of `snapshotDir` can be built from the live release, and which to render. */
export async function planPages(
  live: Release | undefined,
  snapshotDir: string,
  siteCode: string,
): Promise<PagesPlan> {
  const start = await pagesBase(live, siteCode)
  return start.kind === 'full' ? start : planFrom(start, snapshotDir)
}

/** A render-only file that selects every page: no page is known, so each is new. */
export const everyPage: RenderOnly = { known: {} }

/**
 * Writes what `release`'s partial build renders. Astro may already be running and waiting for
 * the file, so it appears whole or not at all (a rename).
 */
export async function writeRenderOnly(release: Release, only: RenderOnly): Promise<void> {
  const file = renderOnlyFile(release)
  await writeFile(`${file}.tmp`, JSON.stringify(only))
  await rename(`${file}.tmp`, file)
}

/** Each RenderOnly read back once: 31,000 known pages at 10,000 recommendations, 0.1 s a parse. */
const readBack = new WeakMap<RenderOnly, ParsedRenderOnly>()

function parsedRenderOnly(only: RenderOnly): ParsedRenderOnly {
  let read = readBack.get(only)
  if (!read) {
    read = renderOnlySchema.parse(only)
    readBack.set(only, read)
  }
  return read
}

/** The output files of the pages `only` does not select, a path once (the first route gives it). */
function keptFiles(
  pages: Iterable<PageListEntry>,
  only: ParsedRenderOnly,
): Map<string, PageListEntry> {
  const seen = new Set<string>()
  const kept = new Map<string, PageListEntry>()
  for (const page of pages) {
    // A path two routes give is rendered once, by the first (as Astro does).
    if (seen.has(page.pathname)) continue
    seen.add(page.pathname)
    if (!selectsPage(only, page)) kept.set(pageOutputFile(page.pathname), page)
  }
  return kept
}

function baseSiteDirOf(only: ParsedRenderOnly): string {
  if (only.baseSiteDir === undefined)
    throw new Error('a partial build needs the release it starts from')
  return only.baseSiteDir
}

/** Hard-links `pages` into `release`'s site from `base`: a link, never a copy. */
async function linkPages(
  release: Release,
  base: string,
  pages: ReadonlyMap<string, PageListEntry>,
): Promise<void> {
  const entries = [...pages]
  const [failure] = await linkFiles(
    entries.map(([file]) => [path.join(base, file), path.join(release.siteDir, file)] as const),
  )
  if (!failure) return
  const page = entries[failure.index]?.[1]
  const what = page ? `${page.pathname} (${page.route})` : 'a page'
  throw new Error(`Cannot keep ${what} from the live release: ${failure.message}`)
}

/**
 * While Astro renders: hard-links into `release`'s site every page of the base release's list
 * that `only` does not select. Its folders and links (31,842 pages at 10,000 recommendations)
 * took 4–6 s after Astro was done; now they are made beside it. Returns the files linked, for
 * `linkKeptPages` to settle against the page list the build wrote.
 */
export async function linkBasePages(release: Release, only: RenderOnly): Promise<Set<string>> {
  const parsed = parsedRenderOnly(only)
  const known = [...(parsed.known ?? new Map<string, string>())].map(([pathname, route]) => ({
    pathname,
    route,
  }))
  const pages = keptFiles(known, parsed)
  await linkPages(release, baseSiteDirOf(parsed), pages)
  return new Set(pages.keys())
}

/**
 * Makes `release`'s site hold, hard-linked from the base release, exactly the pages of its page
 * list that the partial build did not render: `linked` (what `linkBasePages` linked from the
 * base's list) plus the kept pages the base did not list, without the pages the new list no
 * longer keeps (gone, or now rendered). Never written to: Astro's pages of this release were
 * written to a folder of their own and are moved in after.
 */
export async function linkKeptPages(
  release: Release,
  only: RenderOnly,
  linked: ReadonlySet<string> = new Set(),
): Promise<{ kept: number; rendered: number }> {
  const pages = await readPageList(pageListFile(release))
  if (!pages) throw new Error(`the partial build wrote no page list (${pageListFile(release)})`)
  const parsed = parsedRenderOnly(only)
  const kept = keptFiles(pages, parsed)
  const missing = new Map([...kept].filter(([file]) => !linked.has(file)))
  await linkPages(release, baseSiteDirOf(parsed), missing)
  for (const file of linked) {
    if (!kept.has(file)) await removeWithEmptyFolders(release.siteDir, file)
  }
  const paths = new Set(pages.map((page) => page.pathname))
  return { kept: kept.size, rendered: paths.size - kept.size }
}
