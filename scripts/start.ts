/**
 * `pnpm start`: the main job, one command. Prepares the embedded database (migrations, seed when
 * empty, first admin from ADMIN_EMAIL/ADMIN_PASSWORD), builds the CMS (`next build`, skipped
 * when current) and the first site release side by side, then serves the live release on
 * SITE_PORT and the CMS admin on CMS_HOST:CMS_PORT (`next start`, jobs runner included:
 * publishing rebuilds and swaps the site), each in a process of its own and supervised: a CMS
 * crash leaves the site up, and the CMS is started again (its start-up recovers an interrupted
 * build: src/jobs/recoverBuilds.ts in cms/). Data files are private (umask 077, files.ts in
 * cms/); logs are size-capped. Ctrl-C stops everything.
 */
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { restrictDataFiles } from '@mahjar/cms/files'
import { runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'
import { publishingWarmSaid, readProgressLine } from '@mahjar/publish/protocol'
import { cleanUnfinishedReleases } from '@mahjar/publish/release/build-release'
import { hasCurrentRelease } from '@mahjar/publish/release/releases'
import { liveReleaseHasCurrentCode } from '@mahjar/publish/release/site-code'
import { stopWarmAstro } from '@mahjar/publish/release/warm-astro'
import { stopWarmEngines } from '@mahjar/publish/release/warm-engine'
import { shellQuote } from '@mahjar/shared/shell'
import { runChild, startChild, stopAllChildren } from './lib/start/child.ts'
import {
  cmsBuildIsCurrent,
  cmsDir,
  cmsSources,
  nextBin,
  peerPreload,
  recordCmsBuild,
} from './lib/start/cms-build.ts'
import { ProgressBoard, type TaskProgress } from './lib/start/progress.ts'
import { siteReadyPrefix } from './lib/start/serve-site.ts'
import { supervise, type Supervised } from './lib/start/supervise.ts'
import { waitForHttp } from './lib/start/wait.ts'
import { bootingBuildCommand, previewCommand, publishCommand } from './lib/engine-commands.ts'
import { repoRoot } from '@mahjar/publish/paths'

const scriptsDir = path.join(repoRoot, 'scripts')
const tsxLoader = import.meta.resolve('tsx')

/** The first release is listed in Site builds like every later one. */
const recordFirstRelease = ['--record', 'pnpm start: first release']

const logsDir = path.join(env.RELEASES_DIR, '.logs')

/** A path as the reader finds it: from the checkout inside it (`releases/.logs`), else in full. */
function shownPath(file: string): string {
  const absolute = path.resolve(file)
  const relative = path.relative(repoRoot, absolute)
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`)
  return outside || path.isAbsolute(relative) ? absolute : relative
}
/** The database, uploads and logs are readable by their owner only. */
const privateUmask = 0o077
const childEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  // One answer to "where is the CMS" for the CMS and for the site's forms (site/src/env.ts).
  CMS_PUBLIC_URL: env.CMS_PUBLIC_URL ?? `http://localhost:${String(env.CMS_PORT)}`,
  RELEASES_DIR: env.RELEASES_DIR,
  NEXT_TELEMETRY_DISABLED: '1',
  // The warm engine and the warm Astro stay while this runs: the first publish after a quiet
  // hour is as quick as the next (publish/README.md, "The warm engine").
  PUBLISH_KEEP_WARM_WHILE: String(process.pid),
  ...extra,
})

async function prepareDatabase(board: ProgressBoard): Promise<{ seeded: number; users: number }> {
  const task = board.task('database')
  let result = { seeded: 0, users: 0 }
  try {
    await runChild('Preparing the database', {
      command: process.execPath,
      args: ['--import', tsxLoader, path.join(scriptsDir, 'lib', 'start', 'prepare-database.ts')],
      cwd: scriptsDir,
      env: childEnv({ CMS_JOBS_RUNNER: 'false' }),
      logFile: path.join(logsDir, 'prepare.log'),
      umask: privateUmask,
      onLine: (line) => {
        const seed = /^\[prepare\] seed (\S+) (\d+)\/(\d+)/.exec(line)
        if (seed) task.update(Number(seed[2]), Number(seed[3]), `seeding ${seed[1] ?? ''}`)
        else if (line.startsWith('[prepare] result ')) {
          result = JSON.parse(line.slice('[prepare] result '.length)) as typeof result
        } else if (line.startsWith('[prepare] ')) task.update(0, 0, line.slice(10))
      },
    })
  } catch (error) {
    task.fail('failed')
    throw error
  }
  task.finish(
    result.seeded > 0
      ? `migrated, ${String(result.seeded)} documents seeded`
      : 'migrated, up to date',
  )
  return result
}

const nextStages: readonly [RegExp, string][] = [
  [/Creating an optimized production build/, 'compiling'],
  [/Compiled successfully|Compiled with warnings/, 'compiled'],
  [/Running TypeScript|Linting and checking|Checking validity of types/, 'checking types'],
  [/Collecting page data/, 'collecting page data'],
  [/Generating static pages/, 'generating pages'],
  [/Finalizing page optimization|Collecting build traces/, 'finalizing'],
]

