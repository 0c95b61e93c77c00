/**
 * A publish wakes the rebuild runner when its job is due (at once: no debounce), so its build
 * begins without waiting for the runner's next one-second tick, though the job is queued inside
 * the save's transaction and seen only once that has committed; a build that is running is never joined by a second one.
 * The runner's ticks are paused here, so only a wake can start a build. The build command is a
 * stand-in script that notes when it began and ended (the real build runs in tests/e2e/main).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type Payload, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, finding, report, rowIds } from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'
import { waitFor } from '../../e2e/main/main-job.ts'

const work = mkdtempSync(path.join(tmpdir(), 'mahjar-wake-'))
const runs = path.join(work, 'runs.jsonl')
const buildMs = path.join(work, 'build-ms')
const fakeBuild = path.join(work, 'fake-build.mjs')
// Stands in for build-site.ts: takes as long as `buildMs` says and notes when it ran.
writeFileSync(
  fakeBuild,
  `import { appendFileSync, existsSync, readFileSync } from 'node:fs'
const began = Date.now()
const ms = existsSync(${JSON.stringify(buildMs)}) ? Number(readFileSync(${JSON.stringify(buildMs)}, 'utf8')) : 0
await new Promise((resolve) => setTimeout(resolve, ms))
appendFileSync(${JSON.stringify(runs)}, JSON.stringify({ began, ended: Date.now() }) + '\\n')
const result = { ok: true, activated: true, release: 'release-1', logFile: '/dev/null', seconds: 0, steps: [] }
console.log('[build] result ' + JSON.stringify(result))
`,
)
/** The default: a publish's job is due at once, queued inside its save's transaction. */
const debounceMs = 0

interface Run {
  began: number
  ended: number
}
const builtRuns = (): Run[] =>
  readFileSync(runs, { encoding: 'utf8', flag: 'a+' })
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Run)

/** The builds noted, once there are `count` of them. */
const runsOnce = (count: number, what: string) =>
  waitFor(what, 10_000, () => {
    const done = builtRuns()
    return Promise.resolve(done.length === count ? done : undefined)
  })

/** The builds the CMS recorded, oldest first. */
async function buildStatuses(): Promise<string[]> {
  const builds = await payload.find({
    collection: 'builds',
    depth: 0,
    limit: 10,
    sort: 'createdAt',
  })
  return builds.docs.map((build) => build.status)
}

/** The recorded builds' statuses, once there are `count` and none is still running. */
const buildStatusesOnce = (count: number, what: string) =>
  waitFor(what, 10_000, async () => {
    const statuses = await buildStatuses()
    return statuses.length === count && !statuses.includes('running') ? statuses : undefined
  })

let cms: TestCms
let payload: Payload
let runner: Payload['crons'][number]
let reportId = ''

/** Publishes a new finding; returns when it was published. */
async function publishFinding(code: string): Promise<number> {
  const published = Date.now()
  await createBilingual(payload, 'findings', finding(code, reportId))
  return published
}

beforeAll(async () => {
  process.env.SITE_BUILD_COMMAND = `'${process.execPath}' '${fakeBuild}'`
  process.env.REBUILD_DEBOUNCE_MS = String(debounceMs)
  process.env.CMS_JOBS_RUNNER = 'true'
  cms = await startTestCms({ runJobs: true })
  payload = cms.payload
  // After the environment above: the CMS reads it once, when first imported.
  const { rebuildRunnerCron } = await import('@mahjar/cms/jobs/scheduleRebuild')
  const found = payload.crons.find((cron) => cron.getPattern() === rebuildRunnerCron)
  if (!found)
    throw new Error(
      `No runner cron (${rebuildRunnerCron}) among payload.crons: ${JSON.stringify(payload.crons.map((c) => c.getPattern()))}`,
    )
  runner = found
  runner.pause()
  reportId = await createBilingual(payload, 'reports', report(reportSlug))
  await runsOnce(1, 'the report’s build')
})

afterAll(async () => {
  await cms.close()
  rmSync(work, { recursive: true, force: true })
})

describe('the rebuild runner, its ticks paused', () => {
  it('begins the build of a publish at once, its job seen once the save has committed', async () => {
    const published = await publishFinding('AIE-F71')
    const [, run] = await runsOnce(2, 'the build')
    expect(run?.began).toBeGreaterThanOrEqual(published + debounceMs)
    // The stand-in notes its run before it prints its result, so the CMS records it a moment later.
    const statuses = await buildStatusesOnce(2, 'the build recorded')
    expect(statuses).toEqual(['succeeded', 'succeeded'])
  })

  it('starts no second build while one runs: the job queued meanwhile waits for a tick', async () => {
    // Long enough for the next publish's debounce to end inside it on a loaded machine.
    writeFileSync(buildMs, '4000')
    await publishFinding('AIE-F72')
    await waitFor('the build to begin', 10_000, async () => {
      const statuses = await buildStatuses()
      return (statuses.length === 3 && statuses.includes('running')) || undefined
    })
    // Due while the build runs: its wake finds the runner busy.
    await publishFinding('AIE-F73')
    await runsOnce(3, 'the first build to end')
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(builtRuns()).toHaveLength(3)
    writeFileSync(buildMs, '0')
    runner.resume()
    const all = await runsOnce(4, 'the waiting build')
    const [first, second] = all.slice(2)
    expect(second?.began).toBeGreaterThanOrEqual(first?.ended ?? Infinity)
  })

  it('begins the build of a save that commits late, its transaction held open', async () => {
    runner.pause()
    // As a slow save holds it. With MongoDB's transactions the wake does not see the job until
    // the commit, and looks again; on SQLite it sees it at once and the runner waits for the
    // write lock. (An adapter without transactions, MongoDB without a replica set, commits at once.)
    const transactionID = await payload.db.beginTransaction()
    await payload.create({
      collection: 'findings',
      locale: 'ar',
      data: { ...finding('AIE-F74', reportId)('ar', rowIds()), _status: 'published' },
      ...(transactionID === null ? {} : { req: { transactionID } }),
    } as Parameters<Payload['create']>[0])
    if (transactionID !== null) {
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(builtRuns()).toHaveLength(4)
      await payload.db.commitTransaction(transactionID)
    }
    const [, , , , run] = await runsOnce(5, 'the build of the late commit')
    expect(run?.began).toBeGreaterThan(0)
  })
})
