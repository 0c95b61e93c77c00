/**
 * The dependency rules of an incremental build (`@mahjar/publish/incremental/affected-pages`):
 * after an edit, every page that shows the edited item (its own pages, the lists, previews,
 * groups and feeds it appears in) is rendered again, and the pages that do not show it are not;
 * changes that reach too far ask for a full build.
 */
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  affectedPages,
  affectedRoutes,
  type SnapshotPair,
} from '@mahjar/publish/incremental/affected-pages'
import { readSnapshot, type Snapshot } from '@mahjar/publish/snapshot'
import { fromRoot } from '../../helpers/paths.ts'
import { fixtureSnapshotDir } from '../../helpers/site-build.ts'

let fixture: Snapshot

beforeAll(async () => {
  fixture = await readSnapshot(fixtureSnapshotDir)
})

/** The fixture and a copy of it changed by `edit`. */
function pairOf(edit: (after: Snapshot) => void, otherFilesChanged: string[] = []): SnapshotPair {
  const after = structuredClone(fixture)
  edit(after)
  return { before: fixture, after, otherFilesChanged }
}

/** The rules' answer for `pair`, which must be a partial build. */
function partial(pair: SnapshotPair): { routes: Set<string>; paths: Set<string> } {
  const affected = affectedPages(pair)
  if ('full' in affected) throw new Error(`a full build: ${affected.full}`)
  return { routes: new Set(affected.routes), paths: new Set(affected.paths) }
}

function find<T>(items: readonly T[], match: (item: T) => boolean): T {
  const item = items.find(match)
  if (item === undefined) throw new Error('not in the fixture')
  return item
}

const recommendation = (s: Snapshot, code: string) =>
  find(s.recommendations, (r) => r.code === code)
const finding = (s: Snapshot, code: string) => find(s.findings, (f) => f.code === code)

/** The same day as the fixture's documents: `today` stays where it was. */
const sameDay = '2026-11-20T15:00:00.000Z'

/** `count` recommendations like AIE-A1 (after the fixture's), each resting on AIE-F01. */
function manyRecommendations(s: Snapshot, count: number): void {
  const model = recommendation(s, 'AIE-A1')
  for (let n = 1; n <= count; n += 1) {
    s.recommendations.push({
      ...structuredClone(model),
      code: `AIE-X${String(n)}`,
      order: 100 + n,
      evidence: ['AIE-F01'],
    })
  }
}

describe('a recommendation whose text was edited', () => {
  const pair = () =>
    pairOf((s) => {
      const rec = recommendation(s, 'AIE-A1')
      rec.text = { ar: 'نص معدّل', en: 'An edited text' }
      rec.updatedAt = sameDay
    })

  it('shows the new text on its pages in both languages and behind its short link', () => {
    const { paths } = partial(pair())
    expect(paths).toContain('/ar/recommendations/aie-a1/')
    expect(paths).toContain('/en/recommendations/aie-a1/')
    expect(paths).toContain('/r/aie-a1/')
  })

  it('shows it in the previews of the findings it rests on and of its report', () => {
    const { paths } = partial(pair())
    for (const lang of ['ar', 'en']) {
      expect(paths).toContain(`/${lang}/findings/aie-f01/`)
      expect(paths).toContain(`/${lang}/findings/aie-f02/`)
      expect(paths).toContain(`/${lang}/reports/activism-in-exile/`)
    }
  })

  it('shows it on the pages of its status, audience, theme and report groups, and in the index', () => {
    const { paths } = partial(pair())
    expect(paths).toContain('/ar/recommendations/status/none/')
    expect(paths).toContain('/en/recommendations/audience/diaspora-activists-and-organisations/')
    expect(paths).toContain('/ar/recommendations/theme/advocacy/')
    expect(paths).toContain('/en/recommendations/report/activism-in-exile/')
    expect(paths).toContain('/ar/recommendations/index.json')
  })

  it('leaves the pages that do not show it: other recommendations, groups, findings, counts', () => {
    const { routes, paths } = partial(pair())
    expect(routes.size).toBe(0)
    for (const page of [
      '/ar/recommendations/aie-b1-11/',
      '/r/aie-b1-11/',
      '/ar/findings/aie-f03/',
      '/ar/recommendations/theme/funding/',
      '/ar/recommendations/',
      '/ar/reports/',
      '/ar/reports/activism-in-exile/follow-up/',
      '/ar/recommendations/follow-up.xml',
      '/ar/',
      '/ar/feed.xml',
    ])
      expect(paths).not.toContain(page)
  })
})

