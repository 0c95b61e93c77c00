/**
 * Browse pages stay light at scale: the corpus plus 10,000 synthetic recommendations, about 60 %
 * with synthetic follow-up (scripts/bench/lib/synthetic.ts), built like a release (site and open data),
 * and every page a reader browses recommendations through — the recommendations index and its
 * status, audience and theme pages (every page of each), each report's follow-up overview, the
 * follow-up feed — and every other browse page (reports, each page of the findings table,
 * each of its report, theme and country views and its sorted views, campaigns and each campaign, stories) must
 * weigh at most 100 KB gzipped. Detail pages (one recommendation) are left out: they do not grow
 * with the collection. The recommendations browser's index (fetched only once a reader combines
 * filters) is measured too and held under `indexLimitBytes` gzipped. The build takes minutes; it
 * runs once here.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { findingFilterKinds, pagedPath, urls } from '@mahjar/shared/urls'
import { addSynthetic } from '@mahjar/scripts/bench/bench-site'
import { snapshotFromContent } from '@mahjar/scripts/snapshot-from-content'
import { listedOnDetailPages } from '@mahjar/shared/paging'
import { fromRoot } from '../../helpers/paths.ts'
import { buildSiteFrom, removeSiteBuild, type BuiltSite } from '../../helpers/site-build.ts'
import { snapshotDocs } from '../../helpers/snapshot-files.ts'

const syntheticCount = 10_000
const limitBytes = 100 * 1024
/** The recommendations browser's index: one download, on first use of the filters. */
const indexLimitBytes = 400 * 1024

let work: string
let site: Omit<BuiltSite, 'source'> | undefined

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'mahjar-weight-'))
  const corpus = path.join(work, 'corpus')
  await snapshotFromContent(fromRoot('content'), corpus, { lenient: true })
  const snapshot = path.join(work, 'synthetic')
  await addSynthetic(corpus, snapshot, syntheticCount)
  site = buildSiteFrom(snapshot, fromRoot('content', 'pages'), work)
}, 1_200_000)

