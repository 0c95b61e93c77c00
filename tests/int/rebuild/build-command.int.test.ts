/**
 * How the CMS runs the site build command (cms/src/jobs/runBuildCommand.ts): its outcome is
 * known at the result line, while the command may go on in the background (the site build
 * replacing a search delta with the full index); without a result line, the exit says why.
 * Real shell commands.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { whenExportedOption } from '@mahjar/publish/handover'
import { progressLine } from '@mahjar/publish/protocol'
import { runBuildCommand } from '@mahjar/cms/jobs/runBuildCommand'
import { publishCommand } from '@mahjar/scripts/lib/engine-commands'
import { shellQuote } from '@mahjar/shared/shell'

const scratch = mkdtempSync(path.join(tmpdir(), 'mahjar-build-command-'))

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
})

const resultLine = progressLine({ kind: 'result', result: { ok: true, release: 'r1' } })

describe('the site build command as the CMS runs it', () => {
  it('is done at its result line, and what it does after goes on', async () => {
    const later = path.join(scratch, 'later')
    const started = performance.now()
    const outcome = await runBuildCommand(
      `echo ${shellQuote(resultLine)}; sleep 2; echo done > ${shellQuote(later)}`,
    )
    expect(performance.now() - started).toBeLessThan(1500)
    expect(outcome).toMatchObject({ ok: true, release: 'r1' })
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect(readFileSync(later, 'utf8')).toBe('done\n')
  })

  it('fails with how the command ended when it gives no result line', async () => {
    const outcome = await runBuildCommand('echo building; exit 3')
    expect(outcome).toMatchObject({ ok: false, error: 'build command ended with exit code 3' })
    expect(outcome.logTail).toBe('building')
  })

  it('starts before the export is complete, and goes on once told it is', async () => {
    const started = path.join(scratch, 'started')
    const told = path.join(scratch, 'told')
    let exportEnded: (ok: boolean) => void = () => undefined
    const exported = new Promise<boolean>((resolve) => {
      exportEnded = resolve
    })
    const running = runBuildCommand(
      `touch ${shellQuote(started)}; read said; echo "$said" > ${shellQuote(told)}; echo "told: $said"; echo ${shellQuote(resultLine)}`,
      exported,
    )
    // The export still runs: the command has started and waits.
    const until = Date.now() + 10_000
    while (!existsSync(started) && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 20))
    expect(existsSync(started)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(existsSync(told)).toBe(false)
    exportEnded(true)
    const outcome = await running
    expect(outcome).toMatchObject({ ok: true, release: 'r1' })
    expect(outcome.logTail).toBe('told: exported')
  })

  it('builds nothing when the export failed: the publish command ends, saying why', async () => {
    const releases = path.join(scratch, 'releases')
    const command = [
      `RELEASES_DIR=${shellQuote(releases)}`,
      ...publishCommand().map(shellQuote),
      '--snapshot',
      shellQuote(path.join(scratch, 'never-exported')),
      `--${whenExportedOption}`,
    ].join(' ')
    const outcome = await runBuildCommand(command, Promise.resolve(false))
    expect(outcome).toMatchObject({ ok: false, error: 'build command ended with exit code 1' })
    expect(outcome.logTail).toContain('the published snapshot was not exported: nothing was built')
    expect(existsSync(releases)).toBe(false)
  })
})
