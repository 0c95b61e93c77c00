/**
 * The code a release was built with: a fingerprint of every source the build reads (the site's
 * templates and scripts, the shared contract, the publishing engine, the editorial pages) and of
 * the settings it reads, written into each release. An incremental build starts only from a
 * release with the same fingerprint (incremental/partial-pages.ts).
 * `pnpm start` keeps the live release only while it matches the code checked out now, so new
 * site code never leaves an old site served.
 */
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ifMissing } from '@mahjar/shared/errors'
import { repoRoot } from '../paths.ts'
import { sourcesState } from './source-fingerprint.ts'
import { currentRelease, type Release } from './releases.ts'

const siteCodeSources = [
  'site/src',
  'site/public',
  'site/astro.config.ts',
  'site/package.json',
  'shared/src',
  'shared/package.json',
  'publish/src',
  'publish/package.json',
  'pnpm-lock.yaml',
]

/**
 * The variables the site's build reads that change what it writes (site/src/env.ts; the
 * snapshot, cache and page-list variables do not), and the engine's own (how the search index is
 * split): a release built with another site address, for one, is not the site of this one, nor
 * a base for an incremental build.
 */
export const siteSettings = [
  'SITE_URL',
  'CMS_PUBLIC_URL',
  'OPEN_DATA_LICENCE',
  'SEARCH_BUNDLE_RECORDS',
  'PAGES_DIR',
] as const

const fileName = 'site-code.sha256'

/** The site's sources and settings as they are now, as one fingerprint. */
export function siteCodeFingerprint(): string {
  const sources = [
    ...siteCodeSources,
    // The editorial pages the build reads: an edit there is a new site, as a template's is.
    path.relative(repoRoot, path.resolve(repoRoot, process.env.PAGES_DIR ?? 'content/pages')),
    // The redirects kept in the repository: the permalink step writes their pages.
    'content/redirects.yaml',
  ]
  return createHash('sha256')
    .update(sourcesState(sources).fingerprint)
    .update(JSON.stringify(siteSettings.map((name) => process.env[name] ?? '')))
    .digest('hex')
}

export async function recordSiteCode(release: Release, fingerprint: string): Promise<void> {
  await writeFile(path.join(release.dir, fileName), `${fingerprint}\n`)
}

/** Whether the live release was built from the site code as it is now. */
export async function liveReleaseHasCurrentCode(releasesDir: string): Promise<boolean> {
  const live = await currentRelease(releasesDir)
  return live !== undefined && (await recordedSiteCode(live)) === siteCodeFingerprint()
}

/** The site code a release was built with, as it recorded it (undefined for an older release). */
export async function recordedSiteCode(release: Release): Promise<string | undefined> {
  const text = await readFile(path.join(release.dir, fileName), 'utf8').catch(ifMissing(undefined))
  return text?.trim()
}
