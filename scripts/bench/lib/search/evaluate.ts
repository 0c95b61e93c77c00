/**
 * Runs the relevance set against a Pagefind bundle in Chromium, either as Pagefind's default
 * behaviour (original text indexed, query as typed) or ours (normalised index, normalised query).
 */
import type { Browser } from 'playwright-core'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { engineQueries } from '@mahjar/shared/search'
import type { EngineQueries } from '@mahjar/shared/search-engine'
import {
  engineScripts,
  harnessPage,
  harnessPath,
  openSearcher,
  type BrowserSearcher,
} from './browser-search.ts'
import type { Judgement, JudgedQuery } from './relevance.ts'
import { startStaticServer } from '../../../lib/static-server.ts'
import type { IndexMode } from '@mahjar/publish/outputs/search-index'

/** The harness pages of both languages and the shared search step. */
export async function harnessFiles(): Promise<Record<string, string>> {
  return {
    ...Object.fromEntries(localeCodes.map((lang) => [harnessPath(lang), harnessPage(lang)])),
    ...(await engineScripts()),
  }
}

/** What Pagefind is asked in a mode: the query as typed (default) or our two queries. */
export function queriesFor(mode: IndexMode, typed: string): EngineQueries {
  return mode === 'normalised' ? engineQueries(typed) : { exact: typed, broad: typed }
}

/** `siteDir` holds the bundle at `pagefind/`. */
export async function evaluateBundle(
  browser: Browser,
  siteDir: string,
  mode: IndexMode,
  judgements: readonly Judgement[],
): Promise<JudgedQuery[]> {
  const server = await startStaticServer({ root: siteDir, virtualPages: await harnessFiles() })
  const searchers = new Map<LocaleCode, BrowserSearcher>()
  try {
    for (const lang of localeCodes) {
      searchers.set(lang, await openSearcher(browser, server.origin, lang))
    }
    const judged: JudgedQuery[] = []
    for (const judgement of judgements) {
      const searcher = searchers.get(judgement.lang)
      if (!searcher) throw new Error(`No searcher for ${judgement.lang}`)
      const outcome = await searcher.search(
        queriesFor(mode, judgement.query),
        {},
        10,
        mode === 'normalised',
      )
      judged.push({ judgement, keys: outcome.keys })
    }
    return judged
  } finally {
    for (const searcher of searchers.values()) await searcher.close()
    await server.close()
  }
}
