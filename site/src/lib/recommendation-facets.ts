/**
 * The recommendations browser's data and its pure logic, shared by the build (which writes the
 * index) and the page's script (which filters it): the compact index format, the filter state in
 * the URL, which items match, and the facet counts (for each value of each filter, how many items
 * the current combination would leave if that value were chosen instead).
 */

/** The filters, in URL and form order; each takes one value (or none). */
export const facetKeys = ['audience', 'theme', 'report', 'status'] as const
export type FacetKey = (typeof facetKeys)[number]

/**
 * One recommendation: code, opening words of its text, indexes into the index's `values` of its
 * audiences and themes, its report and its current follow-up status, and the language of the text
 * when it is the other language's (not translated yet).
 */
export type IndexItem = [
  code: string,
  text: string,
  audiences: number[],
  themes: number[],
  report: number,
  status: number,
  textLang?: string,
]

export interface RecommendationIndex {
  /** The slugs (statuses) each item's indexes point into, per filter. */
  values: Record<FacetKey, string[]>
  items: IndexItem[]
}

export type FacetState = Partial<Record<FacetKey, string>>

export function readFacetState(params: URLSearchParams): FacetState {
  const state: FacetState = {}
  for (const key of facetKeys) {
    const value = params.get(key)?.trim()
    if (value) state[key] = value
  }
  return state
}

export function writeFacetState(state: FacetState): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of facetKeys) {
    const value = state[key]
    if (value) params.set(key, value)
  }
  return params
}

/** The value indexes of an item for one filter. */
function itemValues(item: IndexItem, key: FacetKey): readonly number[] {
  switch (key) {
    case 'audience':
      return item[2]
    case 'theme':
      return item[3]
    case 'report':
      return [item[4]]
    case 'status':
      return [item[5]]
  }
}

/** The chosen value of each filter as an index (-1: a value the index does not know). */
function chosenIndexes(index: RecommendationIndex, state: FacetState): Map<FacetKey, number> {
  const chosen = new Map<FacetKey, number>()
  for (const key of facetKeys) {
    const value = state[key]
    if (value) chosen.set(key, index.values[key].indexOf(value))
  }
  return chosen
}

export interface FacetResult {
  items: IndexItem[]
  /** Per filter, per value: the items matching the other filters and that value. */
  counts: Record<FacetKey, Map<string, number>>
}

/** The items matching every chosen filter, and the count of every value of every filter. */
export function applyFacets(index: RecommendationIndex, state: FacetState): FacetResult {
  const chosen = chosenIndexes(index, state)
  const tallies = Object.fromEntries(
    facetKeys.map((key) => [key, new Array<number>(index.values[key].length).fill(0)]),
  ) as Record<FacetKey, number[]>
  const items: IndexItem[] = []
  for (const item of index.items) {
    const failed = [...chosen].filter(([key, value]) => !itemValues(item, key).includes(value))
    if (failed.length > 1) continue
    const only = failed[0]?.[0]
    if (only === undefined) items.push(item)
    for (const key of facetKeys) {
      if (only !== undefined && key !== only) continue
      for (const value of new Set(itemValues(item, key))) {
        const tally = tallies[key]
        tally[value] = (tally[value] ?? 0) + 1
      }
    }
  }
  const counts = Object.fromEntries(
    facetKeys.map((key) => [
      key,
      new Map(index.values[key].map((value, i) => [value, tallies[key][i] ?? 0])),
    ]),
  ) as Record<FacetKey, Map<string, number>>
  return { items, counts }
}
