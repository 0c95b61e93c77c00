/**
 * The only place the CMS reads `process.env`. Validated once, at import time: the config is built
 * from it, so set variables before a dynamic `import()` of the config (see boot.ts).
 *
 * - DATABASE_URI: unset or `file:…` → SQLite (default `cms/data/cms.db`); `mongodb://` or
 *   `mongodb+srv://` → MongoDB.
 * - PAYLOAD_SECRET: required in production. Elsewhere, generated once into the ignored `cms/.env`.
 * - CMS_PORT (default 3000), CMS_PUBLIC_URL (default http://localhost:CMS_PORT),
 *   CMS_ALLOWED_ORIGINS (comma-separated; CORS and CSRF; default CMS_PUBLIC_URL).
 * - MEDIA_DIR: where uploads are stored (default `cms/data/media`).
 * - SUBMISSIONS_DIR: where the cleaned files of campaign participants' submissions are kept,
 *   apart from the media library and never public (default `cms/data/submissions`).
 * - SUBMISSIONS_PER_HOUR: how many submissions the public endpoint takes in an hour, from all
 *   senders together (nothing about a sender is kept to count them apart; default 60).
 * - SITE_BUILD_COMMAND: shell command that builds and swaps the live site (set by `pnpm start`);
 *   when set, publishing queues a debounced rebuild job (src/jobs). REBUILD_DEBOUNCE_MS: quiet
 *   time after the last publish before the build starts (default 0: a publish builds at once,
 *   and publishes during a build fold into one build after it).
 * - PUBLISH_WARM_UP: `true` → when the CMS starts, SITE_BUILD_COMMAND `--warm-up` has the publishing
 *   engine build the live release again, unpublished, so the first publish finds it warm; a publish
 *   meanwhile waits for it (set by `pnpm start`, which waits for it before Ready; default false).
 * - SITE_PREVIEW_COMMAND: shell command that builds the private preview of one document's draft
 *   with the site's templates (set by `pnpm start`; `--collection <slug> --id <id>` appended).
 * - SITE_URL: the public site's origin, for "live" links from the edit view (default
 *   http://localhost:4321).
 * - CMS_JOBS_RUNNER: `false` on every process but one (other instances, build children) so one
 *   runner executes jobs (default true).
 * - CMS_TRUSTED_PROXIES: comma-separated addresses of reverse proxies whose `X-Forwarded-For`
 *   entry names the client (e.g. `127.0.0.1,::1` behind nginx on the same host). Default none:
 *   the sign-in throttle counts by the TCP peer (src/http/peerAddress.ts).
 */
import { randomBytes } from 'node:crypto'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { cmsRoot } from './paths.ts'

const localEnvFile = path.join(cmsRoot, '.env')
const defaultDatabaseFile = path.join(cmsRoot, 'data', 'cms.db')

/** `next build` imports the config to prerender; it must not need production secrets. */
const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build'
const isProduction = process.env.NODE_ENV === 'production' && !isBuildPhase

function readLocalSecret(): string | undefined {
  if (!existsSync(localEnvFile)) return undefined
  const line = readFileSync(localEnvFile, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('PAYLOAD_SECRET='))
  return line?.slice('PAYLOAD_SECRET='.length).trim() || undefined
}

/** Local use only: one random secret per checkout, kept in the git-ignored `cms/.env`. */
function localSecret(): string {
  const existing = readLocalSecret()
  if (existing) return existing
  const secret = randomBytes(32).toString('hex')
  appendFileSync(localEnvFile, `PAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
  return secret
}

const originList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ protocol: /^https?$/, error: 'each origin must be an http(s) URL' })))

const variables = z.object({
  DATABASE_URI: z
    .string()
    .regex(
      /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/,
      'DATABASE_URI must start with "file:", "mongodb://" or "mongodb+srv://"',
    )
    .default(`file:${defaultDatabaseFile}`),
  PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET must be at least 32 characters').optional(),
  CMS_PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  CMS_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  CMS_ALLOWED_ORIGINS: originList.optional(),
  MEDIA_DIR: z
    .string()
    .min(1)
    .default(path.join(cmsRoot, 'data', 'media')),
  SUBMISSIONS_DIR: z
    .string()
    .min(1)
    .default(path.join(cmsRoot, 'data', 'submissions')),
  SUBMISSIONS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(60),
  SITE_BUILD_COMMAND: z.string().min(1).optional(),
  SITE_PREVIEW_COMMAND: z.string().min(1).optional(),
  PUBLISH_WARM_UP: z.stringbool().default(false),
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4321'),
  REBUILD_DEBOUNCE_MS: z.coerce.number().int().min(0).max(600_000).default(0),
  CMS_JOBS_RUNNER: z.stringbool().default(true),
  CMS_TRUSTED_PROXIES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
    ),
})

/** Every variable the CMS reads (the tests clear them so the shell's never leak in). */
export const cmsEnvKeys = Object.keys(variables.shape)

const schema = variables.transform((raw, ctx) => {
  if (!raw.PAYLOAD_SECRET && isProduction) {
    ctx.addIssue({
      code: 'custom',
      path: ['PAYLOAD_SECRET'],
      message: 'PAYLOAD_SECRET is required in production (at least 32 random characters)',
    })
    return z.NEVER
  }
  const publicUrl = (raw.CMS_PUBLIC_URL ?? `http://localhost:${raw.CMS_PORT}`).replace(/\/$/, '')
  return {
    databaseUri: raw.DATABASE_URI,
    secret: raw.PAYLOAD_SECRET ?? (isBuildPhase ? 'build-phase-placeholder-secret' : localSecret()),
    port: raw.CMS_PORT,
    publicUrl,
    allowedOrigins: raw.CMS_ALLOWED_ORIGINS ?? [publicUrl],
    mediaDir: path.resolve(cmsRoot, raw.MEDIA_DIR),
    submissionsDir: path.resolve(cmsRoot, raw.SUBMISSIONS_DIR),
    submissionsPerHour: raw.SUBMISSIONS_PER_HOUR,
    siteBuildCommand: raw.SITE_BUILD_COMMAND,
    sitePreviewCommand: raw.SITE_PREVIEW_COMMAND,
    publishWarmUp: raw.PUBLISH_WARM_UP,
    siteUrl: raw.SITE_URL.replace(/\/$/, ''),
    rebuildDebounceMs: raw.REBUILD_DEBOUNCE_MS,
    jobsRunner: raw.CMS_JOBS_RUNNER,
    trustedProxies: raw.CMS_TRUSTED_PROXIES,
    production: isProduction,
    buildPhase: isBuildPhase,
  }
})

function load() {
  const result = schema.safeParse(process.env)
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    )
    throw new Error(`Invalid CMS environment:\n${problems.join('\n')}`)
  }
  return result.data
}

export const env = load()
export type CmsEnv = typeof env