describe('a long group of recommendations', () => {
  const many = 250

  it('renders again only the page of the group that shows an edited text', () => {
    const before = structuredClone(fixture)
    manyRecommendations(before, many)
    const after = structuredClone(before)
    recommendation(after, 'AIE-X150').text = { ar: 'نص معدّل', en: 'An edited text' }
    const { paths } = partial({ before, after, otherFilesChanged: [] })
    // AIE-A1 comes first in its report's group, so the 150th of the others is its 151st item.
    expect(paths).toContain('/ar/recommendations/report/activism-in-exile/2/')
    expect(paths).not.toContain('/ar/recommendations/report/activism-in-exile/')
    expect(paths).not.toContain('/ar/recommendations/report/activism-in-exile/3/')
    expect(paths).toContain('/en/recommendations/finding/aie-f01/2/')
    expect(paths).not.toContain('/en/recommendations/finding/aie-f01/')
  })

  it('renders every page of a group a new member joins: each page shows the count', () => {
    const before = structuredClone(fixture)
    manyRecommendations(before, many)
    const after = structuredClone(before)
    after.recommendations.push({
      ...structuredClone(recommendation(after, 'AIE-X1')),
      code: 'AIE-X999',
      order: 999,
    })
    const { paths } = partial({ before, after, otherFilesChanged: [] })
    for (const page of ['', '2/', '3/'])
      expect(paths).toContain(`/ar/recommendations/report/activism-in-exile/${page}`)
    expect(paths).toContain('/en/recommendations/finding/aie-f01/3/')
    expect(paths).not.toContain('/ar/recommendations/aie-x1/')
  })
})

describe('a finding whose statistic was edited', () => {
  const pair = () =>
    pairOf((s) => {
      const f = finding(s, 'AIE-F03')
      if (!f.statistic) throw new Error('AIE-F03 has a statistic in the fixture')
      f.statistic.value = Math.max(0, f.statistic.value - 1)
      f.updatedAt = sameDay
    })

  it('shows the new figure on its pages, and on the recommendations resting on it', () => {
    const { paths } = partial(pair())
    for (const lang of ['ar', 'en']) {
      expect(paths).toContain(`/${lang}/findings/aie-f03/`)
      expect(paths).toContain(`/${lang}/recommendations/aie-b1-11/`)
      expect(paths).toContain(`/${lang}/reports/activism-in-exile/`)
      expect(paths).toContain(`/${lang}/`)
      expect(paths).toContain(`/${lang}/feed.xml`)
    }
    // Its short link shows the statement alone, which did not change.
    expect(paths).not.toContain('/f/aie-f03/')
  })

  it('shows it in the findings table: its page, its filters, the sorted views, the table data', () => {
    const { routes, paths } = partial(pair())
    expect(paths).toContain('/ar/findings/')
    expect(paths).toContain('/en/findings/report/activism-in-exile/')
    expect(paths).toContain('/ar/findings/theme/funding/')
    expect(paths).toContain('/ar/findings/table.json')
    expect(routes).toContain(affectedRoutes.findingsSorted)
    expect(routes).not.toContain(affectedRoutes.findingsFiltered)
    expect(paths).not.toContain('/ar/findings/theme/advocacy/')
    expect(paths).not.toContain('/ar/findings/country/sy/')
  })

  it('leaves the recommendations that do not rest on it', () => {
    const { paths } = partial(pair())
    expect(paths).not.toContain('/ar/recommendations/aie-a1/')
    expect(paths).not.toContain('/ar/recommendations/aie-c2/')
    expect(paths).not.toContain('/ar/findings/aie-f01/')
  })
})

describe('a practice that was edited', () => {
  it('shows the new title on its page and in the list of practices, nowhere else', () => {
    const { routes, paths } = partial(
      pairOf((s) => {
        const practice = find(s.practices, (p) => p.slug === 'kampala-for-all')
        practice.title = { ar: 'عنوان جديد', en: 'A new title' }
        practice.updatedAt = sameDay
      }),
    )
    expect(routes.size).toBe(0)
    expect([...paths].sort()).toEqual(
      [
        '/ar/practices/kampala-for-all/',
        '/en/practices/kampala-for-all/',
        '/ar/practices/',
        '/en/practices/',
        '/sitemap.xml',
      ].sort(),
    )
  })

  it('moves the build\'s "today" to a new day: the home page says whether the campaign runs', () => {
    const { paths } = partial(
      pairOf((s) => {
        find(s.practices, (p) => p.slug === 'kampala-for-all').updatedAt =
          '2026-11-21T08:00:00.000Z'
      }),
    )
    expect(paths).toContain('/ar/')
    expect(paths).toContain('/en/')
    expect(paths).toContain('/ar/practices/kampala-for-all/')
    expect(paths).not.toContain('/ar/practices/')
  })
})

