import { describe, expect, it } from 'vitest'
import {
  engineQueries,
  pagefindFilters,
  readSearchState,
  writeSearchState,
} from '@mahjar/shared/search'
import { findResults, type EnginePagefind, type EngineResult } from '@mahjar/shared/search-engine'
import { matchQuality, matchScore, rankResults } from '@mahjar/shared/search-rank'
import { normaliseText } from '@mahjar/shared/arabic'
import { urls } from '@mahjar/shared/urls'

describe('search state in the URL', () => {
  it('reads an Arabic query and repeated filters from a shared URL', () => {
    const url = new URL(
      `${urls.search('ar', 'المانحين')}&type=recommendation&type=finding&theme=funding&unknown=1`,
      'https://mahjar.example',
    )
    expect(readSearchState(url.searchParams)).toEqual({
      query: 'المانحين',
      filters: { type: ['recommendation', 'finding'], theme: ['funding'] },
    })
  })

  it('writes the query first and the filters in their fixed order, and reads them back', () => {
    const state = { query: ' والشتات ', filters: { year: ['2021'], type: ['story'] } }
    const params = writeSearchState(state)
    expect(params.toString()).toBe(`q=${encodeURIComponent('والشتات')}&type=story&year=2021`)
    expect(readSearchState(params)).toEqual({ query: 'والشتات', filters: state.filters })
  })

  it('drops empty values and an empty query', () => {
    expect(readSearchState(new URLSearchParams('q=%20&theme='))).toEqual({ query: '', filters: {} })
    expect(writeSearchState({ query: '  ', filters: {} }).toString()).toBe('')
  })

  it('asks Pagefind for any of the chosen values of each filter', () => {
    expect(pagefindFilters({ type: ['finding', 'recommendation'], theme: [] })).toEqual({
      type: { any: ['finding', 'recommendation'] },
    })
  })
})

describe('the search step', () => {
  it('searches the word as typed and its canonical form', () => {
    expect(engineQueries('والشَّتات')).toEqual({ exact: 'والشتات', broad: 'شتات' })
    expect(engineQueries('Donors')).toEqual({ exact: 'donors', broad: 'donors' })
  })

  function fakePagefind(hits: Record<string, string[]>): EnginePagefind & { asked: string[] } {
    const asked: string[] = []
    return {
      asked,
      search: (term) => {
        asked.push(term)
        const results: EngineResult[] = (hits[term] ?? []).map((id) => ({
          id,
          data: () => Promise.resolve(id),
        }))
        return Promise.resolve({ results })
      },
    }
  }

  it('puts the documents that use the word as typed first, then the other forms, once each', async () => {
    const pagefind = fakePagefind({ والشتات: ['b'], شتات: ['a', 'b', 'c'] })
    const results = await findResults(pagefind, engineQueries('والشتات'))
    expect(results.map((r) => r.id)).toEqual(['b', 'a', 'c'])
  })

  it('searches once when normalisation changes nothing', async () => {
    const pagefind = fakePagefind({ donors: ['x'] })
    await findResults(pagefind, engineQueries('donors'))
    expect(pagefind.asked).toEqual(['donors'])
  })
})

describe('ranking by match', () => {
  /** Results whose data is a text; `loads` counts the data loaded. */
  function textResults(texts: Record<string, string>) {
    const loads: string[] = []
    const results: EngineResult[] = Object.entries(texts).map(([id, content]) => ({
      id,
      data: () => {
        loads.push(id)
        return Promise.resolve({ content, meta: { title: id } })
      },
    }))
    return { results, loads }
  }

  it('puts the item that says the word before its stem and prefix neighbours', async () => {
    const { results } = textResults({
      reform: 'برامج الإصلاح في البلد',
      origin: 'الجمعيات الأصلية والأصل',
      own: 'في البلد الأصلي للمهاجرين',
      none: 'نص آخر',
    })
    const ranked = await rankResults(results, engineQueries('الاصلي'))
    expect(ranked.map((r) => r.id)).toEqual(['own', 'origin', 'reform', 'none'])
  })

  it('keeps Pagefind order within a class and past the depth, and loads each item once', async () => {
    const { results, loads } = textResults({
      a: 'donor funding',
      b: 'other text',
      c: 'Donors fund',
      d: 'donor',
    })
    const ranked = await rankResults(results, engineQueries('donor'), 3)
    expect(ranked.map((r) => r.id)).toEqual(['a', 'c', 'b', 'd'])
    await Promise.all(ranked.map((r) => r.data()))
    expect(loads.sort()).toEqual(['a', 'b', 'c', 'd'])
  })

  it('scores exact > variant > neighbour, per query word', () => {
    expect(matchQuality('في البلد الأصلي', normaliseText('الاصلي'))).toBe(matchScore.exact)
    expect(matchQuality('والأصلي', normaliseText('الاصلي'))).toBe(matchScore.variant)
    expect(matchQuality('الإصلاح', normaliseText('الاصلي'))).toBe(matchScore.neighbour)
    expect(matchQuality('Donors fund', normaliseText('donor'))).toBe(matchScore.exact)
  })
})
