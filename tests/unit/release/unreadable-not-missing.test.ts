/**
 * A folder or log that is not there has a meaning (nothing yet, a build cut short); one that is
 * there but cannot be read does not. The backup's file listing and the clean-up of unfinished
 * releases treat only the first as empty: the second stops them, instead of a backup manifest
 * vouching for a folder it never read, or a finished release being deleted on a guess.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { filesUnder } from '@mahjar/scripts/lib/backup/manifest'
import { progressLine } from '@mahjar/publish/protocol'
import { cleanUnfinishedReleases } from '@mahjar/publish/release/build-release'
import { releaseAt } from '@mahjar/publish/release/releases'

let work: string

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'mahjar-unreadable-'))
})

afterEach(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('the backup listing of a media folder', () => {
  it('is empty when the folder does not exist, and lists the files of one that does', async () => {
    expect(await filesUnder(path.join(work, 'media'))).toEqual([])
    await mkdir(path.join(work, 'media', 'ملفات'), { recursive: true })
    await writeFile(path.join(work, 'media', 'ملفات', 'تقرير.pdf'), 'x')
    expect(await filesUnder(path.join(work, 'media'))).toEqual(['ملفات/تقرير.pdf'])
  })

  it('stops the backup when the media path cannot be read as a folder', async () => {
    const notAFolder = path.join(work, 'media')
    await writeFile(notAFolder, 'a file where the media folder should be')
    await expect(filesUnder(notAFolder)).rejects.toMatchObject({ code: 'ENOTDIR' })
  })
})

describe('the clean-up of unfinished releases', () => {
  const finished = '20261202T090000Z-aaaa'
  const cutShort = '20261202T091000Z-bbbb'
  const unreadable = '20261202T092000Z-cccc'

  it('does nothing when the releases folder does not exist yet', async () => {
    expect(await cleanUnfinishedReleases(path.join(work, 'releases'))).toEqual([])
  })

  it('removes a release without a log or end line and keeps one that ended', async () => {
    const releases = path.join(work, 'releases')
    await mkdir(releaseAt(releases, finished).dir, { recursive: true })
    await writeFile(
      releaseAt(releases, finished).logFile,
      `${progressLine({ kind: 'end', how: 'built', text: finished })}\n`,
    )
    await mkdir(releaseAt(releases, cutShort).dir, { recursive: true })
    expect(await cleanUnfinishedReleases(releases)).toEqual([cutShort])
    expect(await readdir(releases)).toEqual([finished])
  })

  it('stops, and keeps the release, when its log exists but cannot be read', async () => {
    const releases = path.join(work, 'releases')
    // A folder where the log should be: there, but not readable as a file.
    await mkdir(releaseAt(releases, unreadable).logFile, { recursive: true })
    await expect(cleanUnfinishedReleases(releases)).rejects.toMatchObject({ code: 'EISDIR' })
    expect(await readdir(releases)).toEqual([unreadable])
  })
})
