/**
 * The post-build steps write into a release whose kept pages are hard links into the live
 * release (publish/src/incremental/partial-pages.ts): a file they write over must be replaced,
 * never written into, or the live release would change under its readers.
 */
import { link, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesUnder, linkFiles, writeOutputFiles } from '@mahjar/publish/outputs/files'

describe('an output file written over a page kept from the live release', () => {
  it('replaces the page in the new release and leaves the live release as it was', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'output-files-'))
    const live = path.join(root, 'live', 'en', 'practices')
    const next = path.join(root, 'next', 'en', 'practices')
    await mkdir(live, { recursive: true })
    await mkdir(next, { recursive: true })
    await writeFile(path.join(live, 'index.html'), '<h1>Practices</h1>')
    await link(path.join(live, 'index.html'), path.join(next, 'index.html'))

    await writeOutputFiles(path.join(root, 'next'), [
      { path: '/en/practices/', content: '<meta http-equiv="refresh">' },
      { path: '/data/new.json', content: '{}' },
    ])

    expect(await readFile(path.join(next, 'index.html'), 'utf8')).toBe(
      '<meta http-equiv="refresh">',
    )
    expect(await readFile(path.join(live, 'index.html'), 'utf8')).toBe('<h1>Practices</h1>')
    expect(await readFile(path.join(root, 'next', 'data', 'new.json'), 'utf8')).toBe('{}')
  })
})

describe('output files written many at a time', () => {
  it('writes the later of two files for one path, as when they were written in turn', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'output-files-'))
    const files = Array.from({ length: 100 }, (_, i) => ({
      path: i % 2 === 0 ? '/data/same.json' : `/data/${String(i)}.json`,
      content: String(i),
    }))
    await writeOutputFiles(root, files)
    expect(await readFile(path.join(root, 'data', 'same.json'), 'utf8')).toBe('98')
    expect(await readFile(path.join(root, 'data', '99.json'), 'utf8')).toBe('99')
  })
})

describe('files hard-linked on a thread of their own', () => {
  it('links every file into folders it makes, and names the links it could not make', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'output-files-'))
    const live = path.join(root, 'live')
    await mkdir(path.join(live, 'ar', 'findings'), { recursive: true })
    await writeFile(path.join(live, 'ar', 'findings', 'index.html'), '<h1>النتائج</h1>')
    await writeFile(path.join(live, 'index.html'), '<h1>Mahjar</h1>')
    const next = path.join(root, 'next')

    const failures = await linkFiles([
      [
        path.join(live, 'ar', 'findings', 'index.html'),
        path.join(next, 'ar', 'findings', 'index.html'),
      ],
      [path.join(live, 'gone.html'), path.join(next, 'gone.html')],
      [path.join(live, 'index.html'), path.join(next, 'index.html')],
    ])

    expect(failures).toHaveLength(1)
    expect(failures[0]?.index).toBe(1)
    expect(failures[0]?.message).toContain('ENOENT')
    // Links, not copies: the same file under two names.
    for (const file of [path.join('ar', 'findings', 'index.html'), 'index.html']) {
      const [a, b] = await Promise.all([stat(path.join(live, file)), stat(path.join(next, file))])
      expect(b.ino).toBe(a.ino)
    }
    expect(await readFile(path.join(next, 'ar', 'findings', 'index.html'), 'utf8')).toBe(
      '<h1>النتائج</h1>',
    )
  })

  it('makes nothing and fails nothing for an empty list', async () => {
    expect(await linkFiles([])).toEqual([])
  })
})

describe('the files under a folder', () => {
  it('lists every file of a site wider and deeper than the folders it reads at once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mahjar-files-under-'))
    const written: string[] = []
    // 100 pages in folders of their own, one level deeper than their section: several batches.
    for (let n = 0; n < 100; n += 1) {
      const section = n % 2 === 0 ? 'ar/recommendations' : 'en/recommendations'
      const file = path.join(section, `aie-r${String(n)}`, 'index.html')
      await mkdir(path.join(dir, path.dirname(file)), { recursive: true })
      await writeFile(path.join(dir, file), String(n))
      written.push(file)
    }
    await mkdir(path.join(dir, 'empty', 'folder'), { recursive: true })
    await writeFile(path.join(dir, '_headers'), '')
    written.push('_headers')
    expect((await filesUnder(dir))?.sort()).toEqual(written.sort())
    expect(await filesUnder(path.join(dir, 'missing'))).toBeUndefined()
  })
})
