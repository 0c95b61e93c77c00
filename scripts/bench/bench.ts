/**
 * `pnpm bench <name> [args…]` runs `bench-<name>.ts` (e.g. `pnpm bench seed`,
 * `pnpm bench search`); without a name it lists the benchmarks.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cliArgs } from '../lib/cli.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const available = readdirSync(here)
  .map((file) => /^bench-(.+)\.ts$/.exec(file)?.[1])
  .filter((name): name is string => name !== undefined)
  .sort()

const [name, ...args] = cliArgs()
if (name === undefined || !available.includes(name)) {
  process.stderr.write(
    `${name === undefined ? 'which benchmark?' : `no benchmark "${name}"`} Available: ${available.join(', ')}\n` +
      'usage: pnpm bench <name> [args…]\n',
  )
  process.exit(name === undefined ? 0 : 1)
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', path.join(here, `bench-${name}.ts`), ...args],
  {
    stdio: 'inherit',
  },
)
process.exit(result.status ?? 1)
