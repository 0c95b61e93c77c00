/**
 * `pnpm seed [-- --dry-run] [--synthetic N] [--random-seed S]`: validates content/, then upserts
 * it into the CMS database (DATABASE_URI, default the CMS's SQLite file), published. Progress on
 * stderr; a summary on stdout. Bad content writes nothing.
 */
import { parseArgs } from 'node:util'
import { bootPayload } from '@mahjar/cms/boot'
import { totals, type SeedReport } from './lib/seed/seed-content.ts'
import { seedFromContent } from './lib/seed/seed-from-content.ts'
import { formatTiming } from './lib/seed/timing.ts'
import { env } from './lib/env.ts'
import { cliArgs, runCli, UsageError, wholeNumberOption } from './lib/cli.ts'

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      synthetic: { type: 'string', default: '0' },
      'random-seed': { type: 'string', default: '1' },
    },
    strict: true,
  })
  const synthetic = wholeNumberOption('synthetic', values.synthetic, 0)
  const seed = Number(values['random-seed'])
  if (!Number.isInteger(seed))
    throw new UsageError(`--random-seed takes an integer, not "${values['random-seed']}"`)
  return { dryRun: values['dry-run'], synthetic, seed }
}

function cpuMs(usage: NodeJS.CpuUsage): number {
  return Math.round((usage.user + usage.system) / 1000)
}

export function formatReport(report: SeedReport, dryRun: boolean): string {
  const verb = dryRun ? 'would be ' : ''
  const lines = Object.entries(report).map(
    ([collection, t]) =>
      `  ${collection.padEnd(18)} ${t.created} ${verb}created, ${t.updated} ${verb}updated, ${t.unchanged} unchanged` +
      (t.untouched > 0 ? `, ${t.untouched} in the CMS only (left as they are)` : ''),
  )
  const all = totals(report)
  return [
    ...lines,
    `seed${dryRun ? ' (dry run, nothing written)' : ''}: ${all.created} ${verb}created, ${all.updated} ${verb}updated, ${all.unchanged} unchanged`,
  ].join('\n')
}

runCli(import.meta.url, async () => {
  const options = parseOptions(cliArgs())
  const started = performance.now()
  let validated = started
  let booted = started
  let cpuAtBoot = process.cpuUsage()
  const report = await seedFromContent(
    env.CONTENT_DIR,
    async () => {
      const cms = await bootPayload()
      booted = performance.now()
      cpuAtBoot = process.cpuUsage()
      process.stderr.write(`CMS ready (${Math.round(booted - validated)} ms)\n`)
      return cms
    },
    {
      dryRun: options.dryRun,
      synthetic: options.synthetic,
      randomSeed: options.seed,
      onValidated: (count) => {
        validated = performance.now()
        const ms = Math.round(validated - started)
        process.stderr.write(`content valid: ${count} documents (${ms} ms); starting the CMS…\n`)
      },
      onProgress: ({ collection, done, total }) => {
        process.stderr.write(`  ${collection}: ${done}/${total}\n`)
      },
    },
  )
  const seeded = performance.now()
  process.stdout.write(`${formatReport(report, options.dryRun)}\n`)
  const ms = (from: number, to: number) => Math.round(to - from)
  process.stderr.write(
    `${formatTiming({
      validateMs: ms(started, validated),
      bootMs: ms(validated, booted),
      seedMs: ms(booted, seeded),
      seedCpuMs: cpuMs(process.cpuUsage(cpuAtBoot)),
      totalMs: ms(started, seeded),
    })}\n`,
  )
  process.exit(0)
})
