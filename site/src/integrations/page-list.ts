/**
 * The publishing engine's hold on which pages a build renders (publish/src/incremental/):
 * - PAGE_LIST_FILE: every page this build would render, `{ pathname, route }` (the route's
 *   component), written before rendering, so the next build can tell which pages appear or go.
 * - RENDER_ONLY_FILE: a `RenderOnly` (shared/src/render-only.ts); only the pages it selects are
 *   rendered (an incremental build, a draft preview). Astro's public `astro:build:start` hook lets
 *   an integration wrap the default prerenderer; ours keeps its rendering and filters its paths.
 *   The file is read when the paths are listed, after the content is loaded and the pages
 *   bundled; the engine starts Astro first and writes the file meanwhile, so it is waited for.
 * Inside the warm Astro process it also hands the default prerenderer to the warm renderer
 * (publish/src/release/warm-renderer.ts), which renders later partial builds with it.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import type { AstroIntegration } from 'astro'
import {
  pageOutputFile,
  renderOnlySchema,
  selectsPage,
  type PageListEntry,
} from '@mahjar/shared/render-only'
import { warmRenderHooks } from '@mahjar/shared/warm-render'
import { buildFilesOf } from '../env.ts'

/** The HTML pages a partial build takes from the release it starts from. */
export interface KeptPages {
  readonly baseSiteDir: string
  /** Relative to the site's folder, as the new release serves them too. */
  readonly files: readonly string[]
  /** The base release's record of its pages' head styles, when it has one. */
  readonly headStyles?: string | undefined
}

export interface PageList {
  readonly integration: AstroIntegration
  /** The pages a partial build keeps (known once its paths are), undefined for other builds. */
  readonly keptPages: () => KeptPages | undefined
}

/** How long a build waits for RENDER_ONLY_FILE: the engine's plan takes 2 s at 10,000 items. */
const renderOnlyWaitMs = 120_000

/** `file`'s text, once it exists (the engine writes it whole, with a rename). */
async function readWhenWritten(file: string): Promise<string> {
  const until = Date.now() + renderOnlyWaitMs
  for (;;) {
    try {
      return await readFile(file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    if (Date.now() > until)
      throw new Error(
        `RENDER_ONLY_FILE ${file} was not written within ${String(renderOnlyWaitMs / 1000)} s`,
      )
    await sleep(20)
  }
}

export function pageListIntegration(): PageList {
  let kept: KeptPages | undefined
  let integrations: readonly AstroIntegration[] = []
  const integration: AstroIntegration = {
    name: 'mahjar-page-list',
    hooks: {
      'astro:config:done': ({ config }) => {
        integrations = config.integrations
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Read for each build: the warm renderer runs this hook again for later builds.
        kept = undefined
        const { PAGE_LIST_FILE: listFile, RENDER_ONLY_FILE: onlyFile } = buildFilesOf()
        if (listFile === undefined && onlyFile === undefined) return
        setPrerenderer((defaultPrerenderer) => {
          // Inside the warm Astro process: kept with the build's integrations, to render pages
          // again from this bundle.
          warmRenderHooks()?.keep(defaultPrerenderer, integrations)
          return {
            ...defaultPrerenderer,
            name: 'mahjar-page-list',
            getStaticPaths: async () => {
              const all = await defaultPrerenderer.getStaticPaths()
              const pages: PageListEntry[] = all.map(({ pathname, route }) => ({
                pathname,
                route: route.component,
              }))
              if (listFile !== undefined) await writeFile(listFile, JSON.stringify(pages))
              if (onlyFile === undefined) return all
              const only = renderOnlySchema.parse(JSON.parse(await readWhenWritten(onlyFile)))
              const selected = pages.map((page) => selectsPage(only, page))
              const unknownRoutes = [...only.routes].filter(
                (route) => !pages.some((page) => page.route === route),
              )
              // A rule naming a route the site no longer has would leave its pages stale.
              if (unknownRoutes.length > 0)
                throw new Error(
                  `RENDER_ONLY_FILE names routes the site has not: ${unknownRoutes.join(', ')}`,
                )
              if (only.baseSiteDir !== undefined) {
                kept = {
                  baseSiteDir: only.baseSiteDir,
                  files: pages
                    .filter((page, index) => !selected[index] && only.known?.has(page.pathname))
                    .map((page) => pageOutputFile(page.pathname))
                    .filter((file) => file.endsWith('.html')),
                  headStyles: only.baseHeadStyles,
                }
              }
              return all.filter((_, index) => selected[index])
            },
          }
        })
      },
    },
  }
  return { integration, keptPages: () => kept }
}
