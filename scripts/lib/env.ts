/**
 * The only place the scripts read `process.env`: the publishing engine's variables
 * (`@mahjar/publish/env`) and the scripts' own. Validated once, with defaults for local use.
 */
import path from 'node:path'
import { z } from 'zod'
import { publishEnvSchema } from '@mahjar/publish/env'
import { contentDir, repoRoot } from '@mahjar/publish/paths'

const schema = publishEnvSchema.extend({
  /** The content corpus `pnpm seed` and `snapshot:content` read (tests point it at fixtures). */
  CONTENT_DIR: z.string().min(1).default(contentDir),
  SNAPSHOT_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'site', '.snapshot')),
  /** The CMS's public origin, for the site's submission forms; default: localhost on CMS_PORT. */
  CMS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The built static site that post-build steps (open data, share cards, permalinks) complete. */
  SITE_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'site', 'dist')),
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
  /**
   * `pnpm start`: whether its CMS runs the jobs (cms/src/env.ts reads it too): only then does it
   * publish, and get publishing warm, which Ready waits for.
   */
  CMS_JOBS_RUNNER: z.stringbool().default(true),
})

/** Every variable the scripts read (the tests clear them so the shell's never leak in). */
export const scriptEnvKeys = Object.keys(schema.shape)

export const env = schema.parse(process.env)
