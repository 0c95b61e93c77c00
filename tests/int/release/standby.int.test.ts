/**
 * The live site's ready copy (publish/src/release/standby.ts): made in the background from the
 * last copy or a leaving release, taken by the next publish as its site folder, and trimmed to
 * what that build keeps or replaces (outputs/files.ts). The whole pipeline is checked against
 * full builds by tests/e2e/release/incremental-equivalence.e2e.test.ts; here, each part.
 */
import { existsSync } from 'node:fs'
import {
  link,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  beginsAsCopy,
  forgetCopy,
  linkFiles,
  movedInto,
  removeNotKept,
} from '@mahjar/publish/outputs/files'
import { releaseAt, trashDir, type Release } from '@mahjar/publish/release/releases'
import {
  prepareStandby,
  recordSiteButSearchFrom,
  standbyDir,
  takeStandby,
} from '@mahjar/publish/release/standby'
import { filesByIdentity, rewrittenFiles } from '../../helpers/release-build.ts'
import { setTimeout as sleep } from 'node:timers/promises'

async function put(root: string, file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true })
  await writeFile(path.join(root, file), text)
}

async function inode(file: string): Promise<number> {
  return (await stat(file)).ino
}

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** A releases folder with a live release of three files. */
async function releasesWithLive(): Promise<{ releasesDir: string; live: Release }> {
  const releasesDir = await mkdtemp(path.join(tmpdir(), 'standby-'))
  const live = releaseAt(releasesDir, '20261206T160000Z-aaaaaa')
  await put(live.siteDir, 'index.html', '<h1>مهجر</h1>')
  await put(live.siteDir, 'en/recommendations/aie-r1/index.html', '<h1>R1</h1>')
  await put(live.siteDir, 'data/recommendations.json', '{"docs":[]}')
  return { releasesDir, live }
}

describe("the live site's ready copy", () => {
  it('is made of links to every live file, and taken once, by a publish on that release', async () => {
    const { releasesDir, live } = await releasesWithLive()
    const made = await prepareStandby(releasesDir, live)
    expect(made).toEqual({ linked: 3, removed: 0, files: 3 })
    const copy = path.join(standbyDir(releasesDir), 'site')
    for (const file of await filesOf(live.siteDir))
      expect(await inode(path.join(copy, file))).toBe(await inode(path.join(live.siteDir, file)))

    const other = releaseAt(releasesDir, '20261206T160100Z-bbbbbb')
    expect(await takeStandby(releasesDir, other, releaseAt(releasesDir, 'next-1'))).toBeUndefined()
    expect(existsSync(copy)).toBe(true)

    const next = releaseAt(releasesDir, '20261206T160200Z-cccccc')
    await mkdir(next.dir, { recursive: true })
    const files = await takeStandby(releasesDir, live, next)
    expect(files?.sort()).toEqual(await filesOf(live.siteDir))
    expect(await filesOf(next.siteDir)).toEqual(await filesOf(live.siteDir))
    expect(existsSync(copy)).toBe(false)
    // Taken: a second publish finds none.
    const after = releaseAt(releasesDir, '20261206T160300Z-dddddd')
    expect(await takeStandby(releasesDir, live, after)).toBeUndefined()
  })

  it('is brought up to date from a leaving release: changed files linked again, gone ones removed', async () => {
    const { releasesDir, live } = await releasesWithLive()
    // A release on its way out: the live one's files as they were one publish ago.
    const leaving = releaseAt(trashDir(releasesDir), '20261206T150000Z-eeeeee')
    await mkdir(leaving.siteDir, { recursive: true })
    await link(path.join(live.siteDir, 'index.html'), path.join(leaving.siteDir, 'index.html'))
    await put(leaving.siteDir, 'data/recommendations.json', '{"docs":["old"]}')
    await put(leaving.siteDir, 'en/recommendations/aie-r9/index.html', '<h1>R9, unpublished</h1>')
    // A file where the live site has a folder.
    await put(leaving.siteDir, 'en/recommendations/aie-r1', 'not a folder')

    const made = await prepareStandby(releasesDir, live)

    expect(made.files).toBe(3)
    expect(made.linked).toBe(2)
    expect(made.removed).toBe(2)
    const copy = path.join(standbyDir(releasesDir), 'site')
    expect(await filesOf(copy)).toEqual(await filesOf(live.siteDir))
    expect(await readFile(path.join(copy, 'data/recommendations.json'), 'utf8')).toBe('{"docs":[]}')
    expect(existsSync(path.join(copy, 'en/recommendations/aie-r9'))).toBe(false)
    // The leaving release's site became the copy, in one rename.
    expect(existsSync(leaving.siteDir)).toBe(false)
  })

  it('is not taken when it was cut short (no standby.json)', async () => {
    const { releasesDir, live } = await releasesWithLive()
    await prepareStandby(releasesDir, live)
    const marker = path.join(standbyDir(releasesDir), 'standby.json')
    await rename(marker, `${marker}.cut`)
    const next = releaseAt(releasesDir, '20261206T160200Z-cccccc')
    await mkdir(next.dir, { recursive: true })
    expect(await takeStandby(releasesDir, live, next)).toBeUndefined()
    expect(existsSync(next.siteDir)).toBe(false)
  })
})

