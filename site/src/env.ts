/**
 * The only place the site reads `process.env`, validated once, with defaults for local use.
 * - SITE_URL: the public origin, for canonical links, sitemap, feeds and sharing.
 * - SNAPSHOT_DIR: the exported snapshot the build reads; a relative path is taken from the
 *   repository root (the default is `site/.snapshot`).
 * - PAGES_DIR: the editorial MDX pages, `<lang>/<page>.mdx`; relative to the repository root too.
 * - OPEN_DATA_LICENCE: the licence named on citations and open data (CC-BY-4.0 by default).
 * - CMS_PUBLIC_URL: where participants' forms post their submissions (the CMS's public origin,
 *   as the CMS itself reads it; default http://localhost:3000). The page's CSP allows forms to
 *   post there and nowhere else.
 * - SITE_CACHE_DIR: Astro's cache (content data store); set it apart for builds from another
 *   snapshot, such as tests and benchmarks, so their entries never mix with the main build's.
 * - PAGE_LIST_FILE, RENDER_ONLY_FILE: set by the publishing engine and the preview: where to
 *   write the build's page list, and which pages alone to render (integrations/page-list.ts).
 * - HEAD_STYLES_FILE: set by the publishing engine: where to record each page's inline head
 *   styles, for the next partial build's CSP (integrations/security-headers.ts).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { defaultLicence, licenceIds } from '@mahjar/shared/schemas/open-data'

const schema = z.object({
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
  SNAPSHOT_DIR: z.string().min(1).default('site/.snapshot'),
  PAGES_DIR: z.string().min(1).default('content/pages'),
  /** Licence of the open data and citations (SPDX id), as in scripts/lib/env.ts. */
  OPEN_DATA_LICENCE: z.enum(licenceIds).default(defaultLicence),
  SITE_CACHE_DIR: z.string().min(1).optional(),
  PAGE_LIST_FILE: z.string().min(1).optional(),
  RENDER_ONLY_FILE: z.string().min(1).optional(),
  HEAD_STYLES_FILE: z.string().min(1).optional(),
  CMS_PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/$/, '')),
})

function parseEnv() {
  const result = schema.safeParse(process.env)
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid site environment: ${issues.join('; ')}`)
  }
  return result.data
}

export const env = parseEnv()

/** Every variable the site reads (the tests clear them all before a run). */
export const siteEnvKeys = Object.keys(schema.shape)

/**
 * The files the engine names for each build (page list, render-only selection, head styles), read
 * when asked: the warm renderer runs a kept build's integrations again for the next build, whose
 * files are others.
 */
export function buildFilesOf(): Pick<
  z.infer<typeof schema>,
  'PAGE_LIST_FILE' | 'RENDER_ONLY_FILE' | 'HEAD_STYLES_FILE'
> {
  const { PAGE_LIST_FILE, RENDER_ONLY_FILE, HEAD_STYLES_FILE } = parseEnv()
  return { PAGE_LIST_FILE, RENDER_ONLY_FILE, HEAD_STYLES_FILE }
}

/** The snapshot's folder, for the site whose root (Astro's `config.root`) is `siteRoot`. */
export function snapshotDirOf(siteRoot: URL): string {
  const repoRoot = path.resolve(fileURLToPath(siteRoot), '..')
  // Read when asked: the warm renderer runs the loaders it keeps again for another snapshot.
  return path.resolve(repoRoot, parseEnv().SNAPSHOT_DIR)
}
