/**
 * How long a warm process lives (warm-process-server.ts): one without a keeper ends when idle; one
 * kept by the process that runs the product (`PUBLISH_KEEP_WARM_WHILE`, set by `pnpm start`, in
 * its environment or in a request's) outlives its idle time while a keeper runs, and ends once
 * none does; one whose code changed ends when idle, kept or not. Real processes: a warm process
 * server with a short idle time, a keeper, a request over its socket.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { askWarmProcess } from '@mahjar/publish/release/warm-process'
import { fromRoot } from '../../helpers/paths.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-keeper-'))
const serverFile = fromRoot('publish/src/release/warm-process-server.ts')
const idleMs = 300
const started: ChildProcess[] = []

/**
 * A warm process server idle after `idleMs`, whose code is `code`, kept by `keeper` (in its
 * environment) if given, and by the keeper a request carries; it answers each request at once.
 */
function warmProcess(name: string, code: string, keeper?: number): ChildProcess {
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
  keeperIn: (request) => keeperOf(request.env),
  code: [${JSON.stringify(code)}],
  handle: async (_request, answer) => {
    answer({ kind: 'end' })
    return 'stay'
  },
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

/** A file standing for a warm process's code. */
function codeFile(name: string): string {
  const file = path.join(dir, `${name}.code`)
  writeFileSync(file, 'the code\n')
  return file
}

function keeperProcess(): ChildProcess {
  const keeper = spawn('sleep', ['600'])
  started.push(keeper)
  return keeper
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

/** Its exit code if it ends within ten idle times, else 'running'. */
const endWithin = (child: ChildProcess) =>
  Promise.race([exited(child), sleep(10 * idleMs).then(() => 'running')])

afterAll(() => {
  for (const child of started) child.kill('SIGKILL')
})

describe('how long a warm process lives', () => {
  it('ends when idle without a keeper', async () => {
    expect(await endWithin(warmProcess('unkept', codeFile('unkept')))).toBe(0)
  })

  it('stays past its idle time while its keeper runs, and ends once the keeper has gone', async () => {
    const keeper = keeperProcess()
    const kept = warmProcess('kept', codeFile('kept'), keeper.pid)
    await sleep(10 * idleMs)
    expect(kept.exitCode).toBeNull()
    keeper.kill('SIGKILL')
    await exited(keeper)
    expect(await endWithin(kept)).toBe(0)
  })

  it('is kept by the keeper a request carries (the warm Astro, shared by every build)', async () => {
    const keeper = keeperProcess()
    const name = 'kept-by-request'
    const warm = warmProcess(name, codeFile(name))
    const end = await askWarmProcess(
      { name: path.join(dir, name), args: [], cwd: dir, env: { NODE_ENV: 'test' } },
      { env: { PUBLISH_KEEP_WARM_WHILE: String(keeper.pid) } },
      () => undefined,
    )
    expect(end).toEqual({ kind: 'end' })
    await sleep(10 * idleMs)
    expect(warm.exitCode).toBeNull()
    keeper.kill('SIGKILL')
    expect(await endWithin(warm)).toBe(0)
  })

  it('ends when idle once its code has changed, kept or not', async () => {
    const keeper = keeperProcess()
    const code = codeFile('stale')
    const kept = warmProcess('stale', code, keeper.pid)
    await sleep(5 * idleMs)
    expect(kept.exitCode).toBeNull()
    writeFileSync(code, 'the code, edited\n')
    expect(await endWithin(kept)).toBe(0)
  })
})
