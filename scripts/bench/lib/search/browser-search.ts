/**
 * Runs Pagefind searches in real Chromium against a bundle served on loopback: the same engine,
 * WebAssembly and network path as a reader's browser, and the same search step as the search page
 * (shared/src/search-engine.ts and the ranking by match, search-rank.ts, served transpiled). The
 * page language (`<html lang>`) selects the Pagefind index, as on the site.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import type { LocaleCode } from '@mahjar/shared/locales'
import { pagefindFilters, type SearchFilters } from '@mahjar/shared/search'
import type { EngineQueries } from '@mahjar/shared/search-engine'
import ts from 'typescript'

export const enginePath = '/search-engine.js'

/**
 * The shared modules of the search step, served as browser JavaScript at `/<name>.js`: the index's
 * bundles, the engine, the ranking and the normaliser it uses (their `./x.ts` imports become `./x.js`).
 */
const engineModules = [
  'search-bundles',
  'search-engine',
  'search-rank',
  'arabic',
  'arabic-plurals',
] as const

/** The shared search step as browser JavaScript, by served path. */
export async function engineScripts(): Promise<Record<string, string>> {
  const resolve = createRequire(import.meta.url).resolve
  const entries = await Promise.all(
    engineModules.map(async (name) => {
      const source = await readFile(resolve(`@mahjar/shared/${name}`), 'utf8')
      const js = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
      }).outputText
      return [`/${name}.js`, js.replace(/from '\.\/([\w-]+)\.ts'/g, "from './$1.js'")] as const
    }),
  )
  return Object.fromEntries(entries)
}

const rankPath = '/search-rank.js'
const bundlesPath = '/search-bundles.js'

/** A blank page of a language that loads nothing until asked: the evaluation harness. */
export function harnessPage(lang: LocaleCode): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>search harness</title></head><body></body></html>`
}

export const harnessPath = (lang: LocaleCode) => `/${lang}/search-harness/`

export interface SearchOutcome {
  /** Natural keys of the results, best first (at most `limit`). */
  readonly keys: string[]
  readonly total: number
  readonly milliseconds: number
}

export interface BrowserSearcher {
  readonly page: Page
  search(
    queries: EngineQueries,
    filters?: SearchFilters,
    limit?: number,
    ranked?: boolean,
  ): Promise<SearchOutcome>
  close(): Promise<void>
}

/** Loads Pagefind over the index's bundles and the search step into the page (the cold start of a first search). */
export async function loadSearch(page: Page): Promise<void> {
  await page.evaluate(
    async ([bundlesUrl, engineUrl, rankUrl]) => {
      interface Bundles {
        openSearchBundles(origin: string, load: (url: string) => Promise<unknown>): Promise<unknown>
      }
      const [bundles, engine, rank] = (await Promise.all([
        import(bundlesUrl),
        import(engineUrl),
        import(rankUrl),
      ])) as [Bundles, unknown, unknown]
      const { href } = (globalThis as unknown as { location: { href: string } }).location
      const pagefind = await bundles.openSearchBundles(href, (url) => import(url))
      Object.assign(globalThis, { pagefind, engine, rank })
    },
    [bundlesPath, enginePath, rankPath] as const,
  )
}

/**
 * Runs one search in a page prepared by `loadSearch`; loads the data of the first `limit`.
 * `ranked`: the results ranked by match as the search page does (search-rank.ts); off for
 * Pagefind's default behaviour.
 */
export function searchInPage(
  page: Page,
  queries: EngineQueries,
  filters: SearchFilters = {},
  limit = 10,
  ranked = true,
): Promise<SearchOutcome> {
  return page.evaluate(
    async ([q, f, n, r]) => {
      interface Result {
        id: string
        data(): Promise<{ meta: Record<string, string> }>
      }
      const { pagefind, engine, rank } = globalThis as unknown as {
        pagefind: unknown
        engine: { findResults(p: unknown, q: unknown, f: unknown): Promise<Result[]> }
        rank: { rankResults(results: Result[], q: unknown): Promise<Result[]> }
      }
      const started = performance.now()
      const found = await engine.findResults(pagefind, q, f)
      const results = r ? await rank.rankResults(found, q) : found
      const data = await Promise.all(results.slice(0, n).map((r) => r.data()))
      return {
        keys: data.map((d) => d.meta.key ?? ''),
        total: results.length,
        milliseconds: performance.now() - started,
      }
    },
    [queries, pagefindFilters(filters), limit, ranked] as const,
  )
}

export async function openSearcher(
  browser: Browser,
  origin: string,
  lang: LocaleCode,
): Promise<BrowserSearcher> {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${origin}${harnessPath(lang)}`)
  await loadSearch(page)
  return {
    page,
    search: (queries, filters, limit, ranked) =>
      searchInPage(page, queries, filters, limit, ranked),
    close: () => context.close(),
  }
}
