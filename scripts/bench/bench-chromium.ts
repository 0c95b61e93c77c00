/**
 * `pnpm --filter @mahjar/scripts bench:chromium [-- --dist <built site> --rounds 2] [--write]`:
 * Debian's full Chromium against its headless shell (the same engine without the browser's own
 * interface), side by side in one run: each round loads the same pages in each browser, each in a
 * fresh 360 px context as the browser tests do, and measures the wall clock and the CPU time of
 * the browser's processes. Serves a built site (`site/dist` by default) over HTTP. Prints a
 * Markdown section; with --write it replaces the "Browser for tests and share cards" section of
 * docs/benchmarks.md.
 */
import { readFileSync, readdirSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { median, writeBenchmarkSection } from './lib/benchmarks-doc.ts'
import { chromiumArgs } from '@mahjar/publish/chromium'
import { cliArgs, runCli, wholeNumberOption } from '../lib/cli.ts'
import { repoRoot } from '@mahjar/publish/paths'
import { startStaticServer } from '../lib/static-server.ts'

const browsers = ['/usr/bin/chromium', '/usr/bin/chromium-headless-shell'] as const
const pages = [
  '/ar/',
  '/en/',
  '/ar/recommendations/',
  '/en/recommendations/',
  '/ar/search/?q=%D8%A7%D9%84%D9%85%D8%A7%D9%86%D8%AD%D9%8A%D9%86',
  '/en/search/?q=donors',
]
const loadsPerRound = 4

/** CPU seconds (user + system) of every process below `pid`, from /proc. */
function descendantsCpuSeconds(pid: number): number {
  const parentOf = new Map<string, string>()
  const ticksOf = new Map<string, number>()
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parentOf.set(entry, fields[1] ?? '')
      ticksOf.set(entry, Number(fields[11]) + Number(fields[12]))
    } catch {
      // the process ended meanwhile
    }
  }
  const below = new Set<string>()
  let grew = true
  while (grew) {
    grew = false
    for (const [child, parent] of parentOf) {
      if (!below.has(child) && (parent === String(pid) || below.has(parent))) {
        below.add(child)
        grew = true
      }
    }
  }
  let ticks = 0
  for (const child of below) ticks += ticksOf.get(child) ?? 0
  return ticks / 100 // USER_HZ
}

interface Result {
  browser: string
  version: string
  seconds: number
  cpuSeconds: number
}

async function measure(executablePath: string, origin: string): Promise<Result> {
  const cpuBefore = descendantsCpuSeconds(process.pid)
  const started = performance.now()
  const browser = await chromium.launch({ executablePath, headless: true, args: [...chromiumArgs] })
  const version = browser.version()
  for (let i = 0; i < loadsPerRound; i++) {
    for (const page of pages) {
      const context = await browser.newContext({ viewport: { width: 360, height: 800 } })
      const tab = await context.newPage()
      await tab.goto(`${origin}${page}`, { waitUntil: 'networkidle' })
      await context.close()
    }
  }
  const cpuSeconds = descendantsCpuSeconds(process.pid) - cpuBefore
  const seconds = (performance.now() - started) / 1000
  await browser.close()
  return { browser: path.basename(executablePath), version, seconds, cpuSeconds }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      dist: { type: 'string', default: path.join(repoRoot, 'site', 'dist') },
      rounds: { type: 'string', default: '2' },
      write: { type: 'boolean', default: false },
    },
  })
  const rounds = wholeNumberOption('--rounds', values.rounds, 1)
  const server = await startStaticServer({ root: path.resolve(values.dist) })
  const load = os.loadavg()[0] ?? 0
  const results: Result[] = []
  try {
    for (let round = 0; round < rounds; round++) {
      for (const executable of browsers) results.push(await measure(executable, server.origin))
    }
  } finally {
    await server.close()
  }
  const rows = browsers.map((executable) => {
    const mine = results.filter((r) => r.browser === path.basename(executable))
    const fmt = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ')
    const walls = mine.map((r) => r.seconds)
    const cpus = mine.map((r) => r.cpuSeconds)
    return `| \`${executable}\` | ${median(walls).toFixed(1)} s (${fmt(walls)}) | ${median(cpus).toFixed(1)} s (${fmt(cpus)}) |`
  })
  const markdown = `## Browser for tests and share cards

Measured by \`pnpm --filter @mahjar/scripts bench:chromium\` (scripts/bench/bench-chromium.ts): ${String(
    loadsPerRound * pages.length,
  )} page loads of the built site (${pages.length} pages × ${String(loadsPerRound)}, each in a fresh
360 px context, until the network is idle) per browser and round, the browsers taking turns in
one run (${String(rounds)} rounds); Chromium ${results[0]?.version ?? '?'} (Debian), ${String(os.cpus().length)} cores,
load average ${load.toFixed(1)} at the start. CPU is the user + system time of the browser's processes.

| browser | wall clock, median (runs) | CPU time, median (runs) |
| ------- | ------------------------: | ----------------------: |
${rows.join('\n')}

The headless shell is the same engine without the browser's own interface (no window, no
top-level WebUI renderer): \`CHROMIUM_PATH\` defaults to it, for share cards in every site build and
for every browser test.
`
  process.stdout.write(markdown)
  if (values.write) writeBenchmarkSection('Browser for tests and share cards', markdown)
}

runCli(import.meta.url, main)
