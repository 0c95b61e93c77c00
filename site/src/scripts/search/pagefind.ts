/**
 * Loading Pagefind in the page. The bundle is written after the Astro build
 * (scripts/build-search-index.ts), so it is imported at run time, never bundled.
 */
import type { EngineFilters, EnginePagefind } from '@mahjar/shared/search-engine'

export interface PagefindModule extends EnginePagefind {
  filters(): Promise<Record<string, Record<string, number>>>
  mergeIndex(indexPath: string, options: { language: string }): Promise<void>
}

export const pagefindBase = '/pagefind/'

async function importPagefind(query = ''): Promise<PagefindModule> {
  const url = `${pagefindBase}pagefind.js${query}`
  return (await import(/* @vite-ignore */ url)) as PagefindModule
}

let primary: Promise<PagefindModule> | undefined

/** Pagefind for the page's language (chosen by Pagefind from `<html lang>`). */
export function pagefindForPage(): Promise<PagefindModule> {
  primary ??= importPagefind()
  return primary
}

let other: Promise<PagefindModule> | undefined

/**
 * A second, separate Pagefind instance that also searches the other language's index: used only
 * when the page's language has no hit, to say how many the other language has. Pagefind's
 * instance always searches the page language too; that part is known to be empty.
 */
export function pagefindWithOtherLanguage(language: string): Promise<PagefindModule> {
  other ??= importPagefind('?other-language').then(async (instance) => {
    // An absolute URL: the same bundle, which Pagefind would otherwise skip as "already merged".
    await instance.mergeIndex(new URL(pagefindBase, location.href).href, { language })
    return instance
  })
  return other
}

export type { EngineFilters }
