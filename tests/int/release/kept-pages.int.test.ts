/**
 * A partial build's kept pages (publish/src/incremental/partial-pages.ts): the live release's
 * pages are hard-linked while Astro renders (`linkBasePages`, from the base's page list), then
 * settled against the page list the build wrote (`linkKeptPages`): a page gone from the site and
 * a page now rendered by another route are unlinked, a page selected is never linked. Real
 * release folders in a throwaway folder.
 */
import { existsSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  linkBasePages,
  linkKeptPages,
  pageListFile,
} from '@mahjar/publish/incremental/partial-pages'
import { createRelease, type Release } from '@mahjar/publish/release/releases'
import { pageOutputFile, type PageListEntry, type RenderOnly } from '@mahjar/shared/render-only'

let releasesDir: string
let base: Release
let next: Release

const item = 'src/pages/[lang]/practices/[slug].astro'
const list = 'src/pages/[lang]/practices/index.astro'
const other = 'src/pages/[lang]/stories/[slug].astro'

async function writePages(release: Release, pages: readonly PageListEntry[]): Promise<void> {
  for (const page of pages) {
    const file = path.join(release.siteDir, pageOutputFile(page.pathname))
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, page.pathname)
  }
  await writeFile(pageListFile(release), JSON.stringify(pages))
}

const basePages: PageListEntry[] = [
  { pathname: '/en/practices/', route: list },
  { pathname: '/en/practices/kept/', route: item },
  { pathname: '/en/practices/gone/', route: item },
  { pathname: '/en/practices/moved-route/', route: item },
  { pathname: '/en/practices/edited/', route: item },
]

beforeEach(async () => {
  releasesDir = await mkdtemp(path.join(tmpdir(), 'mahjar-kept-pages-'))
  base = await createRelease(releasesDir, new Date('2026-12-01T10:00:00Z'))
  next = await createRelease(releasesDir, new Date('2026-12-01T10:01:00Z'))
  await writePages(base, basePages)
})

afterEach(async () => {
  await rm(releasesDir, { recursive: true, force: true })
})

const sameFile = (a: string, b: string) => statSync(a).ino === statSync(b).ino

describe('the kept pages of a partial build', () => {
  it('links the base while Astro renders, then settles on the page list it wrote', async () => {
    const only: RenderOnly = {
      routes: [list],
      paths: ['/en/practices/edited/'],
      known: Object.fromEntries(basePages.map((page) => [page.pathname, page.route])),
      baseSiteDir: base.siteDir,
    }
    const linked = await linkBasePages(next, only)
    // Before Astro is done: every base page not selected, as a link to the base's file.
    expect([...linked].sort()).toEqual([
      'en/practices/gone/index.html',
      'en/practices/kept/index.html',
      'en/practices/moved-route/index.html',
    ])
    // The page list Astro wrote: one page gone, one now given by another route, one new.
    await writeFile(
      pageListFile(next),
      JSON.stringify([
        { pathname: '/en/practices/', route: list },
        { pathname: '/en/practices/kept/', route: item },
        { pathname: '/en/practices/moved-route/', route: other },
        { pathname: '/en/practices/edited/', route: item },
        { pathname: '/en/practices/new/', route: item },
      ]),
    )
    expect(await linkKeptPages(next, only, linked)).toEqual({ kept: 1, rendered: 4 })
    const file = (release: Release, pathname: string) =>
      path.join(release.siteDir, pageOutputFile(pathname))
    expect(sameFile(file(next, '/en/practices/kept/'), file(base, '/en/practices/kept/'))).toBe(
      true,
    )
    // Gone, with the folder it left empty; rendered pages come from Astro's own folder.
    expect(existsSync(path.join(next.siteDir, 'en/practices/gone'))).toBe(false)
    expect(existsSync(file(next, '/en/practices/moved-route/'))).toBe(false)
    expect(existsSync(file(next, '/en/practices/edited/'))).toBe(false)
    expect(existsSync(file(next, '/en/practices/new/'))).toBe(false)
    expect(await readdir(path.join(next.siteDir, 'en/practices'))).toEqual(['kept'])
    // The base release is never written to.
    expect(existsSync(file(base, '/en/practices/gone/'))).toBe(true)
  })

  it('links a kept page the base did not list, and names a page it cannot keep', async () => {
    const only: RenderOnly = { routes: [list], baseSiteDir: base.siteDir }
    // Without `known`, nothing is linked ahead: the page list alone says what is kept.
    const linked = await linkBasePages(next, only)
    expect(linked.size).toBe(0)
    await writeFile(
      pageListFile(next),
      JSON.stringify([...basePages, { pathname: '/en/practices/missing/', route: item }]),
    )
    await expect(linkKeptPages(next, only, linked)).rejects.toThrow(
      /Cannot keep \/en\/practices\/missing\/ .*from the live release/,
    )
  })
})
