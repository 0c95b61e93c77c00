/**
 * The only place the publishing engine reads `process.env`; the scripts' env.ts extends it, so a
 * variable is declared once. Validated once, with defaults for local use.
 */
import path from 'node:path'
import { z } from 'zod'
import { defaultLicence, licenceIds } from '@mahjar/shared/schemas/open-data'
import { repoRoot } from './paths.ts'

export const publishEnvSchema = z.object({
  /** The public origin, for absolute URLs in citations, open data and share cards. */
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
  /** Licence of the open data and citations (SPDX id); CC BY 4.0 unless configured otherwise. */
  OPEN_DATA_LICENCE: z.enum(licenceIds).default(defaultLicence),
  /**
   * Debian's Chromium headless shell (package chromium-headless-shell), for share cards and
   * browser checks: the same engine without the browser's own interface, a quarter of the CPU
   * for the same page loads (5.3 s against 21.4 s, docs/benchmarks.md).
   */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium-headless-shell'),
  /**
   * Search records per bundle of the site's index, on average (outputs/search-index.ts); unset,
   * one bundle. In bundles, a publish re-indexes only those its change touches, but Pagefind
   * ranks each bundle by its own word statistics: at 10,000 recommendations, four bundles cost
   * recall@10 0.760 → 0.573 on the relevance set (docs/benchmarks.md), hence one by default.
   */
  SEARCH_BUNDLE_RECORDS: z.coerce.number().int().positive().optional(),
  /**
   * Where the site's pages are built: `warm`, in one Astro process kept loaded between builds
   * (release/warm-astro.ts; a full build of the fixture corpus 3.1-3.3 s against 6.0 s), or
   * `fresh`, an `astro build` process of its own each time.
   */
  ASTRO_PROCESS: z.enum(['warm', 'fresh']).default('warm'),
  /**
   * Where the publish command (`build-site.ts --snapshot`) builds: `warm`, in the warm engine kept
   * between publishes (release/warm-engine.ts), or `fresh`, in the command's own process. Read
   * by warm-engine.ts before this file is loaded (`warmEngineWanted`).
   */
  PUBLISH_ENGINE: z.enum(['warm', 'fresh']).default('warm'),
  /**
   * A pid: the warm engine and the warm Astro stay, idle or not, while that process runs
   * (`pnpm start` sets its own); unset, they end after 5 and 10 idle minutes. Read by the warm
   * processes themselves (warm-process-server.ts `keeperOf`).
   */
  PUBLISH_KEEP_WARM_WHILE: z.coerce.number().int().positive().optional(),
  /**
   * How long publishing must be quiet before the full search index is rebuilt over a delta and
   * old releases are removed (release/consolidate-search.ts); a publish meanwhile stops the wait.
   */
  SEARCH_REBUILD_QUIET_MS: z.coerce.number().int().nonnegative().default(10_000),
  /** Release folders of the live site (`current` → live). */
  RELEASES_DIR: z.string().min(1).default(path.join(repoRoot, 'releases')),
})

export const env = publishEnvSchema.parse(process.env)
