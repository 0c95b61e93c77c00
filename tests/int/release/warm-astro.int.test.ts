/**
 * The warm Astro (publish/src/release/warm-astro.ts): one process of this checkout that keeps
 * Astro loaded and builds the site's pages for each request, one at a time. Real builds of the
 * hand-made fixture site into throwaway folders; the process is the one every build here uses,
 * so these checks end it and start it as a publish would meet it.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { astroWorkDir } from '@mahjar/publish/release/build-steps'
import { isRunning } from '@mahjar/publish/release/warm-process-server'
import { stopWarmAstro, warmAstroBuild } from '@mahjar/publish/release/warm-astro'
import { renderedWarmSaid } from '@mahjar/publish/release/warm-renderer'
import { holdForThisFile, warmProcessesLock } from '../../helpers/exclusive.ts'
import { fromRoot } from '../../helpers/paths.ts'
import { fixturePagesDir, fixtureSnapshotDir, testSiteUrl } from '../../helpers/site-build.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-warm-astro-'))
const workDirs: string[] = []
let builds = 0

interface Built {
  outcome: 'built' | 'unavailable'
  output: string
  outDir: string
}

/** One build of the fixture site (or of `snapshotDir`); `onOutput` sees its output as it comes. */
async function build(
  options: {
    snapshotDir?: string
    signal?: AbortSignal
    onOutput?: (text: string) => void
    /** More variables (the page-list files), and the site code's fingerprint. */
    env?: Record<string, string>
    siteCode?: string
  } = {},
): Promise<Built> {
  builds += 1
  const workDir = astroWorkDir(`warm-astro-test-${String(process.pid)}-${String(builds)}`)
  workDirs.push(workDir)
  const outDir = path.join(dir, `out-${String(builds)}`)
  let output = ''
  const outcome = await warmAstroBuild(
    {
      cwd: workDir,
      env: {
        ...process.env,
        SNAPSHOT_DIR: options.snapshotDir ?? fixtureSnapshotDir,
        PAGES_DIR: fixturePagesDir,
        SITE_URL: testSiteUrl,
        SITE_CACHE_DIR: path.join(dir, 'cache'),
        ...options.env,
      },
      root: fromRoot('site'),
      outDir,
      siteCode: options.siteCode,
    },
    (text) => {
      output += text
      options.onOutput?.(text)
    },
    options.signal,
  )
  return { outcome, output, outDir }
}

/** The warm process that built, and which of its builds it was, as it says in the output. */
function builtBy(output: string): { pid: number; build: number } {
  const said = /\[warm-astro\] process (\d+), build (\d+)/.exec(output)
  if (!said) throw new Error(`No warm Astro line in:\n${output.slice(0, 2000)}`)
  return { pid: Number(said[1]), build: Number(said[2]) }
}

/** The socket a warm Astro listens on: the argument of its command line naming a `.sock`. */
function socketOf(pid: number): string {
  const args = readFileSync(`/proc/${String(pid)}/cmdline`, 'utf8').split('\0')
  const socket = args.find((arg) => arg.endsWith('.sock'))
  if (socket === undefined) throw new Error(`No socket in the command line ${args.join(' ')}`)
  return socket
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  return check()
}

// The warm processes are the checkout's: never while the other file that ends them runs.
holdForThisFile(warmProcessesLock)

beforeAll(stopWarmAstro)

afterAll(async () => {
  await stopWarmAstro()
  rmSync(dir, { recursive: true, force: true })
  for (const workDir of workDirs) rmSync(workDir, { recursive: true, force: true })
})

