/**
 * A missing redirects file, permalink manifest or `current` link means "nothing yet"; one that is
 * there but cannot be read is damage, and the build must stop naming it, never go live as if the
 * promised URLs did not exist. Real files in a throwaway folder.
 */
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { readManifest, readRedirects } from '@mahjar/publish/outputs/permalinks'
import { currentRelease } from '@mahjar/publish/release/releases'
import { beforeEach, describe, expect, it } from 'vitest'

let dir = ''

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'unreadable-'))
})

describe('permalink files', () => {
  it('read as empty when they do not exist yet', async () => {
    expect((await readManifest(path.join(dir, 'permalinks.json'))).urls).toEqual([])
    expect(await readRedirects(path.join(dir, 'content', 'redirects.yaml'))).toEqual([])
  })

  it('stop the build, naming the file, when they exist but cannot be read', async () => {
    // A folder where the file should be: readable by nobody as a file, whoever runs the test.
    const manifest = path.join(dir, 'permalinks.json')
    const redirects = path.join(dir, 'redirects.yaml')
    await mkdir(manifest)
    await mkdir(redirects)
    await expect(readManifest(manifest)).rejects.toThrow(
      /Cannot read the permalink manifest .*permalinks\.json/,
    )
    await expect(readRedirects(redirects)).rejects.toThrow(
      /Cannot read the redirects file .*redirects\.yaml/,
    )
  })

  it('are never read as empty when permissions lock them (root reads them, others are refused)', async () => {
    const manifest = path.join(dir, 'locked.json')
    await writeFile(manifest, '{"description":"x","urls":["/ar/"]}')
    await chmod(manifest, 0o000)
    // root reads it anyway: then the registry is read as written, never as empty.
    const read = readManifest(manifest)
    if (process.getuid?.() === 0) expect((await read).urls).toEqual(['/ar/'])
    else await expect(read).rejects.toThrow(/Cannot read the permalink manifest/)
  })
})

describe('the current release', () => {
  it('is none before the first build', async () => {
    expect(await currentRelease(dir)).toBeUndefined()
  })

  it('is an error, not "none", when `current` is there but is not a link', async () => {
    await mkdir(path.join(dir, 'current'))
    await expect(currentRelease(dir)).rejects.toThrow(/EINVAL/)
  })
})
