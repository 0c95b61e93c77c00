/**
 * `pnpm --filter @mahjar/scripts bench:publish [-- --count 10000] [--runs 3] [--write]`:
 * measures the main job in a throwaway state (temp database, releases, free ports):
 * - `pnpm start` on a fresh database (seed + first site build; `next build` only if stale),
 * - Publish → change served: PATCH of a finding's English statement (published) until the
 *   live site serves it, `--runs` times, for the seed corpus and then for the corpus plus
 *   `--count` synthetic recommendations (seeded beforehand with `pnpm seed --synthetic`).
 * Prints a Markdown section; with --write it replaces "## Publishing" in docs/benchmarks.md.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { median, writeBenchmarkSection } from './lib/benchmarks-doc.ts'
import { cliArgs, runCli, wholeNumberOption } from '../lib/cli.ts'
import { freePort } from '../lib/free-port.ts'
import { repoRoot } from '@mahjar/publish/paths'
import { readCollectionFile } from '@mahjar/publish/snapshot'
import { runChild, startChild, type RunningChild } from '../lib/start/child.ts'

const tsxLoader = import.meta.resolve('tsx')
const scriptsDir = path.join(repoRoot, 'scripts')
const admin = { email: 'bench-admin@mahjar.test', password: 'bench passphrase long enough' }
const findingCode = 'AIE-F01'

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
}

async function waitUntil(what: string, timeoutMs: number, check: () => Promise<boolean>) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

async function json(url: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const response = await fetch(url, init)
  const body = (await response.json()) as Record<string, unknown>
  if (!response.ok)
    throw new Error(`${url}: HTTP ${String(response.status)} ${JSON.stringify(body)}`)
  return body
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
    let output = ''
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
    const found = await json(`${cms}/api/findings?where[code][equals]=${findingCode}&depth=0`, {
      headers: auth,
    })
    const id = (found.docs as { id: string }[])[0]?.id ?? ''
    const publishSeconds: number[] = []
    const buildSeconds: number[] = []
    for (let run = 1; run <= runs; run += 1) {
      const text = `Benchmark publication ${String(run)} at ${new Date().toISOString()}`
      const started = performance.now()
      await json(`${cms}/api/findings/${id}?locale=en`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ statement: text, _status: 'published' }),
      })
      await waitUntil('the change to be served', 900_000, async () =>
        (await (await fetch(`${site}/en/findings/${findingCode.toLowerCase()}/`)).text()).includes(
          text,
        ),
      )
      publishSeconds.push((performance.now() - started) / 1000)
      // The swap comes before the job records the build: wait for its record.
      let duration: number | undefined
      await waitUntil('the build record', 60_000, async () => {
        const builds = await json(`${cms}/api/builds?sort=-startedAt&limit=1`, { headers: auth })
        const latest = (builds.docs as { status: string; durationSeconds?: number }[])[0]
        duration = latest?.status === 'running' ? undefined : latest?.durationSeconds
        return duration !== undefined
      })
      buildSeconds.push(duration ?? Number.NaN)
      process.stderr.write(
        `${label}: run ${String(run)}: ${publishSeconds.at(-1)?.toFixed(1) ?? ''} s\n`,
      )
      await new Promise((resolve) => setTimeout(resolve, 3_000))
    }
    const snapshot = path.join(dir, 'releases', 'current', 'snapshot')
    const recommendations = existsSync(snapshot)
      ? (await readCollectionFile(snapshot, 'recommendations')).docs.length
      : Number.NaN
    return {
      label,
      recommendations,
      startSeconds,
      firstBuildSeconds,
      nextBuild,
      load,
      publishSeconds,
      buildSeconds,
    }
  } finally {
    await main?.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

function section(rows: Scenario[]): string {
  const cpus = os.cpus()
  const lines = rows.map(
    (r) =>
      `| ${r.label} | ${String(r.recommendations)} | ${r.load.toFixed(1)} | ${r.startSeconds.toFixed(0)} s | ${r.nextBuild} | ${String(r.firstBuildSeconds)} s | ${median(r.publishSeconds).toFixed(1)} s (${r.publishSeconds.map((s) => s.toFixed(1)).join(', ')}) | ${median(r.buildSeconds).toFixed(1)} s |`,
  )
  return `## Publishing

Measured by \`pnpm --filter @mahjar/scripts bench:publish\` (scripts/bench/bench-publish.ts): the main
job (\`scripts/start.ts\`) on a throwaway database and releases folder; \`pnpm start\` counts from
launch to "Ready" (database prepared and seeded, \`next build\` skipped when current, first site
build); Publish → served is a REST PATCH publishing a finding's English statement until the live
static server returns the new text (debounce 1.5 s + export + Astro + Pagefind + open data +
changed share cards + permalink check + atomic swap). Machine: ${String(cpus.length)} × ${cpus[0]?.model.trim() ?? 'CPU'},
Node ${process.version}, shared with other engineers' builds and tests while measured (the
1-minute load average at the start of each scenario is in the table): the numbers are
pessimistic. \`next build\` and the first site build run side by side; on a fresh clone after
\`pnpm install\` the CMS build is never current, so \`pnpm start\` takes the database step plus the
longer of the two.

| database | recommendations | load avg | \`pnpm start\` to ready | of which \`next build\` | first site build | Publish → served, median (runs) | build job (median) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${lines.join('\n')}
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
  const count = wholeNumberOption('count', values.count, 0)
  const runs = wholeNumberOption('runs', values.runs, 1)
  const rows = [await scenario('seed corpus', 0, runs)]
  if (count > 0) rows.push(await scenario(`corpus + ${String(count)} synthetic`, count, runs))
  const markdown = section(rows)
  process.stdout.write(markdown)
  if (values.write) writeBenchmarkSection('Publishing', markdown)
  process.exit(0)
})
