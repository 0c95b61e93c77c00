import { describe, expect, it } from 'vitest'
import {
  applyFacets,
  readFacetState,
  writeFacetState,
  type RecommendationIndex,
} from '@mahjar/site/lib/recommendation-facets'

const index: RecommendationIndex = {
  values: {
    audience: ['donors', 'states'],
    theme: ['funding', 'rights'],
    report: ['r1', 'r2'],
    status: ['implemented', 'none'],
  },
  items: [
    ['A-1', 'one', [0], [0], 0, 1],
    ['A-2', 'two', [0, 1], [1], 0, 0],
    ['A-3', 'three', [1], [0, 1], 1, 1],
    ['A-4', 'four', [0], [0, 1], 1, 1, 'en'],
  ],
}

const codes = (state: Parameters<typeof applyFacets>[1]) =>
  applyFacets(index, state).items.map((item) => item[0])

describe('recommendation facets', () => {
  it('without a filter: every item, each value counted over everything', () => {
    const result = applyFacets(index, {})
    expect(result.items).toHaveLength(4)
    expect(Object.fromEntries(result.counts.audience)).toEqual({ donors: 3, states: 2 })
    expect(Object.fromEntries(result.counts.theme)).toEqual({ funding: 3, rights: 3 })
    expect(Object.fromEntries(result.counts.status)).toEqual({ implemented: 1, none: 3 })
  })

  it('filters combine, and each filter counts its values over the other filters only', () => {
    expect(codes({ audience: 'donors' })).toEqual(['A-1', 'A-2', 'A-4'])
    expect(codes({ audience: 'donors', theme: 'rights' })).toEqual(['A-2', 'A-4'])
    expect(codes({ audience: 'donors', theme: 'rights', report: 'r2' })).toEqual(['A-4'])
    const result = applyFacets(index, { audience: 'donors', theme: 'rights' })
    // Audience counts keep the theme: items on rights, by audience.
    expect(Object.fromEntries(result.counts.audience)).toEqual({ donors: 2, states: 2 })
    // Theme counts keep the audience: donors' items, by theme.
    expect(Object.fromEntries(result.counts.theme)).toEqual({ funding: 2, rights: 2 })
    expect(Object.fromEntries(result.counts.report)).toEqual({ r1: 1, r2: 1 })
    expect(Object.fromEntries(result.counts.status)).toEqual({ implemented: 1, none: 1 })
  })

  it('an unknown value matches nothing', () => {
    expect(codes({ theme: 'no-such-theme' })).toEqual([])
  })

  it('the state round-trips through the URL in a fixed order, empty values dropped', () => {
    const params = writeFacetState({ status: 'none', audience: 'donors' })
    expect(params.toString()).toBe('audience=donors&status=none')
    expect(readFacetState(params)).toEqual({ audience: 'donors', status: 'none' })
    expect(readFacetState(new URLSearchParams('theme=&report=r1'))).toEqual({ report: 'r1' })
  })
})
