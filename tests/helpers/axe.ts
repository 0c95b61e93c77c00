/// <reference lib="dom" />
/**
 * axe-core's violations on a page. The site's CSP allows no inline script: axe goes in through
 * the DevTools protocol (page.evaluate), not a script tag.
 */
import axe from 'axe-core'
import type { Page } from 'playwright-core'

declare global {
  interface Window {
    axe: typeof axe
  }
}

/** One line per violation: rule, help and the elements it found. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source)
  const results = await page.evaluate(() => window.axe.run(document))
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  )
}
