/**
 * Serves a built site (`site/dist` or a test build) on 127.0.0.1 and a free port with the
 * project's one static server (scripts/lib/static-server.ts), so tests see what the live site
 * and a static host give: index.html for directories, 404.html with status 404, gzip.
 */
import { startStaticServer, type StaticServer } from '@mahjar/scripts/lib/static-server'

export type { StaticServer }

export function serveStatic(rootDir: string): Promise<StaticServer> {
  return startStaticServer({ root: rootDir })
}
