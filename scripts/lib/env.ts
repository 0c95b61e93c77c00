/**
 * The only place the scripts read `process.env`. Validated once, with defaults for local use.
 */
import path from 'node:path'
import { z } from 'zod'
import { repoRoot } from './paths.ts'

const schema = z.object({
  SNAPSHOT_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, 'site', '.snapshot')),
})

export const env = schema.parse(process.env)
