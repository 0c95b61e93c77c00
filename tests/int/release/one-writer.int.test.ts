/**
 * One writer: a release goes live only if the release it was built on is still the live one. Real
 * release folders in a throwaway folder, built by `buildRelease` with stand-in steps that write a
 * page and wait where the test says, so two builds can overlap as a `pnpm build` beside the CMS's
 * rebuild job would.
 */
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildRelease } from '@mahjar/publish/release/build-release'
import type { BuildStep } from '@mahjar/publish/release/build-steps'
import { currentRelease } from '@mahjar/publish/release/releases'

let releasesDir: string

beforeEach(async () => {
  releasesDir = await mkdtemp(path.join(tmpdir(), 'mahjar-one-writer-'))
})

afterEach(async () => {
  await rm(releasesDir, { recursive: true, force: true })
})

/** A build's one step: writes a home page naming `content`, once `go` resolves. */
function pageStep(content: string, go: Promise<void> = Promise.resolve()): BuildStep[] {
  return [
    {
      name: 'write the page',
      run: async ({ release }) => {
        await go
        await mkdir(release.siteDir, { recursive: true })
        await writeFile(path.join(release.siteDir, 'index.html'), content)
        return content
      },
    },
  ]
}

// The stand-in steps never read a snapshot: the empty releases folder stands in for one.
const build = (content: string, go?: Promise<void>) =>
  buildRelease({ releasesDir, snapshot: releasesDir, steps: pageStep(content, go) })

async function liveContent(): Promise<string> {
  const live = await currentRelease(releasesDir)
  if (!live) throw new Error('no release is live')
  return readFile(path.join(live.siteDir, 'index.html'), 'utf8')
}

describe('the swap of the live release', () => {
  it('leaves a build that began before another went live off the site, and says so', async () => {
    await build('first')
    let release = () => {}
    const slow = build('older', new Promise<void>((resolve) => (release = resolve)))
    // Give the slow build time to read which release is live before the other one swaps.
    await new Promise((resolve) => setTimeout(resolve, 100))
    const fast = await build('newer')
    expect(fast).toMatchObject({ ok: true, activated: true })
    release()
    const beaten = await slow
    expect(beaten).toMatchObject({ ok: false, activated: false, superseded: true })
    expect(beaten.error).toContain(`${fast.release} is live now`)
    expect(await liveContent()).toBe('newer')
    expect(await readFile(beaten.logFile, 'utf8')).toContain('[build] failed: release')
    // The next build is made on the live release and goes live.
    expect(await build('next')).toMatchObject({ ok: true, activated: true })
    expect(await liveContent()).toBe('next')
  })

  it('makes exactly one of two builds begun together live', async () => {
    const results = await Promise.all([build('one'), build('two')])
    expect(results.filter((r) => r.activated)).toHaveLength(1)
    expect(results.filter((r) => r.superseded === true)).toHaveLength(1)
    const winner = results.find((r) => r.activated)
    expect((await currentRelease(releasesDir))?.id).toBe(winner?.release)
  })

  it('takes over a swap lock that a killed build left behind, and waits for a fresh one', async () => {
    const lock = path.join(releasesDir, '.swap-lock')
    await mkdir(lock)
    const longAgo = new Date(Date.now() - 60_000)
    await utimes(lock, longAgo, longAgo)
    expect(await build('after a crash')).toMatchObject({ ok: true, activated: true })
    // A lock held now (another swap under way) is waited for, not broken.
    await mkdir(lock)
    const waiting = build('after the other swap')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await liveContent()).toBe('after a crash')
    await rm(lock, { recursive: true })
    expect(await waiting).toMatchObject({ ok: true, activated: true })
    expect(await liveContent()).toBe('after the other swap')
  })
})
