/**
 * Vitest global setup: one temporary folder per test run. Every throwaway database, snapshot,
 * site build work folder and Chromium profile the tests create goes under `os.tmpdir()`; pointing
 * TMPDIR at this run's folder (before any worker starts, so workers and their children inherit
 * it) lets one `rm` at the end of the run remove them all, instead of each test cleaning its own.
 *
 * Each project inherits the root's global setup, so this runs once per project: only the first
 * call makes the folder. Its path stays short, because tools put Unix sockets in TMPDIR (tsx's
 * IPC pipe) and a socket path may not exceed 107 bytes. The main job the admin-journey files
 * shared lives in it too, and is ended first; so is the warm Astro of the checkout.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stopWarmAstro } from '@mahjar/publish/release/warm-astro'
import { stopWarmEngines } from '@mahjar/publish/release/warm-engine'
import { stopSharedJob } from './shared-main-job.ts'

const marker = 'MAHJAR_TEST_RUN_TMPDIR'

export default function setup(): () => Promise<void> {
  if (process.env[marker]) return () => Promise.resolve()
  const runDir = mkdtempSync(path.join(tmpdir(), 'mahjar-test-run-'))
  process.env[marker] = runDir
  process.env.TMPDIR = runDir
  return async () => {
    await stopSharedJob()
    // The warm Astro and engines the run's builds started would otherwise wait out their idle
    // minutes.
    await Promise.all([stopWarmAstro(), stopWarmEngines()])
    rmSync(runDir, { recursive: true, force: true })
  }
}
