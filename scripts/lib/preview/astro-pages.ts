/**
 * Child process of a preview build: `node astro-pages.ts <outDir> <assetsPrefix> <path>…` runs
 * Astro's own build of the site (its config, templates and content loaders, SNAPSHOT_DIR from
 * the environment) but prerenders only the given paths. Astro's public `astro:build:start` hook
 * lets an integration wrap the default prerenderer; ours keeps the chosen paths and drops the
 * rest, so a preview costs bundling plus a few pages, not the whole site. Asset URLs get
 * `assetsPrefix`, so the pages load their CSS and fonts from the private preview build.
 *
 * Plain Node runs this file (type stripping, no tsx): Astro's Vite must not share a process with
 * another TypeScript loader. It resolves `astro` from the site package.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The part of Astro's integration API this file uses (astro 7.3 `AstroIntegration`,
 * `AstroPrerenderer`), declared here: the scripts package does not depend on astro, the site does.
 */
interface Prerenderer {
  name: string
  getStaticPaths: () => Promise<{ pathname: string }[]>
}
interface Integration {
  name: string
  hooks: {
    'astro:build:start': (options: {
      setPrerenderer: (wrap: (defaultPrerenderer: Prerenderer) => Prerenderer) => void
    }) => void
  }
}
interface AstroApi {
  build: (config: {
    root: string
    outDir: string
    logLevel: 'warn'
    build: { assetsPrefix: string }
    integrations: Integration[]
  }) => Promise<void>
}

const [outDir, assetsPrefix, ...paths] = process.argv.slice(2)
const siteDir = process.env.PREVIEW_SITE_ROOT
if (!outDir || !assetsPrefix || paths.length === 0 || !siteDir) {
  process.stderr.write(
    'usage: PREVIEW_SITE_ROOT=<site> node astro-pages.ts <outDir> <assetsPrefix> <path>…\n',
  )
  process.exit(2)
}

const wanted = new Set(paths)

/** Wraps Astro's default prerenderer: the same pages, filtered to `wanted`. */
const onlyWantedPaths: Integration = {
  name: 'mahjar-preview-only-paths',
  hooks: {
    'astro:build:start': ({ setPrerenderer }) => {
      setPrerenderer((defaultPrerenderer) => ({
        ...defaultPrerenderer,
        name: 'mahjar-preview',
        getStaticPaths: async () =>
          (await defaultPrerenderer.getStaticPaths()).filter((entry) => wanted.has(entry.pathname)),
      }))
    },
  },
}

const astroEntry = createRequire(path.join(siteDir, 'package.json')).resolve('astro')
const astro = (await import(pathToFileURL(astroEntry).href)) as AstroApi
await astro.build({
  root: siteDir,
  outDir,
  logLevel: 'warn',
  build: { assetsPrefix },
  integrations: [onlyWantedPaths],
})