/**
 * A release that took the ready copy of `base`, then changed by its build as a build does (every
 * file replaced by a rename, never written into), and made live: the next copy comes from it.
 */
async function releaseThatTookTheCopy(): Promise<{
  releasesDir: string
  base: Release
  next: Release
}> {
  const { releasesDir, live: base } = await releasesWithLive()
  await put(base.siteDir, 'en/recommendations/aie-r2/index.html', '<h1>R2</h1>')
  await put(base.siteDir, 'en/recommendations/aie-r3/index.html', '<h1>R3</h1>')
  await put(base.siteDir, 'en/findings/aie-f1/index.html', '<h1>F1</h1>')
  await prepareStandby(releasesDir, base)
  // A folder of the base site the copy lacks: holding no file, no copy has it.
  await mkdir(path.join(base.siteDir, 'en/empty'), { recursive: true })
  // The change times of the copy's folders are then older than the taking, by the clock's step.
  await sleep(50)
  const next = releaseAt(releasesDir, '20261206T160200Z-cccccc')
  await mkdir(next.dir, { recursive: true })
  if (!(await takeStandby(releasesDir, base, next))) throw new Error('no ready copy taken')
  // Its build: one page replaced, one added in a new folder, one removed with its folder, a
  // folder where a file was.
  await put(next.dir, 'new.html', '<h1>R1, edited</h1>')
  await rename(
    path.join(next.dir, 'new.html'),
    path.join(next.siteDir, 'en/recommendations/aie-r1/index.html'),
  )
  await put(next.siteDir, 'en/recommendations/aie-r4/index.html', '<h1>R4, new</h1>')
  await rm(path.join(next.siteDir, 'en/recommendations/aie-r3'), { recursive: true })
  await rm(path.join(next.siteDir, 'data/recommendations.json'))
  await put(next.siteDir, 'data/recommendations.json/index.html', '<h1>now a folder</h1>')
  return { releasesDir, base, next }
}

describe("the ready copy of a release that took one: from that release's changes", () => {
  it("becomes the base's site, with only the changed folders' files linked again", async () => {
    const { releasesDir, base, next } = await releaseThatTookTheCopy()
    const made = await prepareStandby(releasesDir, next)

    expect(made.base).toBe(base.id)
    expect(made.files).toBe((await filesOf(next.siteDir)).length)
    // The edited page, the new page and the folder where the data file was; nothing else.
    expect(made.linked).toBe(3)
    const copy = path.join(standbyDir(releasesDir), 'site')
    expect(await filesOf(copy)).toEqual(await filesOf(next.siteDir))
    for (const file of await filesOf(next.siteDir))
      expect(await inode(path.join(copy, file))).toBe(await inode(path.join(next.siteDir, file)))
    expect(existsSync(path.join(copy, 'en/empty'))).toBe(false)
    expect(existsSync(path.join(copy, 'en/recommendations/aie-r3'))).toBe(false)
    // The base's site, in one rename.
    expect(existsSync(base.siteDir)).toBe(false)

    // Taken by the publish after: its files are the live ones.
    const after = releaseAt(releasesDir, '20261206T160300Z-dddddd')
    await mkdir(after.dir, { recursive: true })
    expect((await takeStandby(releasesDir, next, after))?.sort()).toEqual(
      await filesOf(next.siteDir),
    )
    expect(await filesOf(after.siteDir)).toEqual(await filesOf(next.siteDir))
  })

  it('is made from every file when the base site is gone, and not again once ready', async () => {
    const { releasesDir, base, next } = await releaseThatTookTheCopy()
    await rm(base.siteDir, { recursive: true })
    const made = await prepareStandby(releasesDir, next)
    expect(made.base).toBeUndefined()
    expect(made.linked).toBe(made.files)
    const copy = path.join(standbyDir(releasesDir), 'site')
    expect(await filesOf(copy)).toEqual(await filesOf(next.siteDir))

    expect(await prepareStandby(releasesDir, next)).toEqual({
      linked: 0,
      removed: 0,
      files: made.files,
    })
  })
})

