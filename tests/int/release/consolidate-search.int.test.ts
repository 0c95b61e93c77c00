/**
 * The background rebuild of the search index after a delta (publish/src/release/consolidate-search.ts):
 * it runs below every other process; a publish that starts while it runs stops it (once it has
 * made the live site's ready copy), and its
 * unfinished release goes with it; a pid
 * that the rebuild no longer owns is never signalled; it waits for publishing to be quiet, a
 * publish meanwhile stopping it before it began anything; without a delta live, nothing is built;
 * old releases are removed there, after the publish's result, not before it.
 * Real release folders in a throwaway folder and a real child process.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  consolidateSearch,
  runningFile,
  stopSearchConsolidation,
} from '@mahjar/publish/release/consolidate-search'
import { buildRelease } from '@mahjar/publish/release/build-release'
import {
  activateRelease,
  createRelease,
  currentRelease,
  trashDir,
} from '@mahjar/publish/release/releases'
import { standbyDir } from '@mahjar/publish/release/standby'
import type { SearchBundles } from '@mahjar/shared/search-bundles'
import { tsxLoader } from '../../e2e/main/main-job.ts'
import { fromRoot } from '../../helpers/paths.ts'

let releasesDir: string
let liveId: string
const children: ChildProcess[] = []

/** Makes a live release whose search index lists `list`. */
async function liveWith(list: SearchBundles): Promise<void> {
  const release = await createRelease(releasesDir)
  await mkdir(path.join(release.siteDir, 'pagefind'), { recursive: true })
  await writeFile(path.join(release.siteDir, 'pagefind', 'bundles.json'), JSON.stringify(list))
  await writeFile(path.join(release.siteDir, 'index.html'), 'live')
  await activateRelease(releasesDir, release, undefined)
  liveId = release.id
}

beforeEach(async () => {
  releasesDir = await mkdtemp(path.join(tmpdir(), 'mahjar-consolidate-'))
})

afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
  await rm(releasesDir, { recursive: true, force: true })
})

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      resolve({ code, signal })
    }),
  )

/** The stand-in background build (slow-consolidation.ts) at `niceness`, after `quietMs`. */
function startSlowConsolidation(niceness: number, quietMs = 0): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      '--import',
      tsxLoader(fromRoot('scripts')),
      fromRoot('tests', 'int', 'release', 'slow-consolidation.ts'),
      releasesDir,
      String(niceness),
      String(quietMs),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  children.push(child)
  return child
}

