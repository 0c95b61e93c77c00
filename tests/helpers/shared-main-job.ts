/**
 * Where the run's shared main job is recorded: the admin-journey files share one
 * (e2e/admin/journey-bench.ts), and it ends with the run (helpers/run-temp-dir.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { stopProcessGroup } from '../e2e/main/main-job.ts'

export const sharedJobFile = () =>
  path.join(process.env.MAHJAR_TEST_RUN_TMPDIR ?? tmpdir(), 'journey-main-job.json')

/** Ends the shared main job, if a file started one. */
export async function stopSharedJob(): Promise<void> {
  const file = sharedJobFile()
  if (!existsSync(file)) return
  const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number }
  await stopProcessGroup(pid)
}
