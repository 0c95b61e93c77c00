/**
 * `pnpm --filter @mahjar/scripts bench:build [-- --runs 3] [--write]`: the publish build job two
 * ways, taking turns in one run on one seeded database (the seed corpus):
 * - "build exports": the build process boots Payload, exports the snapshot and registers the
 *   URLs it serves (`pnpm build`; every publish's build before 2 December 2026);
 * - "CMS hands over": the snapshot exported where Payload is booted already (here: this process,
 *   as the CMS's rebuild job does), the build run with `--snapshot`, then the URLs registered.
 * Each way builds once unmeasured first (share cards drawn), as a running site has. Wall clock;
 * CPU is user + system of the build process and its children, plus this process's own CPU
 * for the export and registration of the second way. Prints a Markdown section; with --write it
 * replaces that section of docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { median, writeBenchmarkSection } from './lib/benchmarks-doc.ts'
import { cliArgs, runCli, wholeNumberOption } from '../lib/cli.ts'
import { repoRoot } from '@mahjar/publish/paths'

const tsxLoader = import.meta.resolve('tsx')
const scriptsDir = path.join(repoRoot, 'scripts')
const heading = 'Build job: the snapshot handed over by the CMS'

type Way = 'build exports' | 'CMS hands over'

interface Run {
  readonly way: Way
  readonly seconds: number
  readonly cpuSeconds: number
}

/** CPU seconds (user + system) of this process's waited-for children, from /proc. */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}

const ownCpuSeconds = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e6
}

function runScript(script: string, args: string[], env: Record<string, string>): void {
  const run = spawnSync(
    process.execPath,
    ['--import', tsxLoader, path.join(scriptsDir, script), ...args],
    {
      cwd: scriptsDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (run.status !== 0) {
    const output = `${run.stdout.toString()}${run.stderr.toString()}`
    throw new Error(`${script} failed:\n${output.slice(-4000)}`)
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: { runs: { type: 'string', default: '3' }, write: { type: 'boolean', default: false } },
  })
  const runs = wholeNumberOption('--runs', values.runs, 1)
  const work = mkdtempSync(path.join(os.tmpdir(), 'mahjar-bench-build-'))
  const env = {
    DATABASE_URI: `file:${path.join(work, 'cms.db')}`,
    MEDIA_DIR: path.join(work, 'media'),
    CMS_JOBS_RUNNER: 'false',
    // Built in the command's own process, whose CPU is counted (the warm engine's would not be).
    PUBLISH_ENGINE: 'fresh',
  }
  Object.assign(process.env, env)
  try {
    runScript('seed-content.ts', [], env)
    const { bootPayload } = await import('@mahjar/cms/boot')
    const { exportSnapshot } = await import('@mahjar/cms/snapshot/export')
    const { registerPermalinks } = await import('@mahjar/cms/permalinks/register')
    const payload = await bootPayload()

    const build: Record<Way, () => Run | Promise<Run>> = {
      'build exports': () => {
        const [cpu, started] = [childrenCpuSeconds(), performance.now()]
        runScript('build-site.ts', [], { ...env, RELEASES_DIR: path.join(work, 'exports') })
        return {
          way: 'build exports',
          seconds: (performance.now() - started) / 1000,
          cpuSeconds: childrenCpuSeconds() - cpu,
        }
      },
      'CMS hands over': async () => {
        const [cpu, own, started] = [childrenCpuSeconds(), ownCpuSeconds(), performance.now()]
        const snapshotDir = mkdtempSync(path.join(work, 'export-'))
        await exportSnapshot(payload, snapshotDir)
        const releasesDir = path.join(work, 'handed')
        runScript('build-site.ts', ['--snapshot', snapshotDir], {
          ...env,
          RELEASES_DIR: releasesDir,
        })
        const served = path.join(releasesDir, 'current', 'served.json')
        await registerPermalinks(payload, JSON.parse(readFileSync(served, 'utf8')) as string[])
        rmSync(snapshotDir, { recursive: true, force: true })
        return {
          way: 'CMS hands over',
          seconds: (performance.now() - started) / 1000,
          cpuSeconds: childrenCpuSeconds() - cpu + ownCpuSeconds() - own,
        }
      },
    }
    const ways = Object.keys(build) as Way[]
    for (const way of ways) await build[way]()
    const load = os.loadavg()[0] ?? 0
    const results: Run[] = []
    for (let run = 0; run < runs; run++) {
      // Taking turns, and each way first in every other round.
      const order = run % 2 === 0 ? ways : [...ways].reverse()
      for (const way of order) results.push(await build[way]())
    }
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ')
    const rows = ways.map((way) => {
      const mine = results.filter((r) => r.way === way)
      const walls = mine.map((r) => r.seconds)
      const cpus = mine.map((r) => r.cpuSeconds)
      return `| ${way} | ${median(walls).toFixed(1)} s (${fmt(walls)}) | ${median(cpus).toFixed(1)} s (${fmt(cpus)}) |`
    })
    const markdown = `## ${heading}

Measured by \`pnpm --filter @mahjar/scripts bench:build\` (scripts/bench/bench-build.ts): one build of
the live site from a seeded database (seed corpus), two ways taking turns in one run
(${String(runs)} rounds, each way first in every other round, after one unmeasured build each):
the build process exporting the snapshot itself (it boots Payload: \`pnpm build\`), and the
snapshot exported where Payload is booted already and handed over with \`--snapshot\`, as the
CMS's rebuild job does since 2 December 2026 (export and permalink registration included in
its times). ${String(os.cpus().length)} cores, load average ${load.toFixed(1)} at the start; CPU is
user + system time of the build and its children.

| way | wall clock, median (runs) | CPU time, median (runs) |
| --- | ------------------------: | ----------------------: |
${rows.join('\n')}
`
    process.stdout.write(`${markdown}\n`)
    if (values.write) writeBenchmarkSection(heading, markdown)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  // Payload's database connection would keep the process alive.
  process.exit(0)
}

runCli(import.meta.url, main)
