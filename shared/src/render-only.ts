/**
 * Which pages a partial Astro build renders: the file the publishing engine (an incremental
 * release) and the draft preview hand the site's page-list integration
 * (site/src/integrations/page-list.ts) through RENDER_ONLY_FILE.
 */
import { z } from 'zod'

/** A page Astro would render: its pathname (`/ar/findings/aie-f01/`) and route component. */
export interface PageListEntry {
  readonly pathname: string
  /** The route's component, as Astro names it: `src/pages/[lang]/findings/[code].astro`. */
  readonly route: string
}

export const pageListSchema = z.array(z.object({ pathname: z.string(), route: z.string() }))

export const renderOnlySchema = z.object({
  /** Routes rendered in full (by component). */
  routes: z
    .array(z.string())
    .default([])
    .transform((routes) => new Set(routes)),
  /** Single pages (by pathname): thousands for a finding cited by thousands. */
  paths: z
    .array(z.string())
    .default([])
    .transform((paths) => new Set(paths)),
  /**
   * The pages of the release this build starts from, pathname → route: a page not among them
   * (or now rendered by another route) is new and rendered too. Absent: only `routes` and `paths`.
   */
  known: z
    .record(z.string(), z.string())
    .optional()
    .transform((known) => (known === undefined ? undefined : new Map(Object.entries(known)))),
  /**
   * The site folder of that release: the pages not rendered again are taken from it, so the
   * build's `_headers` is written over them too (integrations/security-headers.ts).
   */
  baseSiteDir: z.string().optional(),
  /**
   * That release's record of each page's inline head styles (integrations/security-headers.ts),
   * so the kept pages' styles are taken from it instead of read from 31,000 files.
   */
  baseHeadStyles: z.string().optional(),
})
export type RenderOnly = z.input<typeof renderOnlySchema>

/** A RenderOnly as read back, with sets and maps to look pages up in. */
export type ParsedRenderOnly = z.output<typeof renderOnlySchema>

export function selectsPage(only: ParsedRenderOnly, page: PageListEntry): boolean {
  if (only.routes.has(page.route) || only.paths.has(page.pathname)) return true
  return only.known !== undefined && only.known.get(page.pathname) !== page.route
}

/**
 * The file a page is written to, relative to the site's folder, as Astro writes it with
 * `build.format: 'directory'` and `trailingSlash: 'always'`: `/ar/findings/aie-f01/` →
 * `ar/findings/aie-f01/index.html`; an endpoint with an extension (`/sitemap.xml`) as it is;
 * `/404` → `404.html`.
 */
export function pageOutputFile(pathname: string): string {
  const relative = pathname.replace(/^\/+/, '')
  if (relative === '404' || relative === '404/') return '404.html'
  if (relative === '') return 'index.html'
  if (relative.endsWith('/')) return `${relative}index.html`
  return /\.[a-z0-9]+$/i.test(relative) ? relative : `${relative}/index.html`
}
