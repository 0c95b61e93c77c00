/**
 * The search contract between the index build (scripts/build-search-index.ts) and the search page:
 * which content types are indexed, which filters every record carries, which metadata a result
 * holds, and how a search (query + filters) is written in the page URL so it can be shared.
 *
 * Filter values are language-neutral keys (slugs, codes, ISO country codes, years); the page shows
 * their localized names.
 */
import { normaliseQuery, normaliseText } from './arabic.ts'
import type { EngineFilters, EngineQueries } from './search-engine.ts'
import type { LocaleCode } from './locales.ts'

export const searchTypes = [
  'report',
  'finding',
  'recommendation',
  'practice',
  'campaign-edition',
  'story',
] as const
export type SearchType = (typeof searchTypes)[number]

/** The two Pagefind queries of what a reader typed (see search-engine.ts). */
export function engineQueries(typed: string): EngineQueries {
  return { exact: normaliseText(typed), broad: normaliseQuery(typed) }
}

/** Filters as Pagefind takes them: any of the chosen values of a filter, all filters at once. */
export function pagefindFilters(filters: SearchFilters): EngineFilters {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  )
}

/** Filters in the order the page shows them; each is also its URL parameter name. */
export const searchFilterKeys = [
  'type',
  'status',
  'audience',
  'theme',
  'country',
  'report',
  'year',
] as const
export type SearchFilterKey = (typeof searchFilterKeys)[number]

export type SearchFilters = Partial<Record<SearchFilterKey, string[]>>

/** Metadata stored with every record: the original (un-normalised) text the page shows. */
export interface SearchMeta {
  title: string
  /** Plain text of the record (title excluded), original spelling, for the excerpt. */
  text: string
  type: SearchType
  /** Code or slug, shown beside the title of findings and recommendations. */
  key: string
  /** Set when the title is the other language's text (not translated yet), for its `lang`/`dir`. */
  titleLang?: LocaleCode
  /** Set when the excerpt text is the other language's text (not translated yet). */
  textLang?: LocaleCode
}

/** The URL parameter of the query: `/ar/search/?q=المانحين`. */
export const queryParam = 'q'

export interface SearchState {
  query: string
  filters: SearchFilters
}

/** Reads a search from a page URL's parameters; unknown parameters are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchFilters = {}
  for (const key of searchFilterKeys) {
    const values = params.getAll(key).filter((value) => value.trim() !== '')
    if (values.length > 0) filters[key] = [...new Set(values)]
  }
  return { query: (params.get(queryParam) ?? '').trim(), filters }
}

/** Writes a search as URL parameters (query first, then filters in their fixed order). */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.query.trim() !== '') params.set(queryParam, state.query.trim())
  for (const key of searchFilterKeys) {
    for (const value of state.filters[key] ?? []) params.append(key, value)
  }
  return params
}
