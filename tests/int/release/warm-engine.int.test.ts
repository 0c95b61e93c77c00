/**
 * The warm engine (publish/src/release/warm-engine.ts): the publish command the CMS runs
 * (`build-site.ts --snapshot`) hands its build to one process kept between publishes, which builds
 * and makes live the release as the command would. The command as the CMS starts it, real builds
 * of the seed corpus into a throwaway releases folder.
 */
import { spawn } from 'node:child_process'
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readProgressLine, warmedUpSaid, warmingUpSaid } from '@mahjar/publish/protocol'
import { consolidatedFrom } from '@mahjar/publish/release/consolidate-search'
import { isRunning } from '@mahjar/publish/release/warm-process-server'
import { stopWarmEngines } from '@mahjar/publish/release/warm-engine'
import { renderedWarmSaid } from '@mahjar/publish/release/warm-renderer'
import { pageListSchema, pageOutputFile } from '@mahjar/shared/render-only'
import { urls } from '@mahjar/shared/urls'
import { publishCommand } from '@mahjar/scripts/lib/engine-commands'
import { holdForThisFile, warmProcessesLock } from '../../helpers/exclusive.ts'
import { fromRoot } from '../../helpers/paths.ts'
import { testSiteUrl, writeCorpusSnapshot } from '../../helpers/site-build.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-warm-engine-'))
const releasesDir = path.join(dir, 'releases')
/** The seed corpus: its URLs are those content/permalinks.json promises. */
const corpus = writeCorpusSnapshot(path.join(dir, 'corpus'))
let edits = 0

/** The seed corpus's snapshot with its first recommendation's English text changed; returns the text. */
function editedSnapshot(): { snapshot: string; code: string; text: string } {
  edits += 1
  const snapshot = path.join(dir, `snapshot-${String(edits)}`)
  cpSync(corpus, snapshot, { recursive: true })
  const file = path.join(snapshot, 'recommendations.json')
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    docs: { code: string; text: { en: string } }[]
  }
  const [first] = data.docs
  if (!first) throw new Error('the fixture snapshot has no recommendation')
  const text = `Edited by the warm engine test, number ${String(edits)}`
  first.text.en = text
  writeFileSync(file, JSON.stringify(data))
  return { snapshot, code: first.code, text }
}

interface Published {
  readonly code: number | null
  readonly output: string
  /** Its result line said it went live (a release with the full search index may follow). */
  readonly activated: boolean
  /** Releases begun before the result line: one, unless the command built again itself. */
  readonly releasesBuilt: number
  /** The warm engine's process and which of its publishes this was, when it built. */
  readonly engine?: { pid: number; publish: number }
}

/** The publish command as the CMS runs it; `onLine` sees each line of its output. */
function publish(
  snapshot: string,
  settings: Record<string, string> = {},
  onLine: (line: string, command: ReturnType<typeof spawn>) => void = () => undefined,
): Promise<Published> {
  return runCommand(['--snapshot', snapshot], settings, onLine)
}

/** The command as the CMS runs it, with `options`. */
function runCommand(
  options: readonly string[],
  settings: Record<string, string> = {},
  onLine: (line: string, command: ReturnType<typeof spawn>) => void = () => undefined,
): Promise<Published> {
  const [command = process.execPath, ...args] = publishCommand()
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args, ...options], {
      cwd: fromRoot('scripts'),
      env: {
        ...process.env,
        RELEASES_DIR: releasesDir,
        PAGES_DIR: fromRoot('content', 'pages'),
        SITE_URL: testSiteUrl,
        // Ends with the full search index live, as the tests read it.
        SEARCH_REBUILD_QUIET_MS: '0',
        ...settings,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let partial = ''
    const take = (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) {
        output += `${line}\n`
        onLine(line, child)
      }
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('error', reject)
    child.on('close', (code) => {
      output += partial
      const events = output.split('\n').map(readProgressLine)
      const resultAt = events.findIndex((event) => event?.kind === 'result')
      const result = events[resultAt]
      const said = /\[warm-engine\] process (\d+), publish (\d+)/.exec(output)
      resolve({
        code,
        output,
        activated: result?.kind === 'result' && result.result.activated === true,
        releasesBuilt: (resultAt < 0 ? events : events.slice(0, resultAt)).filter(
          (event) => event?.kind === 'release',
        ).length,
        ...(said ? { engine: { pid: Number(said[1]), publish: Number(said[2]) } } : {}),
      })
    })
  })
}

const liveRelease = () => path.basename(realpathSync(path.join(releasesDir, 'current')))

