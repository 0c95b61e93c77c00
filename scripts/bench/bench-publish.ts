/**
 * `pnpm --filter @mahjar/scripts bench:publish [-- --count 10000] [--runs 3] [--write]`:
 * measures the main job in a throwaway state (temp database, releases, free ports):
 * - `pnpm start` on a fresh database (seed + first site build; `next build` only if stale),
 * - Publish → change served: a published change through the REST API until the live site
 *   serves it, `--runs` times for each kind (a recommendation's text, a finding's statement, a
 *   finding's statistic, a practice's title, a new recommendation), one kind after the other,
 *   for the seed corpus and then for the corpus plus `--count` synthetic recommendations
 *   (seeded beforehand with `pnpm seed --synthetic`).
 * Prints a Markdown section; with --write it replaces "## Publishing" in docs/benchmarks.md.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { median, percentile, writeBenchmarkSection } from './lib/benchmarks-doc.ts'
import { requireGnuTime, runUnderTime, type TimedRun } from './lib/gnu-time.ts'
import { cliArgs, runCli, wholeNumberOption } from '../lib/cli.ts'
import { freePort } from '../lib/free-port.ts'
import { repoRoot } from '@mahjar/publish/paths'
import { consolidatedFrom } from '@mahjar/publish/release/consolidate-search'
import { readCollectionFile } from '@mahjar/publish/snapshot'
import { runChild, startChild, type RunningChild } from '../lib/start/child.ts'
import { statisticText, type Statistic } from '@mahjar/shared/statistic'
import { urls } from '@mahjar/shared/urls'

const tsxLoader = import.meta.resolve('tsx')
const scriptsDir = path.join(repoRoot, 'scripts')
const admin = { email: 'bench-admin@mahjar.test', password: 'bench passphrase long enough' }
const findingCode = 'AIE-F01'
const recommendationCode = 'AIE-A1'
const practiceSlug = 'welcoming-san-jose-plan-2-0'

/** One published change: what to send, and the page and text that show it served. */
interface Publish {
  readonly kind: string
  readonly send: (run: number) => Promise<{ readonly path: string; readonly text: string }>
}

interface Scenario {
  label: string
  recommendations: number
  startSeconds: number
  firstBuildSeconds: number
  /** `next build` seconds when it ran, or "skipped" when the build was current. */
  nextBuild: string
  load: number
  publishSeconds: number[]
  buildSeconds: number[]
  /** Publish → served of each kind of change. */
  byKind: Map<string, number[]>
  /** A full build of the last published snapshot into a releases folder of its own. */
  fullBuild: TimedRun
}

async function waitUntil(
  what: string,
  timeoutMs: number,
  check: () => Promise<boolean>,
  everyMs = 250,
) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
}

/**
 * How often the live site is asked whether it serves a change: a page from the static server
 * takes a few milliseconds, and asking every 250 ms added 0-0.25 s (0.1 s on average) to each
 * Publish → served.
 */
const servedPollMs = 20

/**
 * `fetch`, failing with the URL and the network's reason ("fetch failed" alone names neither).
 * A GET is sent again, as a browser does, when the server closed the kept-alive connection as it
 * was reused (ECONNRESET: at 10,000 recommendations, on the first CMS request after each publish,
 * once the connection had sat idle for the 40 s of polling the site).
 */
