/**
 * Builds both bundles (Pagefind default and ours) from the snapshot into a scratch directory and
 * scores them on the relevance set: the table of docs/benchmarks.md, "Search".
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { evaluateBundle } from './evaluate.ts'
import { readSnapshot, type Snapshot } from '@mahjar/publish/snapshot'
import { searchRecords } from '@mahjar/publish/outputs/search-records'
import {
  reciprocalRank,
  recallAt,
  score,
  worseTopResults,
  type Judgement,
  type JudgedQuery,
  type Scores,
} from './relevance.ts'
import {
  searchBundle,
  searchBundleCount,
  writeSearchBundleList,
  writeSearchBundles,
  type IndexMode,
} from '@mahjar/publish/outputs/search-index'
import { describeBase, searchDelta } from '@mahjar/publish/outputs/search-delta'
import { searchDeltaFolder } from '@mahjar/shared/search-bundles'
import { env } from '@mahjar/publish/env'

export interface RelevanceReport {
  readonly scores: Record<IndexMode, Record<LocaleCode, Scores>>
  readonly judged: Record<IndexMode, JudgedQuery[]>
  /** Queries whose top result is relevant by default but not with ours. */
  readonly worseTop: Judgement[]
}

/** Each language's scores of the judged queries. */
function scoresByLanguage(judged: readonly JudgedQuery[]): Record<LocaleCode, Scores> {
  return Object.fromEntries(localeCodes.map((lang) => [lang, score(judged, lang)])) as Record<
    LocaleCode,
    Scores
  >
}

