/**
 * The logs of `pnpm start`'s children are size-capped: a child that floods its output (as the
 * CMS does, ≈ 2 KB per failed login) rotates `cms.log` into `cms.log.1`, `.2`, … and the oldest
 * generation beyond the cap is dropped, so the logs never hold more than (keep + 1) × cap. The
 * child is a real process started the way `pnpm start` starts the CMS (scripts/lib/start).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { startChild } from '@mahjar/scripts/lib/start/child'

const cap = 64 * 1024
const keep = 2

describe('log rotation of the children of pnpm start', () => {
  it('rotates a log that passes its cap, keeps two generations and drops older ones, in Arabic and English lines alike', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-logs-'))
    const logFile = path.join(dir, 'cms.log')
    // ≈ 1 MB of "failed login" lines, half of them Arabic: 16 times the cap.
    const flood = `for (let i = 0; i < 8000; i++) console.log(i % 2 ? 'Failed login for editor-' + i + '@mahjar.test: wrong password' : 'فشل تسجيل الدخول رقم ' + i + ' لحساب محرر')`
    const child = startChild({
      command: process.execPath,
      args: ['-e', flood],
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'test' },
      logFile,
      logCap: { maxBytes: cap, keep },
      umask: 0o077,
    })
    expect(await child.exited).toBe(0)
    const files = readdirSync(dir).sort()
    expect(files).toEqual(['cms.log', 'cms.log.1', 'cms.log.2'])
    for (const file of files) {
      const info = statSync(path.join(dir, file))
      // A pipe chunk is at most 64 KiB: a generation ends before the chunk that would pass it.
      expect(info.size, file).toBeLessThanOrEqual(cap)
      expect(info.mode & 0o077, file).toBe(0)
    }
    expect(existsSync(`${logFile}.3`)).toBe(false)
    // The newest lines are in the live file, the ones before them in .1.
    expect(readFileSync(logFile, 'utf8')).toContain('Failed login for editor-7999@mahjar.test')
    expect(readFileSync(`${logFile}.1`, 'utf8')).toMatch(/فشل تسجيل الدخول رقم \d+/)
  })
})
