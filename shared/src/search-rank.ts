/**
 * The order of the first results by how well each item's own text matches the query. Pagefind
 * ranks by its own stemmer, so a query can bring up first many items that share only a stem or a
 * prefix with the word typed (الاصلي → الإصلاح، الأصل …) and leave the one item that says it below
 * them. The first `rankDepth` results are sorted, stably, by the words of the query their title
 * and text hold:
 * - exactly (the word spelling-normalised as typed; for a word not in Arabic script, any of its
 *   inflections): 2 a word;
 * - as a variant (other proclitics, singular/plural, a light suffix, the same word in the
 *   highlight's sense, `wordMatches`): 1;
 * - only as a stem or prefix neighbour: 0.
 * Items of the same class keep Pagefind's order; results past the depth keep theirs.
 */
import { canonicalWord, normaliseWord, tokenise, wordMatches } from './arabic.ts'
import type { EngineQueries, EngineResult } from './search-engine.ts'

/**
 * Results ranked by match: two pages of the search page's results (it shows 20 at a time; the
 * second page's items are then already loaded). 20 left two of the 16 own-word queries of the
 * relevance set unanswered (توصية among every recommendation's توصيات, والمهنية), 40 none
 * (docs/benchmarks.md).
 */
export const rankDepth = 40

export const matchScore = { exact: 2, variant: 1, neighbour: 0 } as const

/**
 * A word in Arabic script. Other words have no proclitics to tell apart: their inflections
 * (donor, donors) count as the word itself, and Pagefind's stemmer orders them as before.
 */
const arabicWord = /[\u0621-\u064A]/u

/**
 * How well a text matches a query: the sum, over the query's words, of the best class of any word
 * of the text. `normalisedQuery` is the query spelling-normalised word by word (`exact`).
 */
export function matchQuality(text: string, normalisedQuery: string): number {
  const words = normalisedQuery.split(' ').filter(Boolean)
  const canonical = words.map((word) => canonicalWord(word))
  const best: number[] = words.map(() => matchScore.neighbour)
  const seen = new Set<string>()
  for (const token of tokenise(text)) {
    const written = normaliseWord(token.text)
    if (seen.has(written)) continue
    seen.add(written)
    words.forEach((word, i) => {
      if ((best[i] ?? 0) === matchScore.exact) return
      if (written === word) best[i] = matchScore.exact
      else if (wordMatches(token.text, [canonical[i] ?? word]))
        best[i] = arabicWord.test(word) ? matchScore.variant : matchScore.exact
    })
  }
  return best.reduce<number>((sum, value) => sum + value, 0)
}

interface ResultText {
  content?: unknown
  meta?: { title?: unknown; text?: unknown }
}

/** The item's own text in a Pagefind result's data: its indexed content, else its metadata. */
function resultText(data: unknown): string {
  const { content, meta } = (data ?? {}) as ResultText
  if (typeof content === 'string') return content
  return [meta?.title, meta?.text].filter((part) => typeof part === 'string').join(' ')
}

/** A result whose data is loaded once however often it is asked for. */
function loadedOnce(result: EngineResult): EngineResult {
  let data: Promise<unknown> | undefined
  return {
    id: result.id,
    data: () => {
      data ??= result.data()
      return data
    },
  }
}

/** The results with the first `depth` sorted by match quality (see above). */
export async function rankResults(
  results: readonly EngineResult[],
  queries: EngineQueries,
  depth = rankDepth,
): Promise<EngineResult[]> {
  const all = results.map(loadedOnce)
  const head = all.slice(0, depth)
  const scores = await Promise.all(
    head.map(async (result) => matchQuality(resultText(await result.data()), queries.exact)),
  )
  const ranked = head
    .map((result, i) => ({ result, score: scores[i] ?? 0, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((entry) => entry.result)
  return [...ranked, ...all.slice(depth)]
}
