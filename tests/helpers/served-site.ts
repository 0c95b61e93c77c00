/**
 * A site build served on loopback with Chromium open, for browser tests: build (corpus or
 * fixture), optional post-build files (search index, share cards), serve, launch; `close` undoes
 * all of it, the build folder included.
 */
import type { Browser } from 'playwright-core'
import { launchChromium } from './chromium.ts'
import { buildSite, removeSiteBuild, type BuiltSite, type SnapshotSource } from './site-build.ts'
import { serveStatic, type StaticServer } from './site-server.ts'

export interface ServedSite {
  readonly site: BuiltSite
  readonly server: StaticServer
  readonly browser: Browser
  close(): Promise<void>
}

export async function serveBuiltSite(
  source: SnapshotSource,
  prepare: (site: BuiltSite) => Promise<void> = () => Promise.resolve(),
): Promise<ServedSite> {
  const site = buildSite(source)
  await prepare(site)
  const server = await serveStatic(site.distDir)
  const browser = await launchChromium()
  return {
    site,
    server,
    browser,
    async close() {
      await browser.close()
      await server.close()
      removeSiteBuild(site)
    },
  }
}
