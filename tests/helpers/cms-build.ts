/**
 * The CMS's production build (`cms/.next`) for every test that serves the admin: built once, by
 * the rule `pnpm start` uses (scripts/lib/start/cms-build.ts: a fingerprint of the sources), when
 * it is not current. It is the e2e project's global setup, so the build happens once before any
 * e2e file starts rather than inside the first file's hooks (which then needed a 5-minute hook
 * timeout), and never while a file is serving the CMS from `.next`.
 */
import { spawnSync } from 'node:child_process'
import {
  cmsBuildIsCurrent,
  cmsDir,
  cmsSources,
  recordCmsBuild,
} from '@mahjar/scripts/lib/start/cms-build'

export function ensureCmsBuild(): void {
  const sources = cmsSources()
  if (cmsBuildIsCurrent(sources)) return
  const result = spawnSync('pnpm', ['run', 'build'], { cwd: cmsDir, stdio: 'inherit' })
  if (result.status !== 0)
    throw new Error(`next build of the CMS failed (exit ${String(result.status)})`)
  recordCmsBuild(sources.fingerprint)
}

export default ensureCmsBuild
