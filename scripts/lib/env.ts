/**
 * The only place the scripts read `process.env`. Validated once, with defaults for local use.
 */
import path from 'node:path'
import { z } from 'zod'
import { defaultLicence, licenceIds } from '@mahjar/shared/schemas/open-data'
import { contentDir, repoRoot } from './paths.ts'

const schema = z.object({
  /** The content corpus `pnpm seed` and `snapshot:content` read (tests point it at fixtures). */
  CONTENT_DIR: z.string().min(1).default(contentDir),
  SNAPSHOT_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'site', '.snapshot')),
  /** The public origin, for absolute URLs in citations, open data and share cards. */
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
  /** The CMS's public origin, for the site's submission forms; default: localhost on CMS_PORT. */
  CMS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The built static site that post-build steps (open data, share cards, permalinks) complete. */
  SITE_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'site', 'dist')),
  /** Licence of the open data and citations (SPDX id); CC BY 4.0 unless configured otherwise. */
  OPEN_DATA_LICENCE: z.enum(licenceIds).default(defaultLicence),
  /**
   * Debian's Chromium headless shell (package chromium-headless-shell), for share cards and
   * browser checks: the same engine without the browser's own interface, a quarter of the CPU
   * for the same page loads (5.3 s against 21.4 s, docs/benchmarks.md).
   */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium-headless-shell'),
  /** `pnpm start` and the rebuild job: release folders of the live site (`current` → live). */
  RELEASES_DIR: z.string().min(1).default(path.join(repoRoot, 'releases')),
  /** `pnpm start`: the static site's and the CMS's ports and interfaces (loopback by default). */
  SITE_PORT: z.coerce.number().int().min(0).max(65_535).default(4321),
  SITE_HOST: z.string().min(1).default('127.0.0.1'),
  CMS_PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  CMS_HOST: z.string().min(1).default('127.0.0.1'),
  /** `pnpm start`: the first admin account, created when both are set and there is no user. */
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'ADMIN_PASSWORD must be at least 12 characters').optional(),
  /** Set by pnpm: the folder it was run from (relative paths given to a command start there). */
  INIT_CWD: z.string().min(1).optional(),
  /** `pnpm start`: rebuild the site at start even when a release is live. */
  REBUILD_ON_START: z.stringbool().default(false),
})

/** Every variable the scripts read (the tests clear them so the shell's never leak in). */
export const scriptEnvKeys = Object.keys(schema.shape)

export const env = schema.parse(process.env)
