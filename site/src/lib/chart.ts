/**
 * Geometry of the horizontal bar charts drawn as inline SVG at build time: the follow-up overview
 * (stacked bars) and a finding's breakdown (one segment per bar). Bars grow from the inline start:
 * the right edge in Arabic, the left in English (SVG does not mirror by itself).
 */
import type { Direction } from '@mahjar/shared/locales'

/** One segment of a stacked bar: a category and how many items it holds. */
export interface SegmentInput {
  key: string
  value: number
  display: string
}

export interface StackedRowInput {
  label: string
  /** The label's own direction when it differs from the page's (an untranslated name). */
  labelDir: Direction
  segments: readonly SegmentInput[]
  total: string
}

/**
 * Bars are drawn for phones first: a narrow chart (scaled up to its CSS maximum on wide
 * screens), text at least `stackedText` units, so at 360 px (about 324 px of chart) no text is
 * under 12 px; each label sits on its own lines above its bar, wrapped at `labelChars`.
 */
export const stackedWidth = 360
export const stackedText = 15
const stackedLine = 20
const stackedBar = 24
const stackedGap = 18
const totalGutter = 44
const labelChars = 38

/** Splits a label into lines of at most `max` characters, at spaces (a longer word stays whole). */
export function wrapLabel(text: string, max = labelChars): string[] {
  const lines: string[] = []
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/**
 * Places each row's label lines, its segments (from the inline start) and its total. The scale runs
 * to the largest row unless `scaleMax` is given (100 for percentages); the gutter after the bars
 * widens for a long total so that it is never cut off.
 */
export function layoutStackedBars<Row extends StackedRowInput>(
  rows: readonly Row[],
  dir: Direction,
  scaleMax?: number,
) {
  const rtl = dir === 'rtl'
  const longestTotal = Math.max(...rows.map((row) => row.total.length), 0)
  const track = stackedWidth - Math.max(totalGutter, longestTotal * 9 + 8)
  const max =
    scaleMax ?? Math.max(...rows.map((row) => row.segments.reduce((sum, s) => sum + s.value, 0)), 1)
  let top = 0
  const laidOut = rows.map(({ segments: input, ...row }) => {
    const lines = wrapLabel(row.label)
    const labelTop = top
    const barY = labelTop + lines.length * stackedLine + 6
    let offset = 0
    const segments = input
      .filter((segment) => segment.value > 0)
      .map((segment) => {
        const width = (segment.value / max) * track
        const x = rtl ? stackedWidth - offset - width : offset
        offset += width
        // A count is written inside its segment only where it fits; the table has every count.
        const fits = width >= segment.display.length * 9 + 8
        return { ...segment, x, y: barY, width, fits, textX: x + width / 2 }
      })
    top = barY + stackedBar + stackedGap
    return {
      ...row,
      lines,
      // The label starts at the page's inline start; an untranslated one reads from its own.
      labelX: rtl ? stackedWidth : 0,
      labelAnchor: row.labelDir === dir ? 'start' : 'end',
      lineYs: lines.map((_, index) => labelTop + (index + 1) * stackedLine - 5),
      segments,
      totalX: rtl ? stackedWidth - offset - 6 : offset + 6,
      totalAnchor: rtl ? 'end' : 'start',
      textY: barY + stackedBar / 2 + 5,
    }
  })
  return {
    rows: laidOut,
    width: stackedWidth,
    height: Math.max(top - stackedGap, 1),
    barHeight: stackedBar,
  }
}
