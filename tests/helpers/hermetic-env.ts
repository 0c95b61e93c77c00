/**
 * Vitest global setup: the tests set the environment they depend on, never the shell's. A shell
 * with `ADMIN_EMAIL`/`ADMIN_PASSWORD` (the main-job test expects the first-user screen), a short
 * `PAYLOAD_SECRET` or a `DATABASE_URI` pointing at real data made `pnpm test` fail or, worse, touch
 * that data. Every variable the CMS, the site and the scripts read is removed before any worker starts, so
 * workers and their children inherit a clean slate; `unit/hermetic-env.test.ts` checks this list
 * against the three env schemas. `TEST_MONGODB_URI` stays: it is how a run is pointed at MongoDB.
 */
export const projectEnvKeys = [
  // cms/src/env.ts
  'DATABASE_URI',
  'PAYLOAD_SECRET',
  'CMS_PORT',
  'CMS_PUBLIC_URL',
  'CMS_ALLOWED_ORIGINS',
  'MEDIA_DIR',
  'SUBMISSIONS_DIR',
  'SUBMISSIONS_PER_HOUR',
  'SITE_BUILD_COMMAND',
  'SITE_PREVIEW_COMMAND',
  'PUBLISH_WARM_UP',
  'SITE_URL',
  'REBUILD_DEBOUNCE_MS',
  'CMS_JOBS_RUNNER',
  'CMS_TRUSTED_PROXIES',
  // scripts/lib/env.ts
  'CONTENT_DIR',
  'SNAPSHOT_DIR',
  'SITE_DIST_DIR',
  'OPEN_DATA_LICENCE',
  'SEARCH_BUNDLE_RECORDS',
  'SEARCH_REBUILD_QUIET_MS',
  'CHROMIUM_PATH',
  'ASTRO_PROCESS',
  'PUBLISH_ENGINE',
  'PUBLISH_KEEP_WARM_WHILE',
  'RELEASES_DIR',
  'SITE_PORT',
  'SITE_HOST',
  'CMS_HOST',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'REBUILD_ON_START',
  // site/src/env.ts (the rest are read by the CMS or the scripts too)
  'PAGES_DIR',
  'SITE_CACHE_DIR',
  'PAGE_LIST_FILE',
  'RENDER_ONLY_FILE',
  'HEAD_STYLES_FILE',
  // scripts/lib/preview/astro-pages.ts
  'PREVIEW_SITE_ROOT',
] as const

export default function setup(): void {
  for (const key of projectEnvKeys) Reflect.deleteProperty(process.env, key)
}
