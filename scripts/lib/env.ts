/**
 * The only place the scripts read `process.env`. Validated once, with defaults for local use.
 */
import path from 'node:path'
import { z } from 'zod'
import { defaultLicence, licenceIds } from '@mahjar/shared/schemas/open-data'
import { repoRoot } from './paths.ts'

const schema = z.object({
  SNAPSHOT_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'site', '.snapshot')),
  /** The public origin, for absolute URLs in citations, open data and share cards. */
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
  /** The built static site that post-build steps (open data, share cards, permalinks) complete. */
  SITE_DIST_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'site', 'dist')),
  /** Licence of the open data and citations (SPDX id); CC BY 4.0 unless configured otherwise. */
  OPEN_DATA_LICENCE: z.enum(licenceIds).default(defaultLicence),
  /** Debian's Chromium, for share cards and browser checks. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
})

export const env = schema.parse(process.env)