async function buildCms(board: ProgressBoard): Promise<void> {
  const sources = cmsSources()
  if (cmsBuildIsCurrent(sources)) {
    board.task('CMS (next build)').finish('up to date, skipped')
    return
  }
  const task = board.task('CMS (next build)')
  try {
    await nextBuild(task)
  } catch (error) {
    task.fail(`failed (log: ${path.join(logsDir, 'next-build.log')})`)
    throw error
  }
  recordCmsBuild(sources.fingerprint)
  task.finish('built')
}

/** Another `next build` of cms/ (a developer's, a test's) holds Next's lock: wait, then build. */
const anotherBuild = /Another next build process is already running/
const lockWaitMs = 10 * 60_000

async function nextBuild(task: TaskProgress): Promise<void> {
  const deadline = Date.now() + lockWaitMs
  for (;;) {
    try {
      await runNextBuild(task)
      return
    } catch (error) {
      const locked = error instanceof Error && anotherBuild.test(error.message)
      if (!locked || Date.now() > deadline) throw error
      task.update(0, 0, 'waiting for another next build of cms/ to finish')
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      if (cmsBuildIsCurrent(cmsSources())) return
    }
  }
}

async function runNextBuild(task: TaskProgress): Promise<void> {
  await runChild('next build', {
    command: process.execPath,
    args: [nextBin, 'build'],
    cwd: cmsDir,
    env: childEnv({ CMS_JOBS_RUNNER: 'false' }),
    logFile: path.join(logsDir, 'next-build.log'),
    onLine: (line) => {
      const stage = nextStages.findIndex(([pattern]) => pattern.test(line))
      const entry = nextStages[stage]
      if (entry) task.update(stage + 1, nextStages.length, entry[1])
    },
  })
}

async function buildFirstRelease(board: ProgressBoard, force: boolean): Promise<void> {
  const live = hasCurrentRelease(env.RELEASES_DIR)
  if (!force && live && (await liveReleaseHasCurrentCode(env.RELEASES_DIR))) {
    board.task('site').finish('live release found, kept (REBUILD_ON_START=true rebuilds)')
    return
  }
  const task = board.task('site')
  if (!force && live) task.update(0, 0, 'the site code changed since the live release: rebuilding')
  const [command = process.execPath, ...args] = bootingBuildCommand()
  try {
    await runChild('Building the site', {
      command,
      args: [...args, ...recordFirstRelease],
      cwd: scriptsDir,
      env: childEnv({ CMS_JOBS_RUNNER: 'false' }),
      onLine: (line) => {
        const event = readProgressLine(line)
        if (event?.kind === 'step') task.update(event.index - 1, event.total, event.name)
        else if (event?.kind === 'end' && event.how === 'failed') task.update(0, 0, line)
      },
    })
  } catch (error) {
    // Not fatal: the CMS still starts, so the content can be fixed; the previous release (if
    // any) stays live and the next publish builds again.
    task.fail('failed: the previous release (if any) stays live')
    board.log(error instanceof Error ? error.message : String(error))
    return
  }
  task.finish(!force && live ? 'rebuilt (the site code changed), live' : 'built and live')
}

/** The static server, in its own process: resolves once it listens, with its origin. */
function startSite(onOrigin: (origin: string) => void) {
  return startChild({
    command: process.execPath,
    args: ['--import', tsxLoader, path.join(scriptsDir, 'lib', 'start', 'serve-site.ts')],
    cwd: scriptsDir,
    env: childEnv(),
    logFile: path.join(logsDir, 'site.log'),
    onLine: (line) => {
      if (line.startsWith(siteReadyPrefix)) onOrigin(line.slice(siteReadyPrefix.length).trim())
    },
  })
}

/**
 * How long Ready waits for publishing to be warm (the CMS's export memory and the warm engine:
 * cms/src/jobs/sitePublishing.ts); 15-25 s at 10,000 recommendations.
 */
const warmUpWaitMs = 180_000

/** The CMS server, in its own process; `onWarm` gets what it says once publishing is warm. */
function startCms(onWarm: (said: string) => void) {
  return startChild({
    command: process.execPath,
    args: [
      // Every request's TCP peer appended to X-Forwarded-For (cms/src/http/peerAddress.ts).
      '--import',
      peerPreload,
      nextBin,
      'start',
      '--port',
      String(env.CMS_PORT),
      '--hostname',
      env.CMS_HOST,
    ],
    cwd: cmsDir,
    env: childEnv({
      CMS_PORT: String(env.CMS_PORT),
      SITE_BUILD_COMMAND: publishCommand().map(shellQuote).join(' '),
      SITE_PREVIEW_COMMAND: previewCommand().map(shellQuote).join(' '),
      // The first publish after a start finds the engine warm (cms/src/jobs/sitePublishing.ts).
      PUBLISH_WARM_UP: 'true',
    }),
    logFile: path.join(logsDir, 'cms.log'),
    umask: privateUmask,
    onLine: (line) => {
      // Payload's logger colours its lines.
      const plain = stripVTControlCharacters(line)
      const at = plain.indexOf(publishingWarmSaid)
      if (at >= 0) onWarm(plain.slice(at + publishingWarmSaid.length).trim())
    },
  })
}