describe('a new recommendation', () => {
  const pair = () =>
    pairOf((s) => {
      s.recommendations.push({
        ...structuredClone(recommendation(s, 'AIE-A1')),
        code: 'AIE-A9',
        order: 9,
        evidence: ['AIE-F03'],
        createdAt: sameDay,
        updatedAt: sameDay,
      })
    })

  it('is listed and counted by its report, the finding it rests on, its groups and the browser', () => {
    const { paths } = partial(pair())
    for (const lang of ['ar', 'en']) {
      expect(paths).toContain(`/${lang}/reports/activism-in-exile/`)
      expect(paths).toContain(`/${lang}/reports/activism-in-exile/follow-up/`)
      expect(paths).toContain(`/${lang}/reports/`)
      expect(paths).toContain(`/${lang}/findings/aie-f03/`)
      expect(paths).toContain(`/${lang}/recommendations/`)
      expect(paths).toContain(`/${lang}/recommendations/index.json`)
      expect(paths).toContain(`/${lang}/recommendations/status/none/`)
      expect(paths).toContain(`/${lang}/recommendations/theme/advocacy/`)
      expect(paths).toContain(`/${lang}/recommendations/report/activism-in-exile/`)
    }
    expect(paths).toContain('/sitemap.xml')
  })

  it('leaves the pages of the other recommendations as they are', () => {
    const { routes, paths } = partial(pair())
    expect(routes.size).toBe(0)
    expect(paths).not.toContain('/ar/recommendations/aie-a1/')
    expect(paths).not.toContain('/ar/recommendations/aie-b1-11/')
    expect(paths).not.toContain('/ar/findings/aie-f01/')
    expect(paths).not.toContain('/ar/recommendations/theme/funding/')
  })
})

describe('a deleted finding', () => {
  const pair = () =>
    pairOf((s) => {
      s.findings.splice(s.findings.indexOf(finding(s, 'AIE-F02')), 1)
    })

  it('leaves the evidence of the recommendations that rested on it', () => {
    const { paths } = partial(pair())
    expect(paths).toContain('/ar/recommendations/aie-a1/')
    expect(paths).toContain('/en/recommendations/aie-a1/')
    expect(paths).not.toContain('/ar/recommendations/aie-b1-11/')
  })

  it('leaves the findings table, its report, the home page, the feed and the counts', () => {
    const { routes, paths } = partial(pair())
    expect(routes).toEqual(new Set(Object.values(affectedRoutes)))
    for (const lang of ['ar', 'en']) {
      expect(paths).toContain(`/${lang}/findings/table.json`)
      expect(paths).toContain(`/${lang}/reports/activism-in-exile/`)
      expect(paths).toContain(`/${lang}/reports/`)
      expect(paths).toContain(`/${lang}/`)
      expect(paths).toContain(`/${lang}/feed.xml`)
    }
    expect(paths).toContain('/sitemap.xml')
  })
})

describe('changes that reach too far', () => {
  it('builds everything when a theme is renamed: its name is on tags, filters and groups', () => {
    const affected = affectedPages(
      pairOf((s) => {
        const theme = find(s.themes, (t) => t.slug === 'advocacy')
        theme.name = { ar: 'مناصرة', en: 'Renamed' }
      }),
    )
    expect(affected).toHaveProperty('full')
  })

  it('builds everything when the withdrawals changed', () => {
    expect(affectedPages(pairOf(() => undefined, ['withdrawals.json']))).toHaveProperty('full')
  })

  it('builds everything when a report changed', () => {
    const affected = affectedPages(
      pairOf((s) => {
        const report = find(s.reports, (r) => r.slug === 'activism-in-exile')
        report.updatedAt = sameDay
      }),
    )
    expect(affected).toHaveProperty('full')
  })

  it('builds everything when a theme gets its first recommendation: its tags become links', () => {
    const affected = affectedPages(
      pairOf((s) => {
        recommendation(s, 'AIE-A1').themes.push('economic-inclusion')
      }),
    )
    expect(affected).toHaveProperty('full')
  })
})

describe('no change', () => {
  it('renders nothing again', () => {
    const { routes, paths } = partial(pairOf(() => undefined))
    expect(routes.size).toBe(0)
    expect(paths.size).toBe(0)
  })
})

describe('the routes the rules name', () => {
  it('are route files of the site (a renamed page file would leave its pages stale)', () => {
    for (const route of Object.values(affectedRoutes))
      expect(existsSync(fromRoot('site', route)), route).toBe(true)
  })
})
