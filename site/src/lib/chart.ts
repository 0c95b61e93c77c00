/**
 * Geometry of a horizontal bar chart drawn as inline SVG at build time. Bars grow from the
 * inline start: the right edge in Arabic, the left in English (SVG does not mirror by itself).
 */
import type { Direction } from '@mahjar/shared/locales'

export interface BarInput {
  label: string
  value: number
  display: string
}

export interface BarGeometry {
  labelX: number
  labelY: number
  barX: number
  barY: number
  barWidth: number
  valueX: number
  valueY: number
}

export const chartWidth = 600
const rowHeight = 56
export const barHeight = 18
const valueGutter = 90

/** Places each part's label, bar and value; extra fields of a part are kept on its bar. */
export function layoutBars<Part extends BarInput>(
  parts: readonly Part[],
  dir: Direction,
  scaleMax?: number,
) {
  const max = scaleMax ?? Math.max(...parts.map((p) => p.value), 1)
  const track = chartWidth - valueGutter
  const bars: (Part & BarGeometry)[] = parts.map((part, index) => {
    const top = index * rowHeight
    const width = Math.max((part.value / max) * track, part.value > 0 ? 2 : 0)
    const rtl = dir === 'rtl'
    return {
      ...part,
      labelX: rtl ? chartWidth : 0,
      labelY: top + 18,
      barX: rtl ? chartWidth - width : 0,
      barY: top + 26,
      barWidth: width,
      valueX: rtl ? chartWidth - width - 8 : width + 8,
      valueY: top + 40,
    }
  })
  return { bars, width: chartWidth, height: parts.length * rowHeight }
}
