/**
 * The built site's search page as a test sees it: Pagefind's index written from the snapshot's
 * records (what the release build does), and a wait for the page to answer its query.
 */
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { SearchRecord } from '@mahjar/publish/outputs/search-records'
import { indexSnapshot } from '@mahjar/publish/outputs/search-index'

/**
 * Search records per bundle in the tests' index: the corpus's 226 records go into four bundles,
 * so that the page's search over several bundles is tested (search.e2e, the release tests); the
 * fixture's 24 go into one, as the site's index is by default (follow-up, XSS).
 */
export const testRecordsPerBundle = 60

/** Writes the site's search index into `distDir/pagefind`; returns the records it holds. */
export function indexSite(snapshotDir: string, distDir: string): Promise<SearchRecord[]> {
  return indexSnapshot(
    snapshotDir,
    path.join(distDir, 'pagefind'),
    'normalised',
    testRecordsPerBundle,
  )
}

/** Waits until the page has answered the current query (status shows a count); returns it. */
export async function settledSearch(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? ''
    const busy = document.getElementById('search-results')?.getAttribute('aria-busy')
    return status !== '' && busy !== 'true' && !/…$/.test(status)
  })
  return (await page.textContent('#search-status')) ?? ''
}
