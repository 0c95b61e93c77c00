/**
 * Vitest global setup: one temporary folder per test run. Every throwaway database, snapshot,
 * site build work folder and Chromium profile the tests create goes under `os.tmpdir()`; pointing
 * TMPDIR at this run's folder (before any worker starts, so workers and their children inherit
 * it) lets one `rm` at the end of the run remove them all, instead of each test cleaning its own.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export default function setup(): () => void {
  const runDir = mkdtempSync(path.join(tmpdir(), 'mahjar-test-run-'))
  process.env.TMPDIR = runDir
  return () => {
    rmSync(runDir, { recursive: true, force: true })
  }
}
