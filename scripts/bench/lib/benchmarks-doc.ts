/**
 * docs/benchmarks.md, written section by section by the bench scripts: a section runs from its
 * `## <heading>` line to the next `## ` line; the others are left alone. And the median the
 * scripts report.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { repoRoot } from '@mahjar/publish/paths'
import { cliArgs, wholeNumberOption } from '../../lib/cli.ts'

export const benchmarksFile = path.join(repoRoot, 'docs', 'benchmarks.md')

/** Replaces the section that starts with `## <heading>` by `markdown`, or appends it. */
export function writeBenchmarkSection(heading: string, markdown: string): void {
  const current = existsSync(benchmarksFile)
    ? readFileSync(benchmarksFile, 'utf8')
    : '# Benchmarks\n'
  const start = current.indexOf(`## ${heading}`)
  let next: string
  if (start === -1) next = `${current.trimEnd()}\n\n${markdown}`
  else {
    const after = current.indexOf('\n## ', start + 1)
    next = `${current.slice(0, start)}${markdown}${after === -1 ? '' : `\n${current.slice(after + 1)}`}`
  }
  writeFileSync(benchmarksFile, next)
}

/** The middle value of a benchmark's runs (the upper middle of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** The value below which `p` percent of `values` fall (nearest rank): p95 of 20 runs is the 19th. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

/** The options of a benchmark over a number of items: `--count N` (default 10,000) and `--write`. */
export function countAndWriteOptions(): { count: number; write: boolean } {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      count: { type: 'string', default: '10000' },
      write: { type: 'boolean', default: false },
    },
  })
  return { count: wholeNumberOption('count', values.count, 1), write: values.write }
}
