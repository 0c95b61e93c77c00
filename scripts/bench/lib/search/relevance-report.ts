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
import { writeSearchBundles, type IndexMode } from '@mahjar/publish/outputs/search-index'
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

export interface BundlesReport {
  readonly records: number
  readonly bundles: number
  readonly scores: Record<'one' | 'bundles', Record<LocaleCode, Scores>>
  /** Queries whose top 10 are the same, in the same order, either way. */
  readonly sameTopTen: number
  /** Queries whose first result is the same either way. */
  readonly sameFirst: number
  readonly queries: number
  /** Queries whose top result is relevant in one bundle but not in `perBundle` bundles. */
  readonly worseTop: Judgement[]
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
): Promise<BundlesReport> {
  const records = searchRecords(snapshot)
  const scratch = await mkdtemp(path.join(tmpdir(), 'mahjar-bundles-'))
  try {
    const judgedWith = async (layout: string, size: number | undefined) => {
      const siteDir = path.join(scratch, layout)
      const bundles = await writeSearchBundles(
        records,
        path.join(siteDir, 'pagefind'),
        'normalised',
        size,
      )
      return { bundles, judged: await evaluateBundle(browser, siteDir, 'normalised', judgements) }
    }
    const one = await judgedWith('one', undefined)
    const split = await judgedWith('bundles', perBundle)
    const same = (test: (a: JudgedQuery, b: JudgedQuery) => boolean) =>
      one.judged.filter((q, i) => {
        const other = split.judged[i]
        return other !== undefined && test(q, other)
      }).length
    return {
      records: records.length,
      bundles: split.bundles,
      scores: { one: scoresByLanguage(one.judged), bundles: scoresByLanguage(split.judged) },
      sameTopTen: same((a, b) => a.keys.join() === b.keys.join()),
      sameFirst: same((a, b) => a.keys[0] === b.keys[0]),
      queries: judgements.length,
      worseTop: worseTopResults(one.judged, split.judged),
    }
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

export function bundlesTable(report: BundlesReport): string {
  const rows = localeCodes.map((lang) => {
    const [a, b] = [report.scores.one[lang], report.scores.bundles[lang]]
    return `| ${lang} | ${a.queries} | ${fixed(a.recall)} | ${fixed(b.recall)} | ${fixed(a.mrr)} | ${fixed(b.mrr)} |`
  })
  return [
    `| language | queries | recall@10, 1 bundle | recall@10, ${String(report.bundles)} bundles | MRR, 1 bundle | MRR, ${String(report.bundles)} bundles |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Of ${String(report.queries)} queries over ${String(report.records)} records: the same top 10 in the same order for ${String(report.sameTopTen)}, the same first result for ${String(report.sameFirst)}; ` +
      `a relevant first result lost in bundles: ${report.worseTop.map((j) => `${j.lang} «${j.query}»`).join(', ') || 'none'}.`,
  ].join('\n')
}
