/**
 * What the warm Astro process (publish/src/release/warm-renderer.ts) lends the site's build, on
 * `globalThis`, so that it can render pages again later from the same bundle with another
 * snapshot's content, without building again. The site's code calls these only when they are
 * there: a build in any other process is not affected.
 */

/** The global slot's name (`Symbol.for`): the site's generated data store module spells it out. */
export const warmRenderKey = 'mahjar.warm-render'

export interface WarmRenderHooks {
  /**
   * The content data store (Astro's devalue JSON text, as `astro:data-layer-content` holds it)
   * → what that module exports: a Map the warm process keeps, to put other content in later.
   */
  dataStore(text: string): unknown
  /**
   * Astro's default prerenderer of the build, as the page-list integration wraps it, and the
   * build's integrations (their hooks run again for each page rendered later).
   */
  keep(prerenderer: unknown, integrations: readonly unknown[]): void
  /** Changes whenever the kept data store's content is replaced: the site's caches are stale. */
  readonly dataVersion: number
  /**
   * The pages a render from the kept bundle has just written into `dir` (by file, relative to
   * it), while its build-done hooks run: what a hook would read back from those files.
   */
  readonly written?: { readonly dir: string; readonly pages: ReadonlyMap<string, string> }
}

/** The hooks the warm process lent, if the site builds inside it. */
export function warmRenderHooks(): WarmRenderHooks | undefined {
  return (globalThis as Record<symbol, WarmRenderHooks | undefined>)[Symbol.for(warmRenderKey)]
}
