/**
 * The site's search index is one or more Pagefind bundles, each holding a fixed share of the
 * records (publish/src/outputs/search-index.ts): a publish re-indexes only the bundles whose
 * records changed. A page searches them as one: the first bundle's Pagefind is imported and the
 * others merged into it, and Pagefind ranks the results of all bundles together.
 *
 * No runtime imports on purpose: the search page bundles this module and the relevance benchmark
 * serves it, transpiled, to its Chromium harness (as search-engine.ts).
 */

/** Where the index lives on the site. */
export const searchIndexPath = '/pagefind/'

/** The file beside the bundles that says how many there are. */
export const searchBundlesFile = 'bundles.json'

export interface SearchBundles {
  readonly bundles: number
}

/** The folder of bundle `n` (from 0) inside the index folder. */
export function searchBundleFolder(n: number): string {
  return `${String(n)}/`
}

export interface MergeablePagefind {
  mergeIndex(indexPath: string, options?: { language?: string }): Promise<void>
}

/**
 * Pagefind over every bundle of the site's index at `origin`. `importModule` imports a bundle's
 * `pagefind.js` (the page's own `import()`, so that the module is not bundled).
 * - Without `language`: Pagefind searches the page's language (from `<html lang>`).
 * - With `language`: a separate instance that searches that language's index of every bundle too
 *   (its own page-language part is searched as well).
 */
export async function openSearchBundles<P extends MergeablePagefind>(
  origin: string,
  importModule: (url: string) => Promise<P>,
  language?: string,
): Promise<P> {
  const base = new URL(searchIndexPath, origin)
  const bundleUrl = (n: number) => new URL(searchBundleFolder(n), base).href
  const [listed, pagefind] = await Promise.all([
    fetch(new URL(searchBundlesFile, base)).then(async (response) => {
      if (!response.ok) throw new Error(`No search index list: HTTP ${String(response.status)}`)
      return (await response.json()) as SearchBundles
    }),
    // A query makes a second module instance when `language` is given: Pagefind keeps one
    // instance per module.
    importModule(`${bundleUrl(0)}pagefind.js${language ? `?${language}` : ''}`),
  ])
  const merged = Array.from({ length: listed.bundles }, (_, n) => n).filter(
    // The first bundle is the instance's own, except in another language: then it is merged
    // again by its absolute URL, which Pagefind does not skip as already merged.
    (n) => n > 0 || language !== undefined,
  )
  // One at a time: Pagefind's instance adds each merged index as it comes.
  for (const n of merged) {
    await pagefind.mergeIndex(bundleUrl(n), language === undefined ? {} : { language })
  }
  return pagefind
}
