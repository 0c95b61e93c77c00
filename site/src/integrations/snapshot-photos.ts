/**
 * Copies the snapshot's published photos (`<SNAPSHOT_DIR>/media/`, written by the CMS's export:
 * cms/src/snapshot/photos.ts) into the built site, so each page shows them from the site's own
 * origin (`urls.photo`): no page asks the CMS, or any other host, for an image.
 */
import { cp, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { photoFolder } from '@mahjar/shared/identifiers'
import { snapshotDirOf } from '../env.ts'

export function snapshotPhotosIntegration(): AstroIntegration {
  let siteRoot: URL | undefined
  return {
    name: 'mahjar-snapshot-photos',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteRoot = config.root
      },
      'astro:build:done': async ({ dir }) => {
        if (!siteRoot) return
        const from = path.join(snapshotDirOf(siteRoot), photoFolder)
        const found = await stat(from).then(
          (info) => info.isDirectory(),
          () => false,
        )
        if (found) await cp(from, path.join(fileURLToPath(dir), photoFolder), { recursive: true })
      },
    },
  }
}
