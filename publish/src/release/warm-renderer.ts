/**
 * The warm renderer, inside the warm Astro process (warm-astro-process.ts): after a build, it keeps
 * what renders the pages (Astro's prerenderer over that build's bundle, the content data store the
 * bundle reads, the content layer that filled it), and a later partial build of the same site code
 * and settings renders its pages from them instead of building again: the content layer loads the
 * new snapshot, the store's content is replaced, and only the selected pages are rendered. Astro's
 * own start-up for each build (config, content types, a temporary Vite server) and its bundling are
 * skipped: on the seed corpus they were 1.5–2.5 s of a 2.5–3 s publish (docs/benchmarks.md, "The
 * warm renderer").
 *
 * What a partial build writes into its folder, this writes too: the pages selected (by the site's
 * page-list integration, the kept build's, which reads the build's files when its hook runs), the bundle's assets and
 * public files (hard-linked from the live release, built with the same site code), the photos and
 * `_headers` (the site's own integrations' `astro:build:done`). Anything it does not expect (a
 * redirect, a route it cannot write) makes it give up before writing: the build then runs as
 * before. `tests/e2e/release/incremental-equivalence.e2e.test.ts` compares its releases with full
 * builds byte for byte.
 *
 * It reaches into Astro 7.3's files by path (the content layer instance, the content store's
 * maker) and into the bundle's app (its route cache) and the content store's saving: the lockfile names the
 * warm process, so an install that changes Astro starts a new one, and a change that breaks this
 * shows in the equivalence test.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile, rename, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { pageOutputFile, renderOnlySchema } from '@mahjar/shared/render-only'
import { warmRenderKey, type WarmRenderHooks } from '@mahjar/shared/warm-render'
import { filesUnder, linkFiles } from '../outputs/files.ts'

/** Astro's route data, as far as this reads it. */
interface RouteData {
  readonly component: string
  readonly type: string
}

interface Prerenderer {
  readonly app: { readonly routeCache: { clearAll(): void } }
  teardown?: () => Promise<void>
  getStaticPaths(): Promise<{ pathname: string; route: RouteData }[]>
  render(
    request: Request,
    options: { routeData: RouteData; collectMetadata?: boolean },
  ): Promise<Response | { response: Response }>
}

interface Integration {
  readonly name: string
  readonly hooks: Record<string, ((params: Record<string, unknown>) => unknown) | undefined>
}

/**
 * What a kept bundle depends on besides the site code (whose fingerprint names the settings the
 * site reads, site-code.ts): where Astro keeps its cache, and the variables Astro and Vite write
 * into a bundle. Not the rest of the environment: the first release is built by another command
 * than the publishes, with other variables.
 */
function bundleReads(name: string): boolean {
  return name === 'SITE_CACHE_DIR' || name === 'NODE_ENV' || /^(?:PUBLIC|ASTRO|VITE)_/.test(name)
}

export interface RenderRequest {
  readonly env: NodeJS.ProcessEnv
  readonly root: string
  readonly outDir: string
  /** The site code's fingerprint (site-code.ts); without one, nothing is kept or reused. */
  readonly siteCode?: string | undefined
}

interface Kept {
  /** `settingsOf` the build (its site code among them): a build with the same is rendered from this one. */
  readonly settings: string
  readonly prerenderer: Prerenderer
  readonly dataStore: Map<unknown, unknown>
  readonly contentLayer: { sync(): Promise<void> }
  /** The content layer's own store, which its loaders fill. */
  readonly contentStore: ContentStore
  /** The build's integrations (its config as loaded for it): their hooks run for each render. */
  readonly integrations: readonly Integration[]
  /** The folder the bundle was written to, removed when this is dropped. */
  readonly folder: string
}

/** Astro's content store (its collections by name, each a Map of entries by id). */
interface ContentStore {
  readonly _collections: Map<unknown, unknown>
  writeToDisk: () => Promise<void>
  waitUntilSaveComplete: () => Promise<void>
  writeAssetImports: (file: unknown) => Promise<void>
  writeModuleImports: (file: unknown) => Promise<void>
}