/** The release folders under the releases folder. */
const releaseIds = () =>
  readdirSync(releasesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The live English page of recommendation `code`. */
const livePage = (code: string) =>
  readFileSync(
    path.join(releasesDir, 'current', 'site', pageOutputFile(urls.recommendation('en', code))),
    'utf8',
  )

async function until(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
  return check()
}

// The warm processes are the checkout's: never while the other file that ends them runs.
holdForThisFile(warmProcessesLock)

afterAll(async () => {
  await stopWarmEngines()
  rmSync(dir, { recursive: true, force: true })
})

describe('the warm engine', () => {
  let pid = 0

  it('builds a publish, and the next one in the same process, each made live', async () => {
    const first = editedSnapshot()
    const one = await publish(first.snapshot)
    expect(one.code, one.output).toBe(0)
    expect(one.engine?.publish).toBe(1)
    expect(one.releasesBuilt).toBe(1)
    pid = one.engine?.pid ?? 0
    expect(one.activated).toBe(true)
    expect(livePage(first.code)).toContain(first.text)

    const second = editedSnapshot()
    const two = await publish(second.snapshot)
    expect(two.code, two.output).toBe(0)
    expect(two.engine).toEqual({ pid, publish: 2 })
    expect(two.releasesBuilt).toBe(1)
    expect(two.activated).toBe(true)
    expect(livePage(second.code)).toContain(second.text)
    // Rendered from what the first publish left warm: only the pages the change touches.
    expect(two.output).toMatch(/changed pages only/)
  })

  it('builds in the command itself with PUBLISH_ENGINE=fresh', async () => {
    const edit = editedSnapshot()
    const fresh = await publish(edit.snapshot, { PUBLISH_ENGINE: 'fresh' })
    expect(fresh.code, fresh.output).toBe(0)
    expect(fresh.engine).toBeUndefined()
    expect(fresh.activated).toBe(true)
    expect(livePage(edit.code)).toContain(edit.text)
  })

  it('ends when its publish is stopped mid-build, the live release kept; the next publish starts another', async () => {
    expect(pid).toBeGreaterThan(1)
    const live = liveRelease()
    const stopped = await publish(editedSnapshot().snapshot, {}, (line, command) => {
      if (line.startsWith('[build] step 2/')) command.kill('SIGTERM')
    })
    expect(stopped.code).not.toBe(0)
    expect(stopped.activated).toBe(false)
    expect(stopped.engine?.pid).toBe(pid)
    expect(await until(() => !isRunning(pid), 10_000)).toBe(true)
    expect(liveRelease()).toBe(live)

    const edit = editedSnapshot()
    const next = await publish(edit.snapshot)
    expect(next.code, next.output).toBe(0)
    expect(next.engine?.publish).toBe(1)
    expect(next.releasesBuilt).toBe(1)
    expect(next.engine?.pid).not.toBe(pid)
    expect(livePage(edit.code)).toContain(edit.text)
    pid = next.engine?.pid ?? 0
  })

  it('warms up when asked (the CMS starting): the live release built again, not made live, and removed; a publish asked for meanwhile is taken, waits for it and finds it warm', async () => {
    // A new engine (the last one ended with the stopped publish's).
    await stopWarmEngines()
    const live = liveRelease()
    // It renders one page of each route of the live release, to load their code.
    const routes = new Set(
      pageListSchema
        .parse(JSON.parse(readFileSync(path.join(releasesDir, live, 'pages.json'), 'utf8')))
        .map((page) => page.route),
    ).size
    const builtAgain = `${escapeRegExp(live)} built again in [\\d.]+ s, ${String(routes)} of ${String(routes)} pages \\(one of each route\\) rendered`
    const edit = editedSnapshot()
    let published: Promise<Published> | undefined
    const warmUp = await runCommand(['--warm-up'], {}, (line) => {
      if (line.startsWith(warmingUpSaid)) published ??= publish(edit.snapshot)
    })
    expect(warmUp.code, warmUp.output).toBe(0)
    const warming = new RegExp(`${escapeRegExp(warmingUpSaid)} \\(process (\\d+)\\)`).exec(
      warmUp.output,
    )
    expect(warming, warmUp.output).not.toBeNull()
    const engine = Number(warming?.[1])
    // Its last line says how it went: the CMS logs it, and `pnpm start` waits for that.
    expect(warmUp.output.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^${escapeRegExp(warmedUpSaid)} ${builtAgain}$`),
    )
    expect(liveRelease()).toBe(live)

    const next = await published
    expect(next?.code, next?.output).toBe(0)
    // The warm-up is no publish: this is the engine's first, and it waited for the warm-up.
    expect(next?.engine).toEqual({ pid: engine, publish: 1 })
    expect(next?.output).toMatch(
      new RegExp(`${escapeRegExp(warmedUpSaid)} ${builtAgain} \\(waited for`),
    )
    expect(livePage(edit.code)).toContain(edit.text)
    // The warm-up left it the live site's ready copy, and its page was rendered warm.
    expect(next?.output).toMatch(/files from its ready copy/)
    // (After a search delta, the live release is the full index's: the publish's is the one it took.)
    const liveLog = readFileSync(path.join(releasesDir, 'current', 'build.log'), 'utf8')
    const publishedRelease = consolidatedFrom(liveLog) ?? liveRelease()
    expect(readFileSync(path.join(releasesDir, publishedRelease, 'build.log'), 'utf8')).toContain(
      renderedWarmSaid,
    )
    // The warm-up's own release is gone: every release left went live at its time.
    for (const id of releaseIds())
      expect(readFileSync(path.join(releasesDir, id, 'build.log'), 'utf8')).not.toMatch(
        /not made live/,
      )
    pid = engine
  })

  it('ends when asked to stop while idle (`pnpm start` stopping)', async () => {
    expect(isRunning(pid)).toBe(true)
    await stopWarmEngines()
    expect(await until(() => !isRunning(pid), 10_000)).toBe(true)
  })
})