async function request(url: string, init: RequestInit = {}): Promise<Response> {
  const method = init.method ?? 'GET'
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init)
    } catch (error) {
      const cause = error instanceof Error ? (error.cause as Error | undefined) : undefined
      const reason = cause?.message ?? String(error)
      if (method !== 'GET' || attempt === 3)
        throw new Error(`${method} ${url}: ${reason}`, { cause: error })
      process.stderr.write(`${method} ${url}: ${reason}; sending it again\n`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

async function json(url: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await request(url, init)
  const body = (await response.json()) as Record<string, unknown>
  if (!response.ok)
    throw new Error(`${url}: HTTP ${String(response.status)} ${JSON.stringify(body)}`)
  return body
}

/** The kinds of change measured, each sent through the REST API as an editor's Publish. */
function publishes(cms: string, auth: Record<string, string>): Publish[] {
  const idOf = async (collection: string, field: string, value: string) => {
    const found = await json(
      `${cms}/api/${collection}?where[${field}][equals]=${value}&depth=0&limit=1`,
      { headers: auth },
    )
    const id = (found.docs as { id: string | number }[])[0]?.id
    if (id === undefined) throw new Error(`no ${collection} with ${field} ${value}`)
    return String(id)
  }
  const send = (method: 'PATCH' | 'POST', url: string, body: Record<string, unknown>) =>
    json(`${url}?locale=en`, {
      method,
      headers: auth,
      body: JSON.stringify({ ...body, _status: 'published' }),
    })
  const stamp = (run: number) =>
    `Benchmark publication ${String(run)} at ${new Date().toISOString()}`
  return [
    {
      kind: "a recommendation's text",
      send: async (run) => {
        const text = stamp(run)
        const id = await idOf('recommendations', 'code', recommendationCode)
        await send('PATCH', `${cms}/api/recommendations/${id}`, { text })
        return { path: urls.recommendation('en', recommendationCode), text }
      },
    },
    {
      kind: "a finding's statement",
      send: async (run) => {
        const text = stamp(run)
        await send('PATCH', `${cms}/api/findings/${await idOf('findings', 'code', findingCode)}`, {
          statement: text,
        })
        return { path: urls.finding('en', findingCode), text }
      },
    },
    {
      kind: "a finding's statistic",
      send: async (run) => {
        const id = await idOf('findings', 'code', findingCode)
        const finding = await json(`${cms}/api/findings/${id}?depth=0&locale=en`, { headers: auth })
        const statistic = { ...(finding.statistic as Statistic), value: 130 + run }
        // A published figure changes only with a correction saying so (requireCorrection.ts).
        const corrections = [
          ...(finding.corrections as unknown[]),
          {
            date: new Date().toISOString().slice(0, 10),
            note: `Benchmark correction ${String(run)}`,
          },
        ]
        await send('PATCH', `${cms}/api/findings/${id}`, { statistic, corrections })
        // As FindingStatistic.astro shows the figure (the API gives null for an empty field).
        const { figure } = statisticText(
          {
            ...statistic,
            valueMax: statistic.valueMax ?? undefined,
            qualifier: statistic.qualifier ?? undefined,
          },
          'en',
        )
        return { path: urls.finding('en', findingCode), text: `statistic__figure">${figure}<` }
      },
    },
    {
      kind: "a practice's title",
      send: async (run) => {
        const title = stamp(run)
        const id = await idOf('practices', 'slug', practiceSlug)
        await send('PATCH', `${cms}/api/practices/${id}`, { title })
        return { path: urls.practice('en', practiceSlug), text: title }
      },
    },
    {
      kind: 'a new recommendation',
      send: async (run) => {
        const id = await idOf('recommendations', 'code', recommendationCode)
        const source = await json(`${cms}/api/recommendations/${id}?depth=0&locale=en`, {
          headers: auth,
        })
        const code = `BENCH-N${String(run)}-${String(Date.now() % 100_000)}`
        const text = stamp(run)
        const { report, audiences, themes, evidence, number, section } = source
        await send('POST', `${cms}/api/recommendations`, {
          code,
          number,
          report,
          section,
          audiences,
          themes,
          evidence,
          text,
        })
        return { path: urls.recommendation('en', code), text }
      },
    },
  ]
}

/**
 * When a release began: its folder's birth time (ms), else its id's (`20261204T200825Z-5db18e`:
 * to the second) where the file system keeps none.
 */
async function releaseBegan(releasesDir: string, id: string): Promise<number> {
  const born = await stat(path.join(releasesDir, id)).then(
    (info) => info.birthtimeMs,
    () => 0,
  )
  if (born > 0) return born
  const [, y, mo, d, h, mi, sec] = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/.exec(id) ?? []
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec))
}

/** When a release's build log was last written: its `live:` line, once it went live. */
async function logEnded(releasesDir: string, id: string): Promise<number> {
  return stat(path.join(releasesDir, id, 'build.log')).then(
    (info) => info.mtimeMs,
    () => Number.NaN,
  )
}

/** A publish's moments, as the bench saw them (ms since the epoch). */
interface Moments {
  readonly sent: number
  readonly answered: number
  readonly jobStarted: number
  readonly served: number
}

/**
 * Where a publish's time went: the request, the wait for the rebuild job (debounce, the runner's
 * tick), the export and the command's start (until its release folder, to the second), then the
 * live release's step times as its build log says them.
 */
async function publishTimes(releasesDir: string, at: Moments): Promise<string> {
  const read = (id: string) =>
    readFile(path.join(releasesDir, id, 'build.log'), 'utf8').catch(() => '')
  const live = await read('current')
  // The full search index may have replaced the publish's delta already: show both builds.
  const published = consolidatedFrom(live)
  const logs = published ? [await read(published), live] : [live]
  const id = /\[build\] release (\S+)/.exec(logs[0] ?? '')?.[1] ?? ''
  const after = (moment: number) => `${((moment - at.sent) / 1000).toFixed(1)} s`
  const timed = logs
    .join('\n')
    .split('\n')
    .filter((line) => /\(\d+(\.\d+)? s\)$|changed pages only/.test(line))
  return [
    `    after Publish: answered ${after(at.answered)}, rebuild job started ${after(at.jobStarted)}, release began ${after(await releaseBegan(releasesDir, id))}, live ${after(await logEnded(releasesDir, id))}, served ${after(at.served)}`,
    ...timed.map((line) => `    ${line.replace(/^\[build\] done /, '')}`),
  ]
    .map((line) => `${line}\n`)
    .join('')
}

