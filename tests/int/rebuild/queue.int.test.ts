/**
 * The rebuild queue against a throwaway database: publishing queues one debounced `rebuildSite`
 * job, drafts queue nothing, unpublishing does, and the job records each build (success or
 * failure with its error and log tail) in the Builds collection. The job exports the published
 * snapshot and hands it to the build command, then registers the URLs the build serves. The build
 * command is a small stand-in script (the real build runs in tests/e2e/main), run as a child
 * process.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { leftOffHeading } from '@mahjar/cms/snapshot/export'
import { startTestCms, type Payload, type TestCms } from '../../helpers/payload.ts'
import { createBilingual, finding, report } from '../../helpers/payload-fixtures.ts'
import { reportSlug } from '../../helpers/constants.ts'
import { fromRoot } from '../../helpers/paths.ts'

const work = mkdtempSync(path.join(tmpdir(), 'mahjar-rebuild-'))
const failFlag = path.join(work, 'fail')
const supersededFlag = path.join(work, 'superseded')
const fakeBuild = path.join(work, 'fake-build.mjs')
const handed = path.join(work, 'handed-findings.json')
const servedList = path.join(work, 'served.json')
// Stands in for build-site.ts: started beside the export, it waits for the job to say the export
// is complete (--when-exported, @mahjar/publish/handover), reads the snapshot it hands it
// (--snapshot), keeps a copy of its findings for the test, and lists the URLs "served" for the job
// to register.
writeFileSync(
  fakeBuild,
  `import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { exportCompleted } from ${JSON.stringify(pathToFileURL(fromRoot('publish', 'src', 'handover.ts')).href)}
const { values } = parseArgs({ options: { snapshot: { type: 'string' }, 'when-exported': { type: 'boolean' } } })
// The job always says when its export is complete: without the option this stand-in fails.
if (!values['when-exported']) process.exit(2)
await exportCompleted(process.stdin)
const fail = existsSync(${JSON.stringify(failFlag)})
const superseded = existsSync(${JSON.stringify(supersededFlag)})
console.log('[build] step 1/1 build the site (Astro)')
copyFileSync(values.snapshot + '/findings.json', ${JSON.stringify(handed)})
writeFileSync(${JSON.stringify(servedList)}, JSON.stringify(['/en/findings/aie-f70/', '/f/aie-f70/']))
// A whole PublishResult (@mahjar/publish/protocol): the job reads nothing from a partial one.
const ended = { logFile: '/dev/null', seconds: 0.1, steps: [{ name: 'build the site (Astro)', seconds: 0.1 }] }
const result = fail
  ? { ...ended, ok: false, release: 'release-2', activated: false, error: 'astro build failed (exit code 1)' }
  : superseded
    ? { ...ended, ok: false, activated: false, superseded: true, release: 'release-0', error: 'release release-0 was built while none was live, but release-9 is live now: it is left not live' }
    : { ...ended, ok: true, activated: true, release: 'release-1', servedFile: ${JSON.stringify(servedList)} }
console.log('[build] result ' + JSON.stringify(result))
// stdout and stderr are two pipes, so an error line written before the result line may be read
// after it (CI saw this); here it always is, 200 ms later.
if (fail) setTimeout(() => { console.error('MDX error in بناء-مكسور.mdx: Expected a closing tag'); process.exit(1) }, 200)
else process.exit(result.ok ? 0 : 1)
`,
)
const debounceMs = 400

let cms: TestCms
let payload: Payload
let reportId = ''

const pendingJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        taskSlug: { equals: 'rebuildSite' },
        completedAt: { exists: false },
        processing: { equals: false },
      },
      depth: 0,
    })
  ).docs

const builds = async () =>
  (await payload.find({ collection: 'builds', sort: '-startedAt', depth: 0, limit: 100 })).docs

async function runDueRebuilds(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, debounceMs + 100))
  await payload.jobs.run({ queue: 'site' })
}

beforeAll(async () => {
  process.env.SITE_BUILD_COMMAND = `'${process.execPath}' '${fakeBuild}'`
  process.env.REBUILD_DEBOUNCE_MS = String(debounceMs)
  // The test runs the queue itself: no background runner.
  process.env.CMS_JOBS_RUNNER = 'false'
  cms = await startTestCms()
  payload = cms.payload
  reportId = await createBilingual(payload, 'reports', report(reportSlug))
})

beforeEach(async () => {
  rmSync(failFlag, { force: true })
  rmSync(supersededFlag, { force: true })
  await runDueRebuilds()
})

afterAll(async () => {
  await cms.close()
  rmSync(work, { recursive: true, force: true })
})

describe('rebuild queue', () => {
  it('turns ten publications in a burst into one waiting job, run as one build', async () => {
    const before = (await builds()).length
    for (let n = 1; n <= 10; n += 1) {
      await createBilingual(payload, 'findings', finding(`AIE-F${String(60 + n)}`, reportId))
    }
    const pending = await pendingJobs()
    expect(pending).toHaveLength(1)
    const reasons = (pending[0]?.input as { reasons: string[] }).reasons
    expect(reasons).toContain('findings AIE-F61 published')
    expect(reasons).toContain('findings AIE-F70 published')
    await runDueRebuilds()
    const after = await builds()
    expect(after.length - before).toBe(1)
    expect(after[0]?.status).toBe('succeeded')
    expect(after[0]?.release).toBe('release-1')
    expect(after[0]?.reason).toContain('findings AIE-F70 published')
    expect(await pendingJobs()).toHaveLength(0)
    // The job exported the published snapshot itself and handed it over: all ten are in it.
    const { docs } = JSON.parse(readFileSync(handed, 'utf8')) as { docs: { code: string }[] }
    expect(docs.map((doc) => doc.code)).toEqual(expect.arrayContaining(['AIE-F61', 'AIE-F70']))
    // And registered the URLs the build says it serves, now promised.
    const registered = await payload.find({
      collection: 'permalinks',
      where: { path: { in: ['/en/findings/aie-f70/', '/f/aie-f70/'] } },
      depth: 0,
    })
    expect(registered.totalDocs).toBe(2)
  })

  it('queues nothing for a draft saved over a published finding, and a rebuild when it is unpublished', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F80', reportId))
    await runDueRebuilds()
    await payload.update({
      collection: 'findings',
      id,
      locale: 'ar',
      draft: true,
      data: { statement: 'مسودة لا تُنشر' },
    })
    expect(await pendingJobs()).toHaveLength(0)
    await payload.update({ collection: 'findings', id, data: { _status: 'draft' } })
    const pending = await pendingJobs()
    expect((pending[0]?.input as { reasons: string[] }).reasons).toEqual([
      'findings AIE-F80 unpublished',
    ])
  })

  it('names, at the head of the build log, a published document the site refuses (left off the site)', async () => {
    const id = await createBilingual(payload, 'findings', finding('AIE-F95', reportId))
    // Stored behind the CMS's back (no hook, no validation): a code the site's schema refuses.
    await payload.db.updateOne({ collection: 'findings', id, data: { code: 'not a code' } })
    await payload.update({ collection: 'reports', id: reportId, data: { _status: 'published' } })
    await runDueRebuilds()
    const [latest] = await builds()
    expect(latest?.status).toBe('succeeded')
    expect(latest?.logTail?.startsWith(leftOffHeading)).toBe(true)
    expect(latest?.logTail).toContain(`findings document ${id} cannot be exported`)
    const { docs } = JSON.parse(readFileSync(handed, 'utf8')) as { docs: { code: string }[] }
    expect(docs.map((doc) => doc.code)).not.toContain('not a code')
    await payload.db.updateOne({ collection: 'findings', id, data: { code: 'AIE-F95' } })
  })

  it('records a failed build with its error and the tail of its log, Arabic file names intact', async () => {
    writeFileSync(failFlag, '')
    expect(existsSync(failFlag)).toBe(true)
    await createBilingual(payload, 'findings', finding('AIE-F90', reportId))
    await runDueRebuilds()
    const [latest] = await builds()
    expect(latest?.status).toBe('failed')
    expect(latest?.error).toBe('astro build failed (exit code 1)')
    expect(latest?.logTail).toContain('بناء-مكسور.mdx')
    expect(latest?.durationSeconds).toBeGreaterThanOrEqual(0)
  })

  it('builds again when another build went live first, and that build carries the change', async () => {
    writeFileSync(supersededFlag, '')
    await createBilingual(payload, 'findings', finding('AIE-F91', reportId))
    await runDueRebuilds()
    const [beaten] = await builds()
    expect(beaten?.status).toBe('failed')
    expect(beaten?.reason).toContain('findings AIE-F91 published')
    // Not lost: a follow-up build is queued at once, and no other publish is needed.
    const pending = await pendingJobs()
    expect(pending).toHaveLength(1)
    expect((pending[0]?.input as { reasons: string[] }).reasons).toEqual([
      'another build went live first: building again with its changes',
    ])
    rmSync(supersededFlag)
    await runDueRebuilds()
    const [next] = await builds()
    expect(next?.status).toBe('succeeded')
    expect(next?.reason).toContain('another build went live first')
    const { docs } = JSON.parse(readFileSync(handed, 'utf8')) as { docs: { code: string }[] }
    expect(docs.map((doc) => doc.code)).toContain('AIE-F91')
    expect(await pendingJobs()).toHaveLength(0)
  })
})
