/**
 * `pnpm --filter @mahjar/scripts run search:index`: builds the Pagefind index of the published
 * snapshot into the built site (`site/dist/pagefind/`), one index per language, after the Astro
 * build. Usage: build-search-index.ts [--out <dir>] [--mode normalised|default]
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { cliArgs, runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'
import { repoRoot } from './lib/paths.ts'
import { readSnapshot } from './lib/read-snapshot.ts'
import { searchRecords } from './lib/search/records.ts'
import { closeSearchIndexer, writeSearchIndex, type IndexMode } from './lib/search/write-index.ts'

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
  const snapshot = await readSnapshot(env.SNAPSHOT_DIR)
  const records = searchRecords(snapshot)
  try {
    const result = await writeSearchIndex(
      records,
      path.resolve(values.out ?? defaultSearchIndexDir),
      parseMode(values.mode),
    )
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    process.stdout.write(
      `search index: ${result.records} records (ar + en) written to ${result.outputPath} in ${seconds} s\n`,
    )
  } finally {
    await closeSearchIndexer()
  }
}

runCli(import.meta.url, main)
