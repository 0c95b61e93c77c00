/**
 * `pnpm --filter @mahjar/scripts run search:index`: builds the Pagefind index of the published
 * snapshot into the built site (`site/dist/pagefind/`), one index per language, after the Astro
 * build. Usage: build-search-index.ts [--out <dir>] [--mode normalised|default]
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { cliArgs, runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'
import { repoRoot } from '@mahjar/publish/paths'
import { indexSnapshot, type IndexMode } from '@mahjar/publish/outputs/search-index'

export const defaultSearchIndexDir = path.join(repoRoot, 'site', 'dist', 'pagefind')

function parseMode(value: string | undefined): IndexMode {
  if (value === undefined || value === 'normalised' || value === 'default') {
    return value ?? 'normalised'
  }
  throw new Error(`--mode must be "normalised" or "default", not "${value}"`)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: { out: { type: 'string' }, mode: { type: 'string' } },
  })
  const started = performance.now()
  const outputPath = path.resolve(values.out ?? defaultSearchIndexDir)
  const records = await indexSnapshot(env.SNAPSHOT_DIR, outputPath, parseMode(values.mode))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  process.stdout.write(
    `search index: ${String(records.length)} records (ar + en) written to ${outputPath} in ${seconds} s\n`,
  )
}

runCli(import.meta.url, main)