/** Why a build is not rendered warm: it is built instead. */
export class NotWarm extends Error {}

/** What the log says of a build rendered warm (the tests look for it). */
export const renderedWarmSaid = 'page(s) built from a kept bundle'

function settingsOf(request: RenderRequest): string {
  // Astro builds for production when NODE_ENV is not set (the CMS sets it; `pnpm start` not).
  const read = Object.entries({ ...request.env, NODE_ENV: request.env.NODE_ENV ?? 'production' })
    .filter(([name]) => bundleReads(name))
    .sort(([a], [b]) => a.localeCompare(b))
  return JSON.stringify([request.root, request.siteCode, read])
}

/**
 * One per warm process. `astroDir` is the site's Astro package folder. At most `keep` renderers
 * are kept (a test builds into two releases folders in turn: one each).
 */
export function createWarmRenderer(astroDir: string, keep = 2) {
  const fromAstro = (file: string) => import(pathToFileURL(path.join(astroDir, file)).href)
  // Astro's data store format, read with the copy of devalue that Astro wrote it with.
  const devalue = import(
    pathToFileURL(createRequire(path.join(astroDir, 'package.json')).resolve('devalue')).href
  ) as Promise<{ unflatten: (value: unknown) => unknown }>
  const kept: Kept[] = []
  const hooks = { dataVersion: 0 } as {
    dataVersion: number
    written?: WarmRenderHooks['written']
  } & Partial<WarmRenderHooks>
  let lent: {
    dataStore?: Map<unknown, unknown>
    prerenderer?: Prerenderer
    integrations?: readonly Integration[]
    contentStore?: ContentStore
    /** The bundle's folder, moved aside before Astro removes it (see `keep`). */
    bundle?: string
  } = {}
  // The content layer's store is made inside Astro's sync, out of reach: its maker is wrapped
  // once to see it.
  const storeMaker = fromAstro('dist/content/mutable-data-store.js').then((module) => {
    const { MutableDataStore } = module as {
      MutableDataStore: { fromFile(...args: unknown[]): Promise<ContentStore> }
    }
    const fromFile = MutableDataStore.fromFile.bind(MutableDataStore)
    MutableDataStore.fromFile = async (...args: unknown[]) => {
      const store = await fromFile(...args)
      lent.contentStore = store
      return store
    }
  })

  /** The kept build a request can be rendered from: one of the same site code and settings. */
  function keptFor(request: RenderRequest): Kept | undefined {
    if (!request.siteCode) return undefined
    const settings = settingsOf(request)
    return kept.find((k) => k.settings === settings)
  }

  async function drop(renderer: Kept): Promise<void> {
    kept.splice(kept.indexOf(renderer), 1)
    await rm(renderer.folder, { recursive: true, force: true })
  }

  return {
    /** Lends the hooks for a build about to run (its bundle is loaded in this process). */
    async beforeBuild(): Promise<void> {
      const { unflatten: read } = await devalue
      await storeMaker
      lent = {}
      Object.assign(hooks, {
        dataStore: (text: string) => {
          const value = read(JSON.parse(text))
          if (value instanceof Map) lent.dataStore = value
          return value
        },
        keep: (value: unknown, integrations: readonly unknown[]) => {
          const prerenderer = value as Prerenderer
          lent.prerenderer = prerenderer
          lent.integrations = integrations as readonly Integration[]
          // Astro removes the bundle once the pages are written (after `teardown`), but pages
          // rendered later load the parts of it this build did not: it is moved aside first, and
          // back once the build is done (`afterBuild`).
          const bundle = path.join(process.cwd(), '.astro', '.prerender')
          const teardown = prerenderer.teardown?.bind(prerenderer)
          prerenderer.teardown = async () => {
            await teardown?.()
            const moved = await rename(bundle, `${bundle}.kept`).then(
              () => true,
              () => false,
            )
            if (moved) lent.bundle = bundle
          }
        },
      })
      ;(globalThis as Record<symbol, unknown>)[Symbol.for(warmRenderKey)] = hooks
    },

    /** After a build that succeeded in `folder`: keeps what renders its pages, if it can. */
    async afterBuild(request: RenderRequest, folder: string): Promise<boolean> {
      const { dataStore, prerenderer, integrations, contentStore, bundle } = lent
      lent = {}
      if (bundle === undefined) return false
      await rename(`${bundle}.kept`, bundle)
      const { globalContentLayer } = (await fromAstro('dist/content/instance.js')) as {
        globalContentLayer: { get(): Kept['contentLayer'] | null }
      }
      const contentLayer = globalContentLayer.get()
      if (
        !dataStore ||
        !prerenderer ||
        !integrations ||
        !contentLayer ||
        !contentStore ||
        !request.siteCode
      )
        return false
      // Astro saves the store to disk 500 ms after its last change, and its sync waits for that
      // (half a second of every render on the seed corpus; at 10,000 recommendations, writing it
      // takes 1.8 s more). What is rendered here reads the store in memory, and a build reads it
      // only after its own loaders replaced every entry: this one is not saved again. Nor are
      // its lists of content modules and assets (in the site's `.astro/`), which only bundling
      // reads: written late, they overwrote those of the next build in this process, with
      // another PAGES_DIR (warm-astro.int.test.ts beside the equivalence test).
      contentStore.writeToDisk = () => Promise.resolve()
      contentStore.waitUntilSaveComplete = () => Promise.resolve()
      contentStore.writeAssetImports = () => Promise.resolve()
      contentStore.writeModuleImports = () => Promise.resolve()
      const settings = settingsOf(request)
      for (const old of kept.filter((k) => k.settings === settings)) await drop(old)
      kept.push({
        settings,
        prerenderer,
        dataStore,
        contentLayer,
        contentStore,
        integrations,
        folder,
      })
      while (kept.length > keep) await drop(kept[0] as Kept)
      return true
    },

    /** Whether `request` can be rendered from a kept build: a partial build of the same site. */
    canRender(request: RenderRequest): boolean {
      return request.env.RENDER_ONLY_FILE !== undefined && keptFor(request) !== undefined
    },

    /**
     * Renders `request`'s pages from the kept build; returns how many. Throws `NotWarm` before it
     * wrote anything when it cannot; any other error after that (the folder is then emptied by
     * the caller, who builds instead).
     */
    async render(request: RenderRequest, print: (text: string) => void): Promise<number> {
      const renderer = keptFor(request)
      if (!renderer) throw new NotWarm('no build of this site and settings is kept')
      // The same renderer at the end of the list: the last one dropped.
      kept.splice(kept.indexOf(renderer), 1)
      kept.push(renderer)

      await renderer.contentLayer.sync()
      renderer.dataStore.clear()
      for (const [name, collection] of renderer.contentStore._collections)
        renderer.dataStore.set(name, collection)
      hooks.dataVersion += 1
      // The bundle's own route cache (its copy of Astro's core): `getStaticPaths` runs again.
      renderer.prerenderer.app.routeCache.clearAll()

      // The kept build's integrations: the same settings; what changes from build to build (the
      // page-list files, the snapshot) they read when their hooks run.
      const integration = (name: string) => {
        const found = renderer.integrations.find((i) => i.name === name)
        if (!found) throw new NotWarm(`the site has no integration ${name}`)
        return found
      }
      let prerenderer = renderer.prerenderer
      await integration('mahjar-page-list').hooks['astro:build:start']?.({
        setPrerenderer: (wrap: unknown) => {
          prerenderer =
            typeof wrap === 'function'
              ? (wrap as (p: Prerenderer) => Prerenderer)(prerenderer)
              : (wrap as Prerenderer)
        },
      })
      // Waits for the render-only file: the engine writes its plan meanwhile.
      const paths = await prerenderer.getStaticPaths()
      const base = await baseSiteDir(request)

      const origin = new URL(request.env.SITE_URL ?? 'http://localhost:4321').origin
      const pages: { file: string; body: Buffer }[] = []
      const seen = new Set<string>()
      for (const { pathname, route } of paths) {
        // A path two routes give is rendered once, by the first (as Astro does).
        const normalized = pathname.replace(/\/$/, '')
        if (seen.has(normalized)) continue
        seen.add(normalized)
        if (route.type !== 'page' && route.type !== 'endpoint')
          throw new NotWarm(`${pathname} is a ${route.type} route`)
        const rendered = await prerenderer.render(
          new Request(requestUrl(pathname, route, origin)),
          {
            routeData: route,
            collectMetadata: false,
          },
        )
        const response = rendered instanceof Response ? rendered : rendered.response
        const ok = response.status === 200 || (normalized === '/404' && response.status === 404)
        if (!ok || response.body === null)
          throw new NotWarm(`${pathname} answered ${String(response.status)}`)
        pages.push({
          file: pageOutputFile(pathname),
          body: Buffer.from(await response.arrayBuffer()),
        })
      }

      // Synchronous: nothing else runs in this process meanwhile, and a finding's 786 pages at
      // 10,000 recommendations took 0.3 s one awaited call after another (hand timing).
      for (const { file, body } of pages) {
        const target = path.join(request.outDir, file)
        mkdirSync(path.dirname(target), { recursive: true })
        writeFileSync(target, body)
      }
      await linkSiteCodeFiles(request.root, base, request.outDir)
      const dir = pathToFileURL(`${request.outDir}/`)
      // The site's hooks take the pages written as they are held here (WarmRenderHooks `written`).
      hooks.written = {
        dir: request.outDir,
        pages: new Map(pages.map(({ file, body }) => [file, body.toString('utf8')])),
      }
      try {
        await integration('mahjar-snapshot-photos').hooks['astro:build:done']?.({ dir })
        await integration('mahjar-security-headers').hooks['astro:build:done']?.({ dir })
      } finally {
        hooks.written = undefined
      }
      print(`[warm-render] ${String(pages.length)} ${renderedWarmSaid}\n`)
      return pages.length
    },

    /** Removes every kept build's folder (the process is ending). */
    dropAll(): void {
      for (const renderer of kept) rmSync(renderer.folder, { recursive: true, force: true })
      kept.length = 0
    },
  }
}

