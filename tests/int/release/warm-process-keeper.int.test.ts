/**
 * A warm process kept by the process that runs the product (`PUBLISH_KEEP_WARM_WHILE`, set by
 * `pnpm start`: warm-process-server.ts `keeperOf`) outlives its idle time while its keeper runs
 * and ends once the keeper has gone; one without a keeper ends when idle. Real processes: a warm
 * process server (the engine's and the warm Astro's, with a short idle time) and a keeper.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isRunning } from '@mahjar/publish/release/consolidate-search'
import { fromRoot } from '../../helpers/paths.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-keeper-'))
const serverFile = fromRoot('publish/src/release/warm-process-server.ts')
const idleMs = 300
const started: ChildProcess[] = []

/** A warm process server idle after `idleMs`, kept by the environment's keeper if it names one. */
function warmProcess(name: string, keeper?: number): ChildProcess {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '--eval',
      `import { keeperOf, serveWarm } from ${JSON.stringify(serverFile)}
serveWarm({
  socketPath: ${JSON.stringify(path.join(dir, `${name}.sock`))},
  idleMs: ${String(idleMs)},
  keptWhile: keeperOf(process.env),
  handle: async () => 'stay',
})`,
    ],
    {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        ...(keeper === undefined ? {} : { PUBLISH_KEEP_WARM_WHILE: String(keeper) }),
      },
      stdio: 'inherit',
    },
  )
  started.push(child)
  return child
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode)
    else child.once('exit', resolve)
  })

const sleep = (ms: number) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms)
  })

afterAll(() => {
  for (const child of started) child.kill('SIGKILL')
})

describe('a warm process and its keeper', () => {
  it('ends when idle without a keeper', async () => {
    const unkept = warmProcess('unkept')
    const ended = await Promise.race([exited(unkept), sleep(10 * idleMs).then(() => 'running')])
    expect(ended).toBe(0)
  })

  it('stays past its idle time while its keeper runs, and ends once the keeper has gone', async () => {
    const keeper = spawn('sleep', ['600'])
    started.push(keeper)
    const kept = warmProcess('kept', keeper.pid)
    await sleep(10 * idleMs)
    expect(kept.exitCode).toBeNull()
    expect(isRunning(kept.pid ?? 0)).toBe(true)
    keeper.kill('SIGKILL')
    await exited(keeper)
    const ended = await Promise.race([exited(kept), sleep(10 * idleMs).then(() => 'running')])
    expect(ended).toBe(0)
  })
})
