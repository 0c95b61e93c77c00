/**
 * Loading Pagefind in the page. The index is written after the Astro build, as one or more
 * bundles (shared/src/search-bundles.ts), so Pagefind is imported at run time, never bundled.
 */
import { openSearchBundles, type MergeablePagefind } from '@mahjar/shared/search-bundles'
import type { EngineFilters, EnginePagefind } from '@mahjar/shared/search-engine'

export interface PagefindModule extends EnginePagefind, MergeablePagefind {
  filters(): Promise<Record<string, Record<string, number>>>
}

const importPagefind = async (url: string) =>
  (await import(/* @vite-ignore */ url)) as PagefindModule

let primary: Promise<PagefindModule> | undefined

/** Pagefind for the page's language (chosen by Pagefind from `<html lang>`). */
export function pagefindForPage(): Promise<PagefindModule> {
  primary ??= openSearchBundles(location.href, importPagefind)
  return primary
}

let other: Promise<PagefindModule> | undefined

/**
 * A second, separate Pagefind instance that also searches the other language's index: used only
 * when the page's language has no hit, to say how many the other language has. Pagefind's
 * instance always searches the page language too; that part is known to be empty.
 */
export function pagefindWithOtherLanguage(language: string): Promise<PagefindModule> {
  other ??= openSearchBundles(location.href, importPagefind, language)
  return other
}

export type { EngineFilters }