/**
 * The URL Astro's build asks a page for, with the site's `build.format: 'directory'` and
 * `trailingSlash: 'always'` (as `pageOutputFile` writes it): `/404` → `/404/`; an endpoint with
 * an extension as it is.
 */
function requestUrl(pathname: string, route: RouteData, origin: string): URL {
  const relative = pathname.replace(/^\/+/, '').replace(/\/+$/, '')
  if (relative === '') return new URL('/', origin)
  const file = route.type === 'endpoint' && /\.[^/]+$/.test(relative)
  return new URL(file ? `/${relative}` : `/${relative}/`, origin)
}

const baseSiteDirSchema = renderOnlySchema.pick({ baseSiteDir: true })

/**
 * The live release's site folder the partial build starts from, as its render-only file says
 * (when the rules select every page, too: it lends its assets).
 */
async function baseSiteDir(request: RenderRequest): Promise<string> {
  const file = request.env.RENDER_ONLY_FILE
  if (!file) throw new NotWarm('no render-only file')
  // Only the folder: the whole file (31,000 known pages at 10,000 recommendations) took 0.1 s,
  // and the page-list integration has read it already.
  const only = baseSiteDirSchema.parse(JSON.parse(await readFile(file, 'utf8')))
  if (only.baseSiteDir === undefined) throw new NotWarm('no live release to start from')
  return only.baseSiteDir
}

/**
 * What a build writes that comes from the site's code alone: the bundle's assets (`_astro/`) and
 * the public files, hard-linked from the live release (built with the same site code).
 */
async function linkSiteCodeFiles(root: string, base: string, outDir: string): Promise<void> {
  const publicFiles = (await filesUnder(path.join(root, 'public'))) ?? []
  const assets = ((await filesUnder(path.join(base, '_astro'))) ?? []).map((file) =>
    path.join('_astro', file),
  )
  const [failure] = await linkFiles(
    [...publicFiles, ...assets].map(
      (file) => [path.join(base, file), path.join(outDir, file)] as const,
    ),
  )
  if (failure)
    throw new Error(`Cannot link the site's assets from the live release: ${failure.message}`)
}
