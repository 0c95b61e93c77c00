/**
 * `pageOfEachRoute` (publish/src/incremental/partial-pages.ts): the pages the warm engine's
 * warm-up renders so that every route's code is loaded, one per route, each a page that route
 * renders itself (of two routes giving one path, Astro renders it with the first listed).
 */
import { describe, expect, it } from 'vitest'
import { pageOfEachRoute } from '@mahjar/publish/incremental/partial-pages'

const finding = 'src/pages/[lang]/findings/[code].astro'
const table = 'src/pages/[lang]/findings/[...page].astro'
const filtered = 'src/pages/[lang]/findings/[kind]/[key]/[...page].astro'

describe('pageOfEachRoute', () => {
  it('takes the first page of each route, in the order of the list', () => {
    expect(
      pageOfEachRoute([
        { pathname: '/ar/findings/aie-f01/', route: finding },
        { pathname: '/ar/findings/', route: table },
        { pathname: '/ar/findings/aie-f02/', route: finding },
        { pathname: '/en/findings/', route: table },
      ]),
    ).toEqual(['/ar/findings/aie-f01/', '/ar/findings/'])
  })

  it("passes over a path another route renders, for the route's next page", () => {
    expect(
      pageOfEachRoute([
        { pathname: '/ar/findings/2/', route: table },
        { pathname: '/ar/findings/2/', route: filtered },
        { pathname: '/ar/findings/country/sy/', route: filtered },
      ]),
    ).toEqual(['/ar/findings/2/', '/ar/findings/country/sy/'])
  })

  it('gives a route no page when each of its paths is another route’s', () => {
    expect(
      pageOfEachRoute([
        { pathname: '/ar/findings/', route: table },
        { pathname: '/ar/findings/', route: filtered },
      ]),
    ).toEqual(['/ar/findings/'])
    expect(pageOfEachRoute([])).toEqual([])
  })
})
