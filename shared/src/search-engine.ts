/**
 * The search step both the search page and the relevance benchmark run against Pagefind. This
 * module has no runtime imports on purpose: the page bundles it, and the benchmark serves it,
 * transpiled, to the same Chromium harness, so what is measured is what readers run.
 *
 * A query is searched twice when normalisation changed it:
 * - `exact`: each word only spelling-normalised (والاستقطاب stays والاستقطاب), which finds the
 *   documents that use the word as typed;
 * - `broad`: each word reduced to its proclitic-free canonical form (استقطاب), which finds it
 *   however it is attached.
 * Exact matches come first, in Pagefind's order, then the other broad matches: the broad search
 * adds recall without pushing down what the reader typed. The page then ranks the first results
 * by match (search-rank.ts), which the benchmark serves the same way.
 */

export interface EngineQueries {
  readonly exact: string
  readonly broad: string
}

/** Pagefind filters: a document matches when it has any of the values of every key given. */
export type EngineFilters = Readonly<Record<string, { readonly any: readonly string[] }>>

export interface EngineResult {
  readonly id: string
  data(): Promise<unknown>
}

export interface EngineSearchResponse {
  readonly results: readonly EngineResult[]
}

export interface EnginePagefind {
  search(term: string, options?: { filters?: EngineFilters }): Promise<EngineSearchResponse | null>
}

export async function findResults(
  pagefind: EnginePagefind,
  queries: EngineQueries,
  filters: EngineFilters = {},
): Promise<EngineResult[]> {
  const options = { filters }
  if (queries.exact === queries.broad) {
    return [...((await pagefind.search(queries.broad, options))?.results ?? [])]
  }
  const [exact, broad] = await Promise.all([
    pagefind.search(queries.exact, options),
    pagefind.search(queries.broad, options),
  ])
  const merged = [...(exact?.results ?? [])]
  const seen = new Set(merged.map((result) => result.id))
  for (const result of broad?.results ?? []) {
    if (!seen.has(result.id)) merged.push(result)
  }
  return merged
}
