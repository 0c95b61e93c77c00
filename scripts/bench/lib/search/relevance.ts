/**
 * The relevance set (tests/fixtures/search/relevance.yaml) and its metrics: recall@10 (share of
 * the expected documents found in the top 10, averaged over queries) and MRR (mean reciprocal rank
 * of the first expected document in the top 10).
 */
import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { z } from 'zod'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'

export const relevanceCutoff = 10

const judgement = z.strictObject({
  lang: z.enum(localeCodes),
  /** A named group of queries, scored on its own as well (the report shows a row per group). */
  group: z.string().trim().min(1).optional(),
  query: z.string().trim().min(1, 'must not be empty'),
  expect: z.array(z.string().min(1)).min(1, 'needs at least one expected document'),
})
export type Judgement = z.infer<typeof judgement>

export const relevanceSetSchema = z.array(judgement).min(1)

export async function readRelevanceSet(file: string): Promise<Judgement[]> {
  const result = relevanceSetSchema.safeParse(parse(await readFile(file, 'utf8')))
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  - [${i.path.join('.')}] ${i.message}`)
    throw new Error(`Invalid relevance set ${file}:\n${issues.join('\n')}`)
  }
  return result.data
}

export interface JudgedQuery {
  readonly judgement: Judgement
  /** Natural keys returned, best first, cut at the relevance cutoff. */
  readonly keys: readonly string[]
}

export function recallAt(query: JudgedQuery, cutoff = relevanceCutoff): number {
  const top = new Set(query.keys.slice(0, cutoff))
  const found = query.judgement.expect.filter((key) => top.has(key)).length
  return found / query.judgement.expect.length
}

export function reciprocalRank(query: JudgedQuery, cutoff = relevanceCutoff): number {
  const expected = new Set(query.judgement.expect)
  const rank = query.keys.slice(0, cutoff).findIndex((key) => expected.has(key))
  return rank < 0 ? 0 : 1 / (rank + 1)
}

/** Whether the first result is one of the expected documents. */
export function topIsRelevant(query: JudgedQuery): boolean {
  const first = query.keys[0]
  return first !== undefined && query.judgement.expect.includes(first)
}

export interface Scores {
  readonly queries: number
  readonly recall: number
  readonly mrr: number
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length
}

/** Scores of a language's queries, or of one group of them. */
export function score(queries: readonly JudgedQuery[], lang: LocaleCode, group?: string): Scores {
  const mine = queries.filter(
    (q) => q.judgement.lang === lang && (group === undefined || q.judgement.group === group),
  )
  return {
    queries: mine.length,
    recall: mean(mine.map((q) => recallAt(q))),
    mrr: mean(mine.map((q) => reciprocalRank(q))),
  }
}

/** Queries whose top result is relevant with the baseline but not with the candidate. */
export function worseTopResults(
  baseline: readonly JudgedQuery[],
  candidate: readonly JudgedQuery[],
): Judgement[] {
  return baseline.flatMap((base, i) => {
    const other = candidate[i]
    return other && topIsRelevant(base) && !topIsRelevant(other) ? [base.judgement] : []
  })
}