describe('the background rebuild of the search index', () => {
  it('is stopped by a publish that starts meanwhile, its unfinished release removed', async () => {
    await liveWith({ bundles: 1, delta: { hidden: ['en_0000000'] } })
    const child = spawn(
      process.execPath,
      [
        '--import',
        tsxLoader(fromRoot('scripts')),
        // Relative to its folder, as a person may start it: still known for the rebuild.
        path.join('int', 'release', 'slow-consolidation.ts'),
        releasesDir,
      ],
      { cwd: fromRoot('tests'), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    children.push(child)
    const started = await new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const id = /started (\S+)/.exec(chunk.toString())?.[1]
        if (id) resolve(id)
      })
    })
    expect(existsSync(path.join(releasesDir, started, 'site'))).toBe(true)
    // Below every other process (niceness, the 19th field of /proc/<pid>/stat after the name).
    const stat = readFileSync(`/proc/${String(child.pid)}/stat`, 'utf8')
    expect(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]).toBe('19')
    const ended = exited(child)
    await stopSearchConsolidation(releasesDir)
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' })
    // Out of the releases at once; the next background phase removes it.
    expect(existsSync(path.join(releasesDir, started))).toBe(false)
    expect(existsSync(path.join(trashDir(releasesDir), started))).toBe(true)
    expect(existsSync(runningFile(releasesDir))).toBe(false)
    expect((await currentRelease(releasesDir))?.id).toBe(liveId)
  }, 60_000)

  it("lets it finish the live site's ready copy first, the publish's start", async () => {
    await liveWith({ bundles: 1, delta: { hidden: ['en_0000000'] } })
    // Enough files for the copy to take a while (each linked: there is no copy yet).
    const site = path.join(releasesDir, 'current', 'site')
    for (let folder = 0; folder < 200; folder += 1) {
      await mkdir(path.join(site, 'p', String(folder)), { recursive: true })
      await Promise.all(
        Array.from({ length: 100 }, (_, file) =>
          writeFile(path.join(site, 'p', String(folder), `${String(file)}.html`), 'page'),
        ),
      )
    }
    // At the priority of the tests beside it: at 19 on two busy cores the copy may outlast the wait.
    const child = startSlowConsolidation(0)
    const readying = async () =>
      (await readFile(runningFile(releasesDir), 'utf8').catch(() => '')).includes('"readying":true')
    const until = Date.now() + 30_000
    while (!(await readying()) && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await readying()).toBe(true)
    const ended = exited(child)
    await stopSearchConsolidation(releasesDir)
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' })
    const marker = JSON.parse(
      await readFile(path.join(standbyDir(releasesDir), 'standby.json'), 'utf8'),
    ) as { release: string; files: string[] }
    expect(marker.release).toBe(liveId)
    expect(marker.files).toHaveLength(20_002)
    expect(existsSync(path.join(standbyDir(releasesDir), 'site', 'p', '199', '99.html'))).toBe(true)
  }, 90_000)

  it('waits for publishing to be quiet after the ready copy: a publish then stops it before it began a release', async () => {
    await liveWith({ bundles: 1, delta: { hidden: ['en_0000000'] } })
    // Longer than this test: only a publish ends the wait.
    const child = startSlowConsolidation(19, 600_000)
    const marker = path.join(standbyDir(releasesDir), 'standby.json')
    const until = Date.now() + 30_000
    while (!existsSync(marker) && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 20))
    // The ready copy is made at once; then nothing is begun while the wait lasts.
    expect(JSON.parse(await readFile(marker, 'utf8'))).toMatchObject({ release: liveId })
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const releases = async () =>
      (await readdir(releasesDir)).filter((name) => name !== 'current' && !name.startsWith('.'))
    expect(await releases()).toEqual([liveId])
    expect(child.exitCode).toBeNull()
    const ended = exited(child)
    await stopSearchConsolidation(releasesDir)
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' })
    expect(await releases()).toEqual([liveId])
    expect(await readdir(trashDir(releasesDir)).catch(() => [])).toEqual([])
    expect(existsSync(runningFile(releasesDir))).toBe(false)
  }, 60_000)

  it('never signals a process that is not the rebuild (its pid reused)', async () => {
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'])
    children.push(other)
    const pid = other.pid ?? 0
    await writeFile(
      runningFile(releasesDir),
      JSON.stringify({ pid, script: fromRoot('scripts', 'build-site.ts') }),
    )
    await stopSearchConsolidation(releasesDir)
    // Time for a signal, had one been sent, to end it and be reported.
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect({ code: other.exitCode, signal: other.signalCode }).toEqual({ code: null, signal: null })
    expect(existsSync(runningFile(releasesDir))).toBe(false)
  })

  it('removes old releases after the result line, not before it', async () => {
    const old = []
    for (let day = 1; day <= 5; day += 1)
      old.push((await createRelease(releasesDir, new Date(Date.UTC(2026, 0, day)))).id)
    const published = await buildRelease({
      releasesDir,
      snapshot: releasesDir,
      steps: [
        {
          name: 'a page',
          run: async ({ release }) => {
            await mkdir(release.siteDir, { recursive: true })
            await writeFile(path.join(release.siteDir, 'index.html'), 'new')
            return 'one page'
          },
        },
      ],
    })
    expect(published.activated).toBe(true)
    // Release folders: not `current`, the trash or the live site's ready copy (`.standby`).
    const folders = async () =>
      (await readdir(releasesDir)).filter((name) => name !== 'current' && !name.startsWith('.'))
    // The swap is done and the result known with every old folder still there.
    expect((await folders()).length).toBe(6)
    // At this test runner's own priority.
    expect(await consolidateSearch(releasesDir, { niceness: os.getPriority() })).toBeUndefined()
    // The live one and the three newest others, the trash emptied.
    expect((await folders()).sort()).toEqual([...old.slice(-3), published.release].sort())
    // The next publish's copy of the live site, made from a leaving release's folder.
    const ready = JSON.parse(
      await readFile(path.join(releasesDir, '.standby', 'standby.json'), 'utf8'),
    ) as { release: string; files: string[] }
    expect(ready).toEqual({ release: published.release, files: ['index.html'] })
  })

  it('builds nothing when the live release holds no delta', async () => {
    await liveWith({ bundles: 1 })
    expect(await consolidateSearch(releasesDir)).toBeUndefined()
    expect(
      (await readdir(releasesDir)).filter((name) => name !== 'current' && !name.startsWith('.')),
    ).toEqual([liveId])
  })
})
