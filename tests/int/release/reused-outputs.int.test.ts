/**
 * A release takes an output file from the live release, as a hard link, only when the key the live
 * release recorded for it is the key it has now (publish/src/release/reused-outputs.ts); every
 * other file is made again, and nothing written later reaches the live release's file.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeOutputFiles, type KeyedFile, type KeyedFolder } from '@mahjar/publish/outputs/files'
import { releaseAt, type Release } from '@mahjar/publish/release/releases'
import { makeReusing, writeReusing } from '@mahjar/publish/release/reused-outputs'

const keysFile = (release: Release) => path.join(release.dir, 'keys.json')

/** A file whose content counts how often it was made. */
function keyed(file: string, key: string, text: string, made: string[]): KeyedFile {
  return {
    path: file,
    key,
    content: () => {
      made.push(file)
      return text
    },
  }
}

async function twoReleases(): Promise<{ live: Release; next: Release }> {
  const root = await mkdtemp(path.join(tmpdir(), 'reused-outputs-'))
  const live = releaseAt(root, 'live')
  const next = releaseAt(root, 'next')
  await mkdir(live.siteDir, { recursive: true })
  await mkdir(next.siteDir, { recursive: true })
  return { live, next }
}

const read = (release: Release, file: string) => readFile(path.join(release.siteDir, file), 'utf8')

describe('outputs taken from the live release by their keys', () => {
  it('links a file whose key is unchanged, makes one whose key changed or is new', async () => {
    const { live, next } = await twoReleases()
    const before: string[] = []
    await writeReusing(
      [keyed('/cite/a.bib', 'a1', 'A one', before), keyed('/cite/b.bib', 'b1', 'B one', before)],
      live.siteDir,
      { previous: undefined, next: live, keysFile },
    )
    expect(before.sort()).toEqual(['/cite/a.bib', '/cite/b.bib'])

    const made: string[] = []
    const result = await writeReusing(
      [
        keyed('/cite/a.bib', 'a1', 'A one', made),
        keyed('/cite/b.bib', 'b2', 'B two', made),
        keyed('/cite/c.bib', 'c1', 'C one', made),
      ],
      next.siteDir,
      { previous: live, next, keysFile },
    )
    expect(made.sort()).toEqual(['/cite/b.bib', '/cite/c.bib'])
    expect(result).toEqual({ written: 2, reused: 1 })
    expect(await read(next, 'cite/a.bib')).toBe('A one')
    expect((await stat(path.join(next.siteDir, 'cite/a.bib'))).nlink).toBe(2)
    expect(await read(next, 'cite/b.bib')).toBe('B two')
    expect(await read(live, 'cite/b.bib')).toBe('B one')
    expect(JSON.parse(await readFile(keysFile(next), 'utf8'))).toEqual({
      '/cite/a.bib': 'a1',
      '/cite/b.bib': 'b2',
      '/cite/c.bib': 'c1',
    })

    // A later step writing over the linked file leaves the live release's file as it was.
    await writeOutputFiles(next.siteDir, [{ path: '/cite/a.bib', content: 'A redirected' }])
    expect(await read(live, 'cite/a.bib')).toBe('A one')
  })

  it('makes every file again when the live keys are damaged or its file is gone', async () => {
    const { live, next } = await twoReleases()
    await writeReusing(
      [keyed('/cite/a.bib', 'a1', 'A one', []), keyed('/cite/b.bib', 'b1', 'B one', [])],
      live.siteDir,
      { previous: undefined, next: live, keysFile },
    )
    await rm(path.join(live.siteDir, 'cite', 'b.bib'))
    const made: string[] = []
    await writeReusing(
      [keyed('/cite/a.bib', 'a1', 'A one', made), keyed('/cite/b.bib', 'b1', 'B one', made)],
      next.siteDir,
      { previous: live, next, keysFile },
    )
    expect(made).toEqual(['/cite/b.bib'])
    expect(await read(next, 'cite/b.bib')).toBe('B one')

    await writeFile(keysFile(next), '{"/cite/a.bib": ')
    const third = releaseAt(path.dirname(next.dir), 'third')
    await mkdir(third.siteDir, { recursive: true })
    const again: string[] = []
    await writeReusing(
      [keyed('/cite/a.bib', 'a1', 'A one', again), keyed('/cite/b.bib', 'b1', 'B one', again)],
      third.siteDir,
      { previous: next, next: third, keysFile },
    )
    expect(again.sort()).toEqual(['/cite/a.bib', '/cite/b.bib'])
  })

  it('links a folder whose key is unchanged file by file, makes one whose key changed, and remakes a folder the live release lost', async () => {
    const { live, next } = await twoReleases()
    /** A folder of two files, one in a subfolder; `made` counts how often it was made. */
    const folder = (at: string, key: string, text: string, made: string[]): KeyedFolder => ({
      path: at,
      key,
      make: async (target) => {
        made.push(at)
        await mkdir(path.join(target, 'index'), { recursive: true })
        await writeFile(path.join(target, 'entry.json'), text)
        await writeFile(path.join(target, 'index', 'chunk'), `${text} chunk`)
      },
    })
    await makeReusing(
      [folder('/pagefind/0/', 'k0', 'zero', []), folder('/pagefind/1/', 'k1', 'one', [])],
      live.siteDir,
      { previous: undefined, next: live, keysFile },
    )

    const made: string[] = []
    const result = await makeReusing(
      [
        folder('/pagefind/0/', 'k0', 'zero', made),
        folder('/pagefind/1/', 'k1b', 'one again', made),
        folder('/pagefind/2/', 'k2', 'two', made),
      ],
      next.siteDir,
      { previous: live, next, keysFile },
    )
    expect(made.sort()).toEqual(['/pagefind/1/', '/pagefind/2/'])
    expect(result).toEqual({ written: 2, reused: 1 })
    expect(await read(next, 'pagefind/0/index/chunk')).toBe('zero chunk')
    expect((await stat(path.join(next.siteDir, 'pagefind/0/index/chunk'))).nlink).toBe(2)
    expect(await read(next, 'pagefind/1/entry.json')).toBe('one again')
    expect(await read(live, 'pagefind/1/entry.json')).toBe('one')

    // A file of a linked folder is lost: the folder is made again, whole, from the next release.
    const third = releaseAt(path.dirname(next.dir), 'third')
    await mkdir(third.siteDir, { recursive: true })
    await rm(path.join(next.siteDir, 'pagefind', '0', 'index', 'chunk'))
    const again: string[] = []
    await makeReusing(
      [folder('/pagefind/0/', 'k0', 'zero', again), folder('/pagefind/1/', 'k1b', '', again)],
      third.siteDir,
      { previous: next, next: third, keysFile },
    )
    expect(again).toEqual(['/pagefind/0/'])
    expect(await read(third, 'pagefind/0/index/chunk')).toBe('zero chunk')
    expect(await read(third, 'pagefind/1/entry.json')).toBe('one again')
    expect(await read(live, 'pagefind/0/index/chunk')).toBe('zero chunk')
  })
})
