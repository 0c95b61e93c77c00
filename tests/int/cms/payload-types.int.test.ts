/**
 * `cms/src/payload-types.ts` is what Payload generates from the config now: Payload no longer
 * regenerates it at every boot (`typescript.autoGenerate: false`), so a collection changed without
 * `pnpm --filter @mahjar/cms generate:types` fails here instead of drifting silently.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, expect, it } from 'vitest'
import { fromRoot } from '../../helpers/paths.ts'

const cmsDir = fromRoot('cms')
const work = mkdtempSync(path.join(tmpdir(), 'mahjar-types-'))
afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

it('the committed payload-types.ts is what generate:types writes from the config', async () => {
  const output = path.join(work, 'payload-types.ts')
  await promisify(execFile)(
    process.execPath,
    [path.join(cmsDir, 'node_modules', 'payload', 'bin.js'), 'generate:types'],
    {
      cwd: cmsDir,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: work,
        NODE_ENV: 'test',
        PAYLOAD_TS_OUTPUT_PATH: output,
      },
      timeout: 120_000,
    },
  )
  const committed = readFileSync(path.join(cmsDir, 'src', 'payload-types.ts'), 'utf8')
  expect(
    readFileSync(output, 'utf8') === committed,
    'run: pnpm --filter @mahjar/cms generate:types',
  ).toBe(true)
}, 150_000)