async function main(): Promise<void> {
  const started = performance.now()
  const board = new ProgressBoard()
  mkdirSync(logsDir, { recursive: true, mode: 0o700 })
  board.log(`Mahjar · مهجر — starting (logs in ${path.relative(repoRoot, logsDir)}/)`)

  const open: { site?: Supervised; cms?: Supervised } = {}
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    board.stopTimer()
    process.stdout.write('\nStopping…\n')
    await Promise.all([open.cms?.stop(), open.site?.stop()])
    await stopAllChildren()
    await Promise.all([stopWarmAstro(), stopWarmEngines()])
    process.stdout.write('Stopped.\n')
    process.exit(code)
  }
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))

  let prepared: { seeded: number; users: number }
  try {
    restrictDataFiles()
    // Nothing builds now: a release folder without an end line was cut short by a crash.
    await cleanUnfinishedReleases(env.RELEASES_DIR)
    prepared = await prepareDatabase(board)
    await Promise.all([
      buildCms(board),
      buildFirstRelease(board, env.REBUILD_ON_START || prepared.seeded > 0),
    ])
  } catch (error) {
    board.stopTimer()
    await stopAllChildren()
    throw error
  }

  const cmsUrl = `http://localhost:${String(env.CMS_PORT)}`
  const cmsReady = () => waitForHttp(`${cmsUrl}/api/users/me`, 120_000)
  const log = (line: string) => {
    if (!stopping) board.log(line)
  }
  let onOrigin: (origin: string) => void = () => undefined
  const siteOrigin = new Promise<string>((resolve) => {
    onOrigin = resolve
  })
  let onWarm: (said: string) => void = () => undefined
  const publishingWarm = new Promise<string>((resolve) => {
    onWarm = resolve
  })
  const site = supervise({ name: 'The site server', start: () => startSite(onOrigin), log })
  open.site = site
  const cmsTask = board.task('CMS server')
  open.cms = supervise({
    name: 'The CMS server',
    start: () => startCms(onWarm),
    // The crashed CMS's build (same process group) is gone: its release folder is half-built.
    beforeRestart: async () => {
      const removed = await cleanUnfinishedReleases(env.RELEASES_DIR)
      if (removed.length > 0) log(`Removed unfinished release(s): ${removed.join(', ')}`)
    },
    // The first request boots Payload, whose start-up recovers the interrupted build.
    ready: cmsReady,
    log,
  })
  log(`The CMS server started (pid ${String(open.cms.current().process.pid)})`)
  let origin: string
  try {
    origin = await Promise.race([
      siteOrigin,
      new Promise<never>((_, reject) => {
        setTimeout(() => {
          reject(new Error(`The site server did not start within 60 s:\n${site.current().tail()}`))
        }, 60_000).unref()
      }),
    ])
    await cmsReady()
  } catch (error) {
    // Say why, then stop the children too: they run in process groups of their own.
    cmsTask.fail('failed')
    board.log(error instanceof Error ? error.message : String(error))
    await stop(1)
    return
  }
  cmsTask.finish(`listening on ${cmsUrl}`)
  // Ready once a publish would find the export memory and the engine warm: at 10,000
  // recommendations the first publish after a start took 8-12 s, the next 4-8 s.
  if (env.CMS_JOBS_RUNNER) {
    const warmTask = board.task('publishing')
    warmTask.update(0, 0, 'warming up: the export memory and the engine')
    const warm = await Promise.race([
      publishingWarm,
      new Promise<undefined>((resolve) => {
        setTimeout(() => {
          resolve(undefined)
        }, warmUpWaitMs).unref()
      }),
    ])
    warmTask.finish(
      warm ?? `still warming up after ${String(warmUpWaitMs / 1000)} s: a publish waits for it`,
    )
  }
  board.stopTimer()

  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const firstUser = prepared.users === 0
  process.stdout.write(
    [
      '',
      `Ready in ${seconds} s.`,
      `  CMS admin   ${cmsUrl}/admin${firstUser ? '   ← create the first admin account there' : ''}`,
      `  Site        ${origin}/   (Arabic /ar/, English /en/)`,
      `  Builds      ${cmsUrl}/admin/collections/builds   (publishing rebuilds the site)`,
      `  Logs        ${shownPath(logsDir)}/cms.log, ${shownPath(env.RELEASES_DIR)}/<id>/build.log`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  )
  if (!existsSync(path.join(env.RELEASES_DIR, 'current'))) {
    process.stdout.write('No live release yet: publish something to build the site.\n')
  }
}

runCli(import.meta.url, main)