export async function relevanceReport(
  browser: Browser,
  snapshotDir: string,
  judgements: readonly Judgement[],
): Promise<RelevanceReport> {
  const records = searchRecords(await readSnapshot(snapshotDir))
  const scratch = await mkdtemp(path.join(tmpdir(), 'mahjar-relevance-'))
  try {
    const judged = {} as Record<IndexMode, JudgedQuery[]>
    for (const mode of ['default', 'normalised'] as const) {
      const siteDir = path.join(scratch, mode)
      // As the site's: split into bundles as SEARCH_BUNDLE_RECORDS says.
      await writeSearchBundles(
        records,
        path.join(siteDir, 'pagefind'),
        mode,
        env.SEARCH_BUNDLE_RECORDS,
      )
      judged[mode] = await evaluateBundle(browser, siteDir, mode, judgements)
    }
    return {
      scores: {
        default: scoresByLanguage(judged.default),
        normalised: scoresByLanguage(judged.normalised),
      },
      judged,
      worseTop: worseTopResults(judged.default, judged.normalised),
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

const fixed = (value: number) => value.toFixed(3)

/** The groups of queries of a language, in the order the set first names them. */
function groupsOf(report: RelevanceReport, lang: LocaleCode): string[] {
  const groups = report.judged.normalised.flatMap((q) =>
    q.judgement.lang === lang && q.judgement.group ? [q.judgement.group] : [],
  )
  return [...new Set(groups)]
}

/** A row per language, then one per group of its queries ("ar: own-word"). */
export function relevanceTable(report: RelevanceReport): string {
  const row = (label: string, d: Scores, n: Scores) =>
    `| ${label} | ${n.queries} | ${fixed(d.recall)} | ${fixed(n.recall)} | ${fixed(d.mrr)} | ${fixed(n.mrr)} |`
  const rows = localeCodes.flatMap((lang) => [
    row(lang, report.scores.default[lang], report.scores.normalised[lang]),
    ...groupsOf(report, lang).map((group) =>
      row(
        `${lang}: ${group}`,
        score(report.judged.default, lang, group),
        score(report.judged.normalised, lang, group),
      ),
    ),
  ])
  return [
    '| language | queries | recall@10 default | recall@10 ours | MRR default | MRR ours |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
}

/** Queries that are not fully answered by ours, for tuning. */
export function misses(report: RelevanceReport): string[] {
  return report.judged.normalised.flatMap((q, i) => {
    const base = report.judged.default[i]
    if (recallAt(q) === 1) return []
    const rrDefault = base ? reciprocalRank(base).toFixed(2) : '?'
    return [
      `${q.judgement.lang} "${q.judgement.query}" expect ${q.judgement.expect.join(',')} ` +
        `got ${q.keys.join(',') || '—'} (default RR ${rrDefault})`,
    ]
  })
}

/** The relevance set on one index against another layout of the same records. */
export interface LayoutReport {
  readonly records: number
  /** What the other layout is: "4 bundles", "a delta of 20 records". */
  readonly layout: string
  readonly scores: Record<'one' | 'other', Record<LocaleCode, Scores>>
  /** Queries whose top 10 are the same, in the same order, either way. */
  readonly sameTopTen: number
  /** Queries whose first result is the same either way. */
  readonly sameFirst: number
  readonly queries: number
  /** Queries whose top result is relevant in one index but not in the other layout. */
  readonly worseTop: Judgement[]
}

function compareLayouts(
  records: number,
  layout: string,
  one: readonly JudgedQuery[],
  other: readonly JudgedQuery[],
): LayoutReport {
  const same = (test: (a: JudgedQuery, b: JudgedQuery) => boolean) =>
    one.filter((q, i) => {
      const o = other[i]
      return o !== undefined && test(q, o)
    }).length
  return {
    records,
    layout,
    scores: { one: scoresByLanguage(one), other: scoresByLanguage(other) },
    sameTopTen: same((a, b) => a.keys.join() === b.keys.join()),
    sameFirst: same((a, b) => a.keys[0] === b.keys[0]),
    queries: one.length,
    worseTop: worseTopResults(one, other),
  }
}

/** The judged queries over the index written by `write` into a scratch site folder. */
async function judgedOver(
  browser: Browser,
  siteDir: string,
  judgements: readonly Judgement[],
  write: (indexDir: string) => Promise<unknown>,
): Promise<JudgedQuery[]> {
  await write(path.join(siteDir, 'pagefind'))
  return evaluateBundle(browser, siteDir, 'normalised', judgements)
}

/**
 * The relevance set on a larger snapshot (the corpus and synthetic recommendations), indexed as
 * one bundle and in bundles of `perBundle` records: whether splitting the index,
 * each bundle ranked by its own word statistics, changes what readers find.
 */
export async function bundlesReport(
  browser: Browser,
  snapshot: Snapshot,
  judgements: readonly Judgement[],
  perBundle: number,
): Promise<LayoutReport> {
  const records = searchRecords(snapshot)
  const scratch = await mkdtemp(path.join(tmpdir(), 'mahjar-bundles-'))
  try {
    const over = (layout: string, size: number | undefined) =>
      judgedOver(browser, path.join(scratch, layout), judgements, (indexDir) =>
        writeSearchBundles(records, indexDir, 'normalised', size),
      )
    const one = await over('one', undefined)
    const split = await over('bundles', perBundle)
    const bundles = searchBundleCount(records.length, perBundle)
    return compareLayouts(records.length, `${String(bundles)} bundles`, one, split)
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * The relevance set while a search delta is live (publish/src/outputs/search-delta.ts): the
 * `edited` documents the set expects first are published again with their text unchanged but
 * for a trailing space, so that only where they are indexed differs. One index of the edited
 * records against the unedited index with those documents in a delta over it, the page's
 * loader merging the delta and hiding the pages it replaces.
 */
export async function deltaReport(
  browser: Browser,
  snapshot: Snapshot,
  judgements: readonly Judgement[],
  edited: number,
): Promise<LayoutReport> {
  const records = searchRecords(snapshot)
  const keys = new Set(
    [...new Set(judgements.flatMap((j) => j.expect))]
      .filter((key) => records.some((r) => r.meta.key === key))
      .slice(0, edited),
  )
  const published = records.map((r) =>
    keys.has(r.meta.key) ? { ...r, content: `${r.content} ` } : r,
  )
  const scratch = await mkdtemp(path.join(tmpdir(), 'mahjar-delta-'))
  try {
    const one = await judgedOver(browser, path.join(scratch, 'one'), judgements, (indexDir) =>
      writeSearchBundles(published, indexDir, 'normalised', undefined),
    )
    let size = 0
    const withDelta = await judgedOver(
      browser,
      path.join(scratch, 'delta'),
      judgements,
      async (indexDir) => {
        await writeSearchBundles(records, indexDir, 'normalised', undefined)
        const base = await describeBase(records, [indexDir], 1, 'normalised')
        const delta = searchDelta(base, published, 'normalised')
        if (!delta) throw new Error('The edits are too many for a delta')
        size = delta.records.length
        await searchBundle(searchDeltaFolder, delta.records, 'normalised').make(
          path.join(indexDir, searchDeltaFolder),
        )
        await writeSearchBundleList(indexDir, { bundles: 1, delta: { hidden: delta.hidden } })
      },
    )
    return compareLayouts(
      records.length,
      `a delta of ${String(size)} records (${String(keys.size)} documents)`,
      one,
      withDelta,
    )
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

export function layoutTable(report: LayoutReport): string {
  const rows = localeCodes.map((lang) => {
    const [a, b] = [report.scores.one[lang], report.scores.other[lang]]
    return `| ${lang} | ${a.queries} | ${fixed(a.recall)} | ${fixed(b.recall)} | ${fixed(a.mrr)} | ${fixed(b.mrr)} |`
  })
  return [
    `| language | queries | recall@10, one index | recall@10, ${report.layout} | MRR, one index | MRR, ${report.layout} |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Of ${String(report.queries)} queries over ${String(report.records)} records: the same top 10 in the same order for ${String(report.sameTopTen)}, the same first result for ${String(report.sameFirst)}; ` +
      `a relevant first result lost with ${report.layout}: ${report.worseTop.map((j) => `${j.lang} «${j.query}»`).join(', ') || 'none'}.`,
  ].join('\n')
}
