/**
 * The piece of a result's original text shown under its title: a window around the first word the
 * query matches, cut at word boundaries, split into plain and highlighted segments.
 */
import {
  highlight,
  normaliseQuery,
  tokenise,
  wordMatches,
  type HighlightSegment,
} from '@mahjar/shared/arabic'

const ellipsis = '…'

export function excerptWindow(text: string, query: string, length: number): string {
  if (text.length <= length) return text
  const words = normaliseQuery(query).split(' ').filter(Boolean)
  const tokens = tokenise(text)
  const first = tokens.find((token) => wordMatches(token.text, words))
  const lead = Math.floor(length / 4)
  let start = first ? Math.max(0, first.start - lead) : 0
  let end = Math.min(text.length, start + length)
  start = tokens.find((token) => token.start >= start)?.start ?? start
  end = [...tokens].reverse().find((token) => token.end <= end)?.end ?? end
  return `${start > 0 ? ellipsis : ''}${text.slice(start, end)}${end < text.length ? ellipsis : ''}`
}

export function highlightedExcerpt(
  text: string,
  query: string,
  length: number,
): HighlightSegment[] {
  return highlight(excerptWindow(text, query, length), query)
}
