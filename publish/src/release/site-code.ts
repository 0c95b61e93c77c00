/**
 * The code a release was built with: a fingerprint of every source the build reads (the site's
 * templates and scripts, the shared contract, the publishing engine), written into each release.
 * `pnpm start` keeps the live release only while it matches the code checked out now, so new
 * site code never leaves an old site served.
 */
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { sourcesState } from './source-fingerprint.ts'
import { currentLink, type Release } from './releases.ts'

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

const fileName = 'site-code.sha256'

export const siteCodeFingerprint = () => sourcesState(siteCodeSources).fingerprint

export async function recordSiteCode(release: Release, fingerprint: string): Promise<void> {
  await writeFile(path.join(release.dir, fileName), `${fingerprint}\n`)
}

/** Whether the live release was built from the site code as it is now. */
export function liveReleaseHasCurrentCode(releasesDir: string): boolean {
  const file = path.join(releasesDir, currentLink, fileName)
  return existsSync(file) && readFileSync(file, 'utf8').trim() === siteCodeFingerprint()
}
