/**
 * The lock test files hold so that they never run at the same moment (helpers/exclusive.ts):
 * real lock folders in a throwaway folder, a real process that has ended for a stale holder.
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { holdExclusive } from '../helpers/exclusive.ts'

const folder = mkdtempSync(path.join(tmpdir(), 'mahjar-exclusive-'))
let locks = 0

/** A lock name no other test here uses, and its folder. */
function newLock(): { name: string; lock: string } {
  locks += 1
  const name = `lock-${String(locks)}`
  return { name, lock: path.join(folder, `${name}.lock`) }
}

/** A lock folder left by process `pid`, or by none. */
function leftLock(lock: string, pid?: number): void {
  mkdirSync(lock)
  if (pid !== undefined) writeFileSync(path.join(lock, 'owner'), String(pid))
}

const ownerOf = (lock: string) => Number(readFileSync(path.join(lock, 'owner'), 'utf8'))

/** Whether `promise` has settled after `ms`. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false
  promise.then(
    () => {
      settled = true
    },
    () => {
      settled = true
    },
  )
  await new Promise((resolve) => {
    setTimeout(resolve, ms)
  })
  return settled
}

describe('an exclusive lock', () => {
  it('keeps a second holder waiting until the first releases it, then gives it to the second', async () => {
    const { name, lock } = newLock()
    const releaseFirst = await holdExclusive(name, { folder, pollMs: 20 })
    expect(ownerOf(lock)).toBe(process.pid)

    const second = holdExclusive(name, { folder, pollMs: 20 }).then((release) => ({
      release,
      heldAt: Date.now(),
    }))
    expect(await settledWithin(second, 500)).toBe(false)

    const releasedAt = Date.now()
    releaseFirst()
    const { release, heldAt } = await second
    expect(heldAt).toBeGreaterThanOrEqual(releasedAt)
    expect(ownerOf(lock)).toBe(process.pid)
    release()
    expect(existsSync(lock)).toBe(false)
  })

  it('takes over a lock whose holder is no longer running (a killed run)', async () => {
    const { name, lock } = newLock()
    const ended = spawnSync(process.execPath, ['--eval', 'console.log(process.pid)'], {
      encoding: 'utf8',
    })
    const deadPid = Number(ended.stdout.trim())
    expect(deadPid).toBeGreaterThan(0)
    leftLock(lock, deadPid)

    const release = await holdExclusive(name, { folder, pollMs: 20, timeoutMs: 5_000 })
    expect(ownerOf(lock)).toBe(process.pid)
    release()
  })

  it('waits for a holder that still runs, and says which when it gives up', async () => {
    const { name, lock } = newLock()
    // The process that started this test run's worker runs as long as the test does.
    leftLock(lock, process.ppid)

    await expect(holdExclusive(name, { folder, pollMs: 20, timeoutMs: 500 })).rejects.toThrow(
      `still held by process ${String(process.ppid)}`,
    )
    expect(ownerOf(lock)).toBe(process.ppid)
  })

  it('takes over a lock left without a holder long ago, not one being taken now', async () => {
    const fresh = newLock()
    leftLock(fresh.lock)
    await expect(holdExclusive(fresh.name, { folder, pollMs: 20, timeoutMs: 300 })).rejects.toThrow(
      /still held/,
    )

    const old = newLock()
    leftLock(old.lock)
    const minuteAgo = new Date(Date.now() - 60_000)
    utimesSync(old.lock, minuteAgo, minuteAgo)
    const release = await holdExclusive(old.name, { folder, pollMs: 20, timeoutMs: 5_000 })
    expect(ownerOf(old.lock)).toBe(process.pid)
    release()
  })

  it('leaves alone, when released, a lock another process has taken over meanwhile', async () => {
    const { name, lock } = newLock()
    const release = await holdExclusive(name, { folder })
    writeFileSync(path.join(lock, 'owner'), String(process.ppid))
    release()
    expect(ownerOf(lock)).toBe(process.ppid)
  })
})