describe('the warm Astro', () => {
  let pid = 0

  it('builds one request after another in the same process, each site complete', async () => {
    const first = await build()
    const second = await build()
    expect([first.outcome, second.outcome]).toEqual(['built', 'built'])
    pid = builtBy(first.output).pid
    expect(builtBy(first.output).build).toBe(1)
    expect(builtBy(second.output)).toEqual({ pid, build: 2 })
    for (const { outDir } of [first, second]) {
      expect(existsSync(path.join(outDir, 'en', 'index.html'))).toBe(true)
      expect(existsSync(path.join(outDir, 'ar', 'index.html'))).toBe(true)
    }
  })

  it('reports a failed build as Astro’s error, and builds the next one warm', async () => {
    const missing = path.join(dir, 'no-snapshot-here')
    let output = ''
    await expect(
      build({ snapshotDir: missing, onOutput: (text) => (output += text) }),
    ).rejects.toThrow(/^astro build failed \(.+\)$/)
    // Astro's own words, as a fresh `astro build` would have logged them.
    expect(output).toContain(missing)
    const next = await build()
    expect(next.outcome).toBe('built')
    expect(builtBy(next.output).pid).toBe(pid)
  })

  it('stays up when a connection closes without asking anything (a starting process’s probe)', async () => {
    await new Promise<void>((resolve, reject) => {
      const probe = connect(socketOf(pid))
      // A probe that never reached the process tested nothing.
      probe.on('error', reject)
      probe.on('connect', () => probe.destroy())
      probe.on('close', () => {
        resolve()
      })
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(isRunning(pid)).toBe(true)
  })

  it('tells a second build that comes while one runs to build elsewhere', async () => {
    let started: () => void = () => undefined
    const running = new Promise<void>((resolve) => {
      started = resolve
    })
    const first = build({
      onOutput: () => {
        started()
      },
    })
    await running
    const second = await build()
    expect(second.outcome).toBe('unavailable')
    expect((await first).outcome).toBe('built')
  })

  it('ends when the build’s caller stops it, and a new one takes the next build', async () => {
    const stop = new AbortController()
    await expect(
      build({
        signal: stop.signal,
        onOutput: () => {
          stop.abort()
        },
      }),
    ).rejects.toThrow('astro build failed (stopped)')
    expect(await until(() => !isRunning(pid), 10_000)).toBe(true)
    const next = await build()
    expect(next.outcome).toBe('built')
    pid = builtBy(next.output).pid
    expect(builtBy(next.output).build).toBe(1)
  })

  it('hands a build back, its output removed, when it is killed in the middle of it', async () => {
    expect(pid).toBeGreaterThan(1)
    const victim = pid
    const lost = await build({
      onOutput: (text) => {
        if (text.includes('Syncing content')) process.kill(victim, 'SIGKILL')
      },
    })
    expect(lost.outcome).toBe('unavailable')
    expect(existsSync(lost.outDir)).toBe(false)
    const next = await build()
    expect(next.outcome).toBe('built')
    pid = builtBy(next.output).pid
    expect(pid).not.toBe(victim)
  })

  it('is started again when it was killed, its socket file left behind', async () => {
    // 0 would be this process's own group.
    expect(pid).toBeGreaterThan(1)
    process.kill(pid, 'SIGKILL')
    expect(await until(() => !isRunning(pid), 10_000)).toBe(true)
    const next = await build()
    expect(next.outcome).toBe('built')
    const killed = pid
    pid = builtBy(next.output).pid
    expect(pid).not.toBe(killed)
  })

  it('ends when asked while idle, as `pnpm start` asks when it stops', async () => {
    expect(isRunning(pid)).toBe(true)
    await stopWarmAstro()
    expect(await until(() => !isRunning(pid), 10_000)).toBe(true)
  })
})

describe('the warm renderer', () => {
  const pageList = (name: string) => path.join(dir, `${name}-pages.json`)
  const renderOnly = (name: string, only: object) => {
    const file = path.join(dir, `${name}-only.json`)
    writeFileSync(file, JSON.stringify(only))
    return file
  }
  let base: Built | undefined

  it('renders the pages of a partial build from the build it kept, as that build wrote them', async () => {
    base = await build({ siteCode: 'code-a', env: { PAGE_LIST_FILE: pageList('base') } })
    expect(base.outcome).toBe('built')
    const pages = JSON.parse(readFileSync(pageList('base'), 'utf8')) as {
      pathname: string
      route: string
    }[]
    const only = renderOnly('partial', {
      paths: ['/en/', '/ar/'],
      known: Object.fromEntries(pages.map((page) => [page.pathname, page.route])),
      baseSiteDir: base.outDir,
    })
    const partial = await build({
      siteCode: 'code-a',
      env: { PAGE_LIST_FILE: pageList('partial'), RENDER_ONLY_FILE: only },
    })
    expect(partial.output).toContain(`[warm-render] 2 ${renderedWarmSaid}`)
    expect(readFileSync(pageList('partial'), 'utf8')).toBe(readFileSync(pageList('base'), 'utf8'))
    for (const file of ['en/index.html', 'ar/index.html', '_headers', 'favicon.svg']) {
      expect(readFileSync(path.join(partial.outDir, file)), file).toEqual(
        readFileSync(path.join(base.outDir, file)),
      )
    }
    // The bundle's assets, from the release it starts from: the same files, linked.
    const assets = readdirSync(path.join(base.outDir, '_astro'))
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets) {
      const linked = statSync(path.join(partial.outDir, '_astro', asset))
      expect(linked.ino).toBe(statSync(path.join(base.outDir, '_astro', asset)).ino)
    }
    expect(existsSync(path.join(partial.outDir, 'en', 'reports', 'index.html'))).toBe(false)
  })

  it('builds instead, and says why, when a partial build names no release to start from', async () => {
    const only = renderOnly('no-base', { known: {} })
    const built = await build({
      siteCode: 'code-a',
      env: { PAGE_LIST_FILE: pageList('no-base'), RENDER_ONLY_FILE: only },
    })
    expect(built.output).toContain(
      '[warm-render] not used (no live release to start from): building',
    )
    expect(built.output).not.toContain(renderedWarmSaid)
    expect(existsSync(path.join(built.outDir, 'en', 'reports', 'index.html'))).toBe(true)
  })

  it('builds a site of other code, never rendering it from a kept build', async () => {
    if (!base) throw new Error('the first build did not run')
    const only = renderOnly('other-code', { paths: ['/en/'], known: {}, baseSiteDir: base.outDir })
    const built = await build({
      siteCode: 'code-b',
      env: { PAGE_LIST_FILE: pageList('other-code'), RENDER_ONLY_FILE: only },
    })
    expect(built.outcome).toBe('built')
    expect(built.output).not.toContain('[warm-render]')
    expect(existsSync(path.join(built.outDir, 'en', 'index.html'))).toBe(true)
  })
})
