/**
 * Child process of a preview build: `node astro-pages.ts <outDir> <assetsPrefix>` runs Astro's
 * own build of the site (its config, templates and content loaders, SNAPSHOT_DIR from the
 * environment); the site's page-list integration renders only the pages RENDER_ONLY_FILE names
 * (site/src/integrations/page-list.ts), so a preview costs bundling plus a few pages, not the
 * whole site. Asset URLs get `assetsPrefix`, so the pages load their CSS and fonts from the
 * private preview build: the one setting the command line cannot give, hence this file.
 *
 * Plain Node runs this file (type stripping, no tsx): Astro's Vite must not share a process with
 * another TypeScript loader. It resolves `astro` from the site package.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/** The part of Astro's API this file uses (astro 7.3 `build`): the scripts package does not depend on astro, the site does. */
interface AstroApi {
  build: (config: {
    root: string
    outDir: string
    logLevel: 'warn'
    build: { assetsPrefix: string }
  }) => Promise<void>
}

const [outDir, assetsPrefix] = process.argv.slice(2)
const siteDir = process.env.PREVIEW_SITE_ROOT
if (!outDir || !assetsPrefix || !siteDir || !process.env.RENDER_ONLY_FILE) {
  process.stderr.write(
    'usage: PREVIEW_SITE_ROOT=<site> RENDER_ONLY_FILE=<file> node astro-pages.ts <outDir> <assetsPrefix>\n',
  )
  process.exit(2)
}

const astroEntry = createRequire(path.join(siteDir, 'package.json')).resolve('astro')
const astro = (await import(pathToFileURL(astroEntry).href)) as AstroApi
await astro.build({ root: siteDir, outDir, logLevel: 'warn', build: { assetsPrefix } })
