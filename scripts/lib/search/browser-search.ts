/**
 * Runs Pagefind searches in real Chromium against a bundle served on loopback: the same engine,
 * WebAssembly and network path as a reader's browser, and the same search step as the search page
 * (shared/src/search-engine.ts, served transpiled). The page language (`<html lang>`) selects
 * the Pagefind index, as on the site.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import type { LocaleCode } from '@mahjar/shared/locales'
import { pagefindFilters, type SearchFilters } from '@mahjar/shared/search'
import type { EngineQueries } from '@mahjar/shared/search-engine'
import ts from 'typescript'

export const enginePath = '/search-engine.js'

/** The shared search step as browser JavaScript. */
export async function engineScript(): Promise<string> {
  const source = createRequire(import.meta.url).resolve('@mahjar/shared/search-engine')
  return ts.transpileModule(await readFile(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText
}

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
  search(queries: EngineQueries, filters?: SearchFilters, limit?: number): Promise<SearchOutcome>
  close(): Promise<void>
}

/** Loads Pagefind and the search step into the page (the cold start of a first search). */
export async function loadSearch(page: Page): Promise<void> {
  await page.evaluate(
    async ([pagefindUrl, engineUrl]) => {
      const [pagefind, engine] = (await Promise.all([import(pagefindUrl), import(engineUrl)])) as [
        unknown,
        unknown,
      ]
      Object.assign(globalThis, { pagefind, engine })
    },
    ['/pagefind/pagefind.js', enginePath] as const,
  )
}

/** Runs one search in a page prepared by `loadSearch`; loads the data of the first `limit`. */
export function searchInPage(
  page: Page,
  queries: EngineQueries,
  filters: SearchFilters = {},
  limit = 10,
): Promise<SearchOutcome> {
  return page.evaluate(
    async ([q, f, n]) => {
      interface Result {
        id: string
        data(): Promise<{ meta: Record<string, string> }>
      }
      const { pagefind, engine } = globalThis as unknown as {
        pagefind: unknown
        engine: { findResults(p: unknown, q: unknown, f: unknown): Promise<Result[]> }
      }
      const started = performance.now()
      const results = await engine.findResults(pagefind, q, f)
      const data = await Promise.all(results.slice(0, n).map((r) => r.data()))
      return {
        keys: data.map((d) => d.meta.key ?? ''),
        total: results.length,
        milliseconds: performance.now() - started,
      }
    },
    [queries, pagefindFilters(filters), limit] as const,
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
    search: (queries, filters, limit) => searchInPage(page, queries, filters, limit),
    close: () => context.close(),
  }
}
