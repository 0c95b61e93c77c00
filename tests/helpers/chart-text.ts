/// <reference lib="dom" />
/**
 * The rendered size, in CSS px, of every text a chart draws: for SVG text its user-space font size
 * times the drawing's screen scale (an SVG scaled down to a phone shrinks its text with it).
 */
import type { Page } from 'playwright-core'

export async function renderedTextSizes(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (nodes) =>
    nodes.map((node) => {
      const size = parseFloat(getComputedStyle(node).fontSize)
      const scale = node instanceof SVGGraphicsElement ? (node.getScreenCTM()?.a ?? 1) : 1
      return size * scale
    }),
  )
}
