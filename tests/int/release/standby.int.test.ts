/**
 * The live site's ready copy (publish/src/release/standby.ts): made in the background from the
 * last copy or a leaving release, taken by the next publish as its site folder, and trimmed to
 * what that build keeps or replaces (outputs/files.ts). The whole pipeline is checked against
 * full builds by tests/e2e/release/incremental-equivalence.e2e.test.ts; here, each part.
 */
import { existsSync } from 'node:fs'
import { link, mkdir, mkdtemp, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises'
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
import { prepareStandby, standbyDir, takeStandby } from '@mahjar/publish/release/standby'

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
