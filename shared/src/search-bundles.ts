/**
 * The site's search index is one or more Pagefind bundles, each holding a fixed share of the
 * records (publish/src/outputs/search-index.ts): a publish re-indexes only the bundles whose
 * records changed. A page searches them as one: the first bundle's Pagefind is imported and the
 * others merged into it, and Pagefind ranks the results of all bundles together.
 *
 * A publish that changes a few records may add a delta instead (publish/src/outputs/search-delta.ts):
 * a small bundle of the changed records beside the unchanged bundles, and the ids of the pages
 * they replace or remove, which the page never shows. A full index is then built in the
 * background and replaces it (publish/src/release/consolidate-search.ts).
 *
 * No runtime imports on purpose: the search page bundles this module and the relevance benchmark
 * serves it, transpiled, to its Chromium harness (as search-engine.ts).
 */
import type { EnginePagefind } from './search-engine.ts'

/** Where the index lives on the site. */
export const searchIndexPath = '/pagefind/'

/** The file beside the bundles that says how many there are. */
export const searchBundlesFile = 'bundles.json'

/** The folder of the delta bundle inside the index folder. */
export const searchDeltaFolder = 'delta/'

export interface SearchBundles {
  readonly bundles: number
  /** A delta over the bundles: merged like them, and the bundles' superseded pages hidden. */
  readonly delta?: {
    /** Pagefind ids (a result's `id`) of the bundles' pages the delta replaces or removes. */
    readonly hidden: readonly string[]
  }
}

/** The folder of bundle `n` (from 0) inside the index folder. */
export function searchBundleFolder(n: number): string {
  return `${String(n)}/`
}

export interface MergeablePagefind extends EnginePagefind {
  mergeIndex(indexPath: string, options?: { language?: string }): Promise<void>
}

/**
 * `pagefind` whose searches leave out the pages `hidden` names. Its filter counts (`filters()`)
 * still count them, until the full index replaces the delta.
 */
function hiding<P extends MergeablePagefind>(pagefind: P, hidden: ReadonlySet<string>): P {
  if (hidden.size === 0) return pagefind
  const search: MergeablePagefind['search'] = async (term, options) => {
    const response = await pagefind.search(term, options)
    return response && { ...response, results: response.results.filter((r) => !hidden.has(r.id)) }
  }
  // Everything else is the module's own (a module namespace cannot be changed or spread).
  return Object.defineProperty(Object.create(pagefind) as P, 'search', { value: search })
}

/**
 * Pagefind over every bundle of the site's index at `origin`. `importModule` imports a bundle's
 * `pagefind.js` (the page's own `import()`, so that the module is not bundled).
 * - Without `language`: Pagefind searches the page's language (from `<html lang>`).
 * - With `language`: a separate instance that searches that language's index of every bundle too
 *   (its own page-language part is searched as well).
 * A delta's hidden pages are left out of every search.
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
  const merged = Array.from({ length: listed.bundles }, (_, n) => bundleUrl(n)).filter(
    // The first bundle is the instance's own, except in another language: then it is merged
    // again by its absolute URL, which Pagefind does not skip as already merged.
    (_, n) => n > 0 || language !== undefined,
  )
  if (listed.delta) merged.push(new URL(searchDeltaFolder, base).href)
  // One at a time: Pagefind's instance adds each merged index as it comes.
  for (const url of merged) {
    await pagefind.mergeIndex(url, language === undefined ? {} : { language })
  }
  return hiding(pagefind, new Set(listed.delta?.hidden))
}
