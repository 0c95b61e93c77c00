/**
 * `pnpm --filter @mahjar/scripts bench:site [-- --count 10000] [--write]`: times the static site
 * build (wall clock and peak memory, through GNU time) for the seed corpus, then for the corpus
 * plus N synthetic recommendations (× 2 languages). Prints a Markdown section; with --write it
 * replaces the "Site build" section of docs/benchmarks.md (other sections are left alone).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  benchmarksFile,
  countAndWriteOptions,
  writeBenchmarkSection,
} from './lib/benchmarks-doc.ts'
import { runCli } from '../lib/cli.ts'
import { contentDir, repoRoot } from '@mahjar/publish/paths'
import { readCollectionFile } from '@mahjar/publish/snapshot'
import { requireGnuTime, runUnderTime, type TimedRun } from './lib/gnu-time.ts'
import { syntheticRecommendations } from './lib/synthetic.ts'
import { snapshotFromContent } from '../snapshot-from-content.ts'

const siteDir = path.join(repoRoot, 'site')
const astroBin = path.join(siteDir, 'node_modules', 'astro', 'bin', 'astro.mjs')

interface Measurement {
  label: string
  recommendations: number
  pages: number
  seconds: number
  cpuSeconds: number
  /** One-minute load average when the build started: other work on the machine slows it. */
  load: number
  peakMiB: number
  distMiB: number
}

function countFiles(dir: string, suffix: string): { count: number; bytes: number } {
  let count = 0
  let bytes = 0
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name)
    const info = statSync(full)
    if (info.isDirectory()) {
      const inner = countFiles(full, suffix)
      count += inner.count
      bytes += inner.bytes
    } else {
      bytes += info.size
      if (name.endsWith(suffix)) count += 1
    }
  }
  return { count, bytes }
}

/** Runs one build under GNU time: wall clock from the report, peak RSS of the largest process. */
async function measureBuild(
  label: string,
  snapshotDir: string,
  work: string,
): Promise<Measurement> {
  // Inside site/ (its own directory under site/.builds/): Astro keeps its prerender chunks beside
  // such an outDir, where they resolve site/node_modules and no parallel build shares them.
  mkdirSync(path.join(siteDir, '.builds'), { recursive: true })
  const outDir = path.join(mkdtempSync(path.join(siteDir, '.builds', 'bench-')), 'dist')
  const load = os.loadavg()[0] ?? 0
  let timed: TimedRun
  try {
    timed = runUnderTime(
      `Site build (${label})`,
      process.execPath,
      [astroBin, 'build', '--outDir', outDir],
      {
        cwd: siteDir,
        env: {
          ...process.env,
          SNAPSHOT_DIR: snapshotDir,
          SITE_CACHE_DIR: path.join(work, `cache-${label.replace(/\W+/g, '-')}`),
        },
      },
    )
  } catch (error) {
    rmSync(path.dirname(outDir), { recursive: true, force: true })
    throw error
  }
  const files = countFiles(outDir, '.html')
  const recommendations = (await readCollectionFile(snapshotDir, 'recommendations')).docs.length
  rmSync(path.dirname(outDir), { recursive: true, force: true })
  return {
    label,
    recommendations,
    pages: files.count,
    ...timed,
    load,
    distMiB: files.bytes / 1024 / 1024,
  }
}

/**
 * Copies the snapshot in `from` to `to` with `count` synthetic recommendations (and their
 * synthetic follow-up) added to its first report: what the 10,000-item measurements build.
 */
export async function addSynthetic(from: string, to: string, count: number): Promise<void> {
  execFileSync('cp', ['-r', from, to])
  const file = path.join(to, 'recommendations.json')
  const snapshot = await readCollectionFile(to, 'recommendations')
  const report = (await readCollectionFile(to, 'reports')).docs[0]?.slug
  if (report === undefined) throw new Error('The corpus snapshot has no report')
  const findings = (await readCollectionFile(to, 'findings')).docs.map((d) => d.code)
  const stamp = new Date().toISOString()
  const synthetic = syntheticRecommendations({
    count,
    report,
    audiences: (await readCollectionFile(to, 'audiences')).docs.map((d) => d.slug),
    themes: (await readCollectionFile(to, 'themes')).docs.map((d) => d.slug),
    findings,
  }).map((doc) => ({ ...doc, createdAt: stamp, updatedAt: stamp }))
  writeFileSync(file, JSON.stringify({ ...snapshot, docs: [...snapshot.docs, ...synthetic] }))
}

function table(rows: readonly Measurement[]): string {
  const lines = rows.map(
    (r) =>
      `| ${r.label} | ${String(r.recommendations)} | ${String(r.pages)} | ${r.seconds.toFixed(1)} s | ${r.cpuSeconds.toFixed(1)} s | ${r.load.toFixed(1)} | ${r.peakMiB.toFixed(0)} MiB | ${r.distMiB.toFixed(1)} MiB |`,
  )
  return [
    '| snapshot | recommendations | HTML pages | build time (wall) | CPU time (user+sys) | load avg at start | peak memory (max RSS) | dist size |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...lines,
  ].join('\n')
}

function section(rows: readonly Measurement[]): string {
  const cpus = os.cpus()
  return `## Site build

Measured by \`pnpm --filter @mahjar/scripts bench:site\` (scripts/bench/bench-site.ts): \`astro build\` of
\`site/\` under GNU \`time -v\`, a cold Astro cache each time; peak memory is the largest process's
maximum resident set size. Machine: ${String(cpus.length)} × ${cpus[0]?.model.trim() ?? 'CPU'}, Node ${process.version}.
Synthetic recommendations come from scripts/bench/lib/synthetic.ts (bilingual, 1–4 sentences, every
audience and theme), added to the corpus snapshot; each one is a page in Arabic and in English.

${table(rows)}

Wall time depends on what else the shared machine runs (the load average column); CPU time
(user + system) does not. HTML pages count every page of the build: both languages of each item,
indexes, editorial pages, and the language-neutral short-link pages. For scale, the field notes
measured Astro at ≈ 18.7 s and ≈ 1.1 GB for 10,209 pages and Hugo 0.111 at ≈ 5.1 s on the same
content, on an idle machine of this kind.
`
}

function writeSection(markdown: string): void {
  writeBenchmarkSection('Site build', markdown)
  execFileSync('pnpm', ['exec', 'prettier', '--write', benchmarksFile], {
    cwd: repoRoot,
    stdio: 'ignore',
  })
}

async function main(): Promise<void> {
  const { count, write } = countAndWriteOptions()
  requireGnuTime()
  const work = mkdtempSync(path.join(os.tmpdir(), 'mahjar-bench-site-'))
  try {
    const corpus = path.join(work, 'corpus')
    await snapshotFromContent(contentDir, corpus)
    const rows = [await measureBuild('seed corpus', corpus, work)]
    process.stderr.write(`${table(rows)}\n`)
    const synthetic = path.join(work, 'synthetic')
    await addSynthetic(corpus, synthetic, count)
    rows.push(await measureBuild(`corpus + ${String(count)} synthetic`, synthetic, work))
    const markdown = section(rows)
    process.stdout.write(markdown)
    if (write) writeSection(markdown)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

runCli(import.meta.url, main)
