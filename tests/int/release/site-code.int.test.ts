/**
 * `pnpm start` keeps the live release only when it was built from the site code checked out now
 * (publish/src/release/site-code.ts): each release records a fingerprint of the site's sources
 * (release/source-fingerprint.ts), which changes with any source file's content or time. Real files
 * and release folders in a throwaway folder, activated the way a build does.
 */
import { statSync, utimesSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { activateRelease, createRelease, type Release } from '@mahjar/publish/release/releases'
import {
  liveReleaseHasCurrentCode,
  recordSiteCode,
  siteCodeFingerprint,
  siteSettings,
} from '@mahjar/publish/release/site-code'
import { sourcesState } from '@mahjar/publish/release/source-fingerprint'
import { describe, expect, it } from 'vitest'

async function liveRelease(record: (release: Release) => Promise<void>): Promise<string> {
  const releasesDir = await mkdtemp(path.join(tmpdir(), 'site-code-'))
  const release = await createRelease(releasesDir)
  await mkdir(release.siteDir, { recursive: true })
  await writeFile(path.join(release.siteDir, 'index.html'), '<!doctype html>')
  await record(release)
  await activateRelease(releasesDir, release, undefined)
  return releasesDir
}

describe('the fingerprint of sources', () => {
  it('changes when a file is edited, touched, added or removed, and only then', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'sources-'))
    await mkdir(path.join(root, 'src', 'layouts'), { recursive: true })
    const template = path.join(root, 'src', 'layouts', 'Page.astro')
    await writeFile(template, '<main />')
    const sources = ['src', 'astro.config.ts']
    const first = sourcesState(sources, root).fingerprint
    expect(sourcesState(sources, root).fingerprint).toBe(first)

    const { atime, mtime } = statSync(template)
    utimesSync(template, atime, new Date(mtime.getTime() + 60_000))
    const touched = sourcesState(sources, root).fingerprint
    expect(touched).not.toBe(first)
    await writeFile(path.join(root, 'astro.config.ts'), 'export default {}')
    const added = sourcesState(sources, root).fingerprint
    expect(added).not.toBe(touched)
    await writeFile(template, '<main lang="ar" />')
    expect(sourcesState(sources, root).fingerprint).not.toBe(added)
  })
})

describe('the live release', () => {
  it('is current when it recorded the site code as it is now', async () => {
    const releasesDir = await liveRelease((release) =>
      recordSiteCode(release, siteCodeFingerprint()),
    )
    expect(await liveReleaseHasCurrentCode(releasesDir)).toBe(true)
  })

  it('is stale when it recorded other code, or none (built before releases recorded it)', async () => {
    const other = await liveRelease((release) => recordSiteCode(release, 'f'.repeat(64)))
    expect(await liveReleaseHasCurrentCode(other)).toBe(false)
    const none = await liveRelease(() => Promise.resolve())
    expect(await liveReleaseHasCurrentCode(none)).toBe(false)
  })
})

describe('the settings a release was built with', () => {
  it('are every variable of the site that changes what its build writes', async () => {
    const { siteEnvKeys } = await import('@mahjar/site/env')
    // Where to read and write, not what: the snapshot, Astro's cache, the page list, the styles.
    const notWritten = [
      'SNAPSHOT_DIR',
      'SITE_CACHE_DIR',
      'PAGE_LIST_FILE',
      'RENDER_ONLY_FILE',
      'HEAD_STYLES_FILE',
    ]
    // And the engine's own: how the search index is split into bundles.
    const engineOnly = ['SEARCH_BUNDLE_RECORDS']
    expect([...siteSettings].sort()).toEqual(
      [...siteEnvKeys.filter((key) => !notWritten.includes(key)), ...engineOnly].sort(),
    )
  })

  it('change the fingerprint: another site address is another site', () => {
    const before = siteCodeFingerprint()
    const previous = process.env.SITE_URL
    process.env.SITE_URL = 'https://elsewhere.example'
    try {
      expect(siteCodeFingerprint()).not.toBe(before)
    } finally {
      if (previous === undefined) delete process.env.SITE_URL
      else process.env.SITE_URL = previous
    }
    expect(siteCodeFingerprint()).toBe(before)
  })
})