async function scenario(label: string, synthetic: number, runs: number): Promise<Scenario> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mahjar-bench-publish-'))
  const env = {
    ...process.env,
    DATABASE_URI: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    RELEASES_DIR: path.join(dir, 'releases'),
    CMS_JOBS_RUNNER: 'false',
  }
  let main: RunningChild | undefined
  let output = ''
  const load = os.loadavg()[0] ?? 0
  try {
    if (synthetic > 0) {
      process.stderr.write(`${label}: seeding the corpus + ${String(synthetic)} synthetic…\n`)
      await runChild('seed', {
        command: process.execPath,
        args: [
          '--import',
          tsxLoader,
          path.join(scriptsDir, 'seed-content.ts'),
          '--synthetic',
          String(synthetic),
        ],
        cwd: scriptsDir,
        env,
      })
    }
    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    const cms = `http://localhost:${String(cmsPort)}`
    const site = `http://127.0.0.1:${String(sitePort)}`
    process.stderr.write(`${label}: pnpm start…\n`)
    main = startChild({
      command: process.execPath,
      args: ['--import', tsxLoader, path.join(scriptsDir, 'start.ts')],
      cwd: scriptsDir,
      env: {
        ...env,
        CMS_JOBS_RUNNER: 'true',
        CMS_PORT: String(cmsPort),
        CMS_PUBLIC_URL: cms,
        SITE_PORT: String(sitePort),
        ADMIN_EMAIL: admin.email,
        ADMIN_PASSWORD: admin.password,
        REBUILD_ON_START: 'true',
      },
      onLine: (line) => {
        output += `${line}\n`
      },
    })
    await waitUntil('pnpm start ready', 1_200_000, () => Promise.resolve(/Ready in /.test(output)))
    const startSeconds = Number(/Ready in ([\d.]+) s/.exec(output)?.[1])
    const firstBuildSeconds = Number(/✔ site\s+(\d+) s/.exec(output)?.[1] ?? Number.NaN)
    const next = /✔ CMS \(next build\)\s+(\d+) s\s+(\S+)/.exec(output)
    const nextBuild = next?.[2] === 'built' ? `${next[1] ?? ''} s` : 'skipped'
    const login = await json(`${cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    })
    const auth = { authorization: `JWT ${String(login.token)}`, 'content-type': 'application/json' }
    const publishSeconds: number[] = []
    const buildSeconds: number[] = []
    const byKind = new Map<string, number[]>()
    for (const publish of publishes(cms, auth)) {
      for (let run = 1; run <= runs; run += 1) {
        const started = performance.now()
        const sent = Date.now()
        const { path: page, text } = await publish.send(run)
        const answered = Date.now()
        await waitUntil(
          'the change to be served',
          900_000,
          async () => (await (await request(`${site}${page}`)).text()).includes(text),
          servedPollMs,
        )
        const seconds = (performance.now() - started) / 1000
        const served = Date.now()
        publishSeconds.push(seconds)
        byKind.set(publish.kind, [...(byKind.get(publish.kind) ?? []), seconds])
        // The swap comes before the job records the build: wait for its record.
        let duration: number | undefined
        let jobStarted = Number.NaN
        await waitUntil('the build record', 60_000, async () => {
          const builds = await json(`${cms}/api/builds?sort=-startedAt&limit=1`, { headers: auth })
          const latest = (
            builds.docs as { status: string; durationSeconds?: number; startedAt: string }[]
          )[0]
          duration = latest?.status === 'running' ? undefined : latest?.durationSeconds
          jobStarted = Date.parse(latest?.startedAt ?? '')
          return duration !== undefined
        })
        buildSeconds.push(duration ?? Number.NaN)
        process.stderr.write(`${label}: ${publish.kind} ${String(run)}: ${seconds.toFixed(1)} s\n`)
        process.stderr.write(
          await publishTimes(path.join(dir, 'releases'), { sent, answered, jobStarted, served }),
        )
        await new Promise((resolve) => setTimeout(resolve, 3_000))
      }
    }
    const snapshot = path.join(dir, 'releases', 'current', 'snapshot')
    const recommendations = existsSync(snapshot)
      ? (await readCollectionFile(snapshot, 'recommendations')).docs.length
      : Number.NaN
    // The same build job with no live release to start from: every page, index and file made.
    // The engine in the command and Astro in a process of its own, a child of the build: their
    // CPU and memory are counted (the warm engine and the warm Astro are no children of it), as
    // they are for the first build after a start.
    process.stderr.write(`${label}: a full build of the last snapshot…\n`)
    const fullBuild = runUnderTime(
      `full build (${label})`,
      process.execPath,
      ['--import', tsxLoader, path.join(scriptsDir, 'build-site.ts'), '--snapshot', snapshot],
      {
        cwd: scriptsDir,
        env: {
          ...env,
          CMS_PUBLIC_URL: cms,
          RELEASES_DIR: path.join(dir, 'full-build'),
          ASTRO_PROCESS: 'fresh',
          PUBLISH_ENGINE: 'fresh',
        },
      },
    )
    return {
      label,
      recommendations,
      startSeconds,
      firstBuildSeconds,
      nextBuild,
      load,
      publishSeconds,
      buildSeconds,
      byKind,
      fullBuild,
    }
  } catch (error) {
    // The main job's own words are gone with its folder: show its last lines with the failure.
    const tail = output.trimEnd().split('\n').slice(-80).join('\n')
    process.stderr.write(`${label}: the main job's last lines:\n${tail}\n`)
    throw error
  } finally {
    await main?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

function section(rows: Scenario[]): string {
  const cpus = os.cpus()
  const seconds = (values: readonly number[]) => values.map((v) => v.toFixed(1)).join(', ')
  const lines = rows.map(
    (r) =>
      `| ${r.label} | ${String(r.recommendations)} | ${r.load.toFixed(1)} | ${r.startSeconds.toFixed(0)} s | ${r.nextBuild} | ${String(r.firstBuildSeconds)} s | ${median(r.publishSeconds).toFixed(1)} s | ${percentile(r.publishSeconds, 95).toFixed(1)} s | ${median(r.buildSeconds).toFixed(1)} s |`,
  )
  const full = rows.map(
    ({ label, fullBuild: f }) =>
      `| ${label} | ${f.seconds.toFixed(1)} s | ${f.cpuSeconds.toFixed(1)} s | ${f.peakMiB.toFixed(0)} MiB |`,
  )
  const kinds = rows.flatMap((r) =>
    [...r.byKind].map(
      ([kind, values]) =>
        `| ${r.label} | ${kind} | ${median(values).toFixed(1)} s | ${seconds(values)} |`,
    ),
  )
  return `## Publishing

Measured by \`pnpm --filter @mahjar/scripts bench:publish\` (scripts/bench/bench-publish.ts): the main
job (\`scripts/start.ts\`) on a throwaway database and releases folder; \`pnpm start\` counts from
launch to "Ready" (database prepared and seeded, \`next build\` skipped when current, first site
build); Publish → served is a REST request publishing a change until the live static server
returns it (the rebuild job, due at once + export + the pages the change affects, or all of them + Pagefind +
open data + changed share cards + permalink check + atomic swap), for five kinds of change one
after the other: a recommendation's text, a finding's statement, a finding's statistic, a
practice's title, a new recommendation. Machine: ${String(cpus.length)} × ${cpus[0]?.model.trim() ?? 'CPU'},
Node ${process.version}, shared with other engineers' builds and tests while measured (the
1-minute load average at the start of each scenario is in the table): the numbers are
pessimistic. \`next build\` and the first site build run side by side; on a fresh clone after
\`pnpm install\` the CMS build is never current, so \`pnpm start\` takes the database step plus the
longer of the two.

| database | recommendations | load avg | \`pnpm start\` to ready | of which \`next build\` | first site build | Publish → served, median | p95 | build job (median) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${lines.join('\n')}

| database | change | Publish → served, median | runs |
| --- | --- | ---: | --- |
${kinds.join('\n')}

A full build of the last published snapshot (\`build-site.ts --snapshot\`, a releases folder of
its own, so no live release to start from: every page, the search index, every data file and
share card), under GNU time; CPU is user + system of the build and its children, peak memory the
largest process's maximum resident set size:

| database | wall | CPU (user + sys) | peak memory |
| --- | ---: | ---: | ---: |
${full.join('\n')}
`
}

runCli(import.meta.url, async () => {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      count: { type: 'string', default: '10000' },
      runs: { type: 'string', default: '3' },
      write: { type: 'boolean', default: false },
    },
  })
  requireGnuTime()
  const count = wholeNumberOption('count', values.count, 0)
  const runs = wholeNumberOption('runs', values.runs, 1)
  const rows = [await scenario('seed corpus', 0, runs)]
  if (count > 0) rows.push(await scenario(`corpus + ${String(count)} synthetic`, count, runs))
  const markdown = section(rows)
  process.stdout.write(markdown)
  if (values.write) writeBenchmarkSection('Publishing', markdown)
  process.exit(0)
})