describe("the ready copy of the full search index's release: from the copy of the release it took", () => {
  it('is that copy with its search index folder replaced, nothing else linked again', async () => {
    const { releasesDir, live } = await releasesWithLive()
    await put(live.siteDir, 'pagefind/delta/a.pf_fragment', 'delta')
    await put(live.siteDir, 'pagefind/bundles.json', '{"delta":{}}')
    await prepareStandby(releasesDir, live)
    // The background build: every file of the live site linked but the search index, then a
    // full index of its own.
    const full = releaseAt(releasesDir, '20261206T160100Z-ffffff')
    for (const file of await filesOf(live.siteDir)) {
      if (file.startsWith('pagefind/')) continue
      await mkdir(path.dirname(path.join(full.siteDir, file)), { recursive: true })
      await link(path.join(live.siteDir, file), path.join(full.siteDir, file))
    }
    await put(full.siteDir, 'pagefind/0/b.pf_fragment', 'full')
    await put(full.siteDir, 'pagefind/bundles.json', '{"bundles":1}')
    await recordSiteButSearchFrom(full, live)

    const made = await prepareStandby(releasesDir, full)

    expect(made).toEqual({ linked: 2, removed: 2, files: 5, base: live.id })
    const copy = path.join(standbyDir(releasesDir), 'site')
    expect(await filesOf(copy)).toEqual(await filesOf(full.siteDir))
    for (const file of await filesOf(full.siteDir))
      expect(await inode(path.join(copy, file))).toBe(await inode(path.join(full.siteDir, file)))
    const next = releaseAt(releasesDir, '20261206T160200Z-cccccc')
    await mkdir(next.dir, { recursive: true })
    expect((await takeStandby(releasesDir, full, next))?.sort()).toEqual(
      await filesOf(full.siteDir),
    )
  })
})

describe("the equivalence test's check that no build writes into the release before it", () => {
  it('finds a write through any name of its files, wherever its site went', async () => {
    const { releasesDir, base, next } = await releaseThatTookTheCopy()
    const before = filesByIdentity(base.siteDir)
    await prepareStandby(releasesDir, next)
    expect(rewrittenFiles(before, releasesDir)).toEqual([])
    // The base's index page, kept by the next release: written into, not replaced.
    await writeFile(path.join(next.siteDir, 'index.html'), '<h1>written through</h1>')
    expect(rewrittenFiles(before, releasesDir)).toEqual(['index.html'])
  })
})

describe('a site that begins as a copy of the live one', () => {
  it('keeps what the build links from the live site and removes what it neither kept nor replaced', async () => {
    const { releasesDir, live } = await releasesWithLive()
    await put(live.siteDir, 'en/recommendations/aie-r2/index.html', '<h1>R2, unpublished now</h1>')
    await prepareStandby(releasesDir, live)
    const next = releaseAt(releasesDir, '20261206T160200Z-cccccc')
    await mkdir(next.dir, { recursive: true })
    const files = await takeStandby(releasesDir, live, next)
    if (!files) throw new Error('no ready copy taken')
    const extra = path.join(next.dir, 'extra')
    beginsAsCopy(next.siteDir, live.siteDir, files, [extra])
    try {
      // Kept: a page linked at its place, and an output linked into the outputs' folder.
      const failures = await linkFiles([
        [
          path.join(live.siteDir, 'en/recommendations/aie-r1/index.html'),
          path.join(next.siteDir, 'en/recommendations/aie-r1/index.html'),
        ],
        [path.join(live.siteDir, 'index.html'), path.join(extra, 'index.html')],
        // Not in the copy: linked as ever, and its failure named at its place in the list.
        [path.join(live.siteDir, 'missing.html'), path.join(extra, 'missing.html')],
      ])
      expect(failures.map((failure) => failure.index)).toEqual([2])
      expect(existsSync(path.join(extra, 'index.html'))).toBe(false)
      // Replaced: the data file, moved in by the build.
      await put(extra, 'data/recommendations.json', '{"docs":["new"]}')
      await rename(
        path.join(extra, 'data/recommendations.json'),
        path.join(next.siteDir, 'data/recommendations.json'),
      )
      movedInto(path.join(next.siteDir, 'data/recommendations.json'))

      expect(await removeNotKept(next.siteDir)).toBe(1)
    } finally {
      forgetCopy(next.siteDir)
    }
    expect(await filesOf(next.siteDir)).toEqual([
      'data/recommendations.json',
      'en/recommendations/aie-r1/index.html',
      'index.html',
    ])
    // The unpublished page's folder went with it; the live release keeps its own.
    expect(existsSync(path.join(next.siteDir, 'en/recommendations/aie-r2'))).toBe(false)
    expect(await readFile(path.join(live.siteDir, 'data/recommendations.json'), 'utf8')).toBe(
      '{"docs":[]}',
    )
    expect(await readFile(path.join(next.siteDir, 'data/recommendations.json'), 'utf8')).toBe(
      '{"docs":["new"]}',
    )
  })
})