afterAll(() => {
  if (site) removeSiteBuild(site)
  rmSync(work, { recursive: true, force: true })
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

interface Weight {
  page: string
  gzipped: number
}

/** The browse pages of the build (see above), with their gzipped sizes. */
function browsePages(built: Omit<BuiltSite, 'source'>): Weight[] {
  const codes = snapshotDocs(built.snapshotDir, 'recommendations')
  const reports = snapshotDocs(built.snapshotDir, 'reports')
  const campaigns = new Set(
    snapshotDocs(built.snapshotDir, 'campaign-editions').map((e) => e.campaign),
  )
  /**
   * The findings table's pages: index.html of its folder and of each numbered page in it, every
   * page of its static filtered views (one report, theme or country) and of its sorted views
   * (`urls.findingsSorted`: the whole table by one column, each order).
   */
  const findingsPages = (lang: LocaleCode) => {
    const dir = path.join(built.distDir, urls.findings(lang))
    const filtered = [...findingFilterKinds, 'sorted'].flatMap((kind) => {
      const kindDir = path.join(dir, kind)
      return existsSync(kindDir)
        ? filesUnder(kindDir).map((file) => `/${path.relative(built.distDir, file)}`)
        : []
    })
    return readdirSync(dir)
      .filter((name) => /^\d+$/.test(name))
      .map((name) => `${pagedPath(urls.findings(lang), Number(name))}index.html`)
      .concat(`${urls.findings(lang)}index.html`, ...filtered)
  }
  const details = new Set(
    localeCodes.flatMap((lang) =>
      codes.map((r) => `${urls.recommendation(lang, r.code)}index.html`),
    ),
  )
  const pages = localeCodes.flatMap((lang) => [
    ...filesUnder(path.join(built.distDir, urls.recommendations(lang)))
      .map((file) => `/${path.relative(built.distDir, file)}`)
      .filter((page) => page.endsWith('.html') && !details.has(page)),
    ...reports.map((r) => `${urls.followUp(lang, r.slug)}index.html`),
    urls.followUpFeed(lang),
    `${urls.reports(lang)}index.html`,
    ...findingsPages(lang),
    `${urls.campaigns(lang)}index.html`,
    ...[...campaigns].map((c) => `${urls.campaign(lang, c)}index.html`),
    `${urls.stories(lang)}index.html`,
  ])
  return pages.map((page) => ({
    page,
    gzipped: gzipSync(readFileSync(path.join(built.distDir, page))).length,
  }))
}

describe(`browse pages with ${String(syntheticCount)} synthetic recommendations`, () => {
  it('each weighs at most 100 KB gzipped (the three largest are reported)', () => {
    if (!site) throw new Error('the site was not built')
    const weights = browsePages(site).sort((a, b) => b.gzipped - a.gzipped)
    const sorted = weights.filter((w) => /\/findings\/sorted\//.test(w.page))
    expect(sorted.length, 'the sorted findings pages are weighed').toBeGreaterThanOrEqual(2 * 3 * 2)
    const largest = weights
      .slice(0, 3)
      .map((w) => `${w.page}: ${(w.gzipped / 1024).toFixed(1)} KB`)
      .join(', ')
    process.stderr.write(
      `page weight: ${String(weights.length)} browse pages, built in ${(site.buildMs / 1000).toFixed(0)} s; largest ${largest}\n`,
    )
    expect(weights.length).toBeGreaterThan(4)
    expect(
      weights.filter((w) => w.gzipped > limitBytes).map((w) => w.page),
      `largest: ${largest}`,
    ).toEqual([])
  })

  it('every HTML page of the build, detail pages too, weighs at most 100 KB gzipped', () => {
    if (!site) throw new Error('the site was not built')
    const built = site
    const weights = filesUnder(built.distDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({
        page: `/${path.relative(built.distDir, file)}`,
        gzipped: gzipSync(readFileSync(file)).length,
      }))
      .sort((a, b) => b.gzipped - a.gzipped)
    const largest = weights
      .slice(0, 3)
      .map((w) => `${w.page}: ${(w.gzipped / 1024).toFixed(1)} KB`)
      .join(', ')
    process.stderr.write(`page weight: ${String(weights.length)} HTML pages; largest ${largest}\n`)
    expect(weights.length).toBeGreaterThan(2 * syntheticCount)
    expect(
      weights.filter((w) => w.gzipped > limitBytes).map((w) => w.page),
      `largest: ${largest}`,
    ).toEqual([])
  })

  it(`a report's and a finding's page list their first ${String(listedOnDetailPages)} recommendations and link to all of them`, () => {
    if (!site) throw new Error('the site was not built')
    const built = site
    const recommendations = snapshotDocs(built.snapshotDir, 'recommendations')
    const [report] = snapshotDocs(built.snapshotDir, 'reports')
    if (!report) throw new Error('the corpus has no report')
    const findingUses = new Map<string, number>()
    for (const r of recommendations)
      for (const code of r.evidence) findingUses.set(code, (findingUses.get(code) ?? 0) + 1)
    const [mostUsed, uses = 0] = [...findingUses].sort((a, b) => b[1] - a[1])[0] ?? []
    if (!mostUsed) throw new Error('no recommendation rests on a finding')
    const cases = [
      {
        page: urls.report('en', report.slug),
        all: urls.recommendationsByTerm('en', 'report', report.slug),
        count: recommendations.filter((r) => r.report === report.slug).length,
      },
      {
        page: urls.finding('en', mostUsed),
        all: urls.recommendationsByFinding('en', mostUsed),
        count: uses,
      },
    ]
    for (const c of cases) {
      expect(c.count, c.page).toBeGreaterThan(listedOnDetailPages)
      const html = readFileSync(path.join(built.distDir, c.page, 'index.html'), 'utf8')
      const listed = html.match(/<a href="\/en\/recommendations\/[a-z0-9-]+\/"/g) ?? []
      expect(listed.length, c.page).toBe(listedOnDetailPages)
      expect(html, c.page).toContain(`href="${c.all}"`)
      // The group's first page says how many it holds: all of them.
      const group = readFileSync(path.join(built.distDir, c.all, 'index.html'), 'utf8')
      expect(/data-count="(\d+)"/.exec(group)?.[1], c.all).toBe(String(c.count))
    }
  })

  it(`the recommendations browser's index lists every recommendation and stays under ${String(indexLimitBytes / 1024)} KB gzipped`, () => {
    if (!site) throw new Error('the site was not built')
    const total = snapshotDocs(site.snapshotDir, 'recommendations').length
    for (const lang of localeCodes) {
      const raw = readFileSync(path.join(site.distDir, urls.recommendationsIndex(lang)))
      const gzipped = gzipSync(raw).length
      process.stderr.write(
        `recommendations index (${lang}): ${String(total)} items, ${(raw.length / 1024).toFixed(0)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped\n`,
      )
      const index = JSON.parse(raw.toString('utf8')) as { items: unknown[] }
      expect(index.items).toHaveLength(total)
      expect(gzipped).toBeLessThanOrEqual(indexLimitBytes)
    }
  })
})
