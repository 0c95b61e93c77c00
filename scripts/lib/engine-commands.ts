/**
 * The engine's commands, as the CMS runs them (set by `pnpm start`) and as the tests run them:
 * - `publishCommand`: `build-site.ts --snapshot <dir>`, started for every publish
 *   (`SITE_BUILD_COMMAND`). Node strips its TypeScript itself, with its compile cache
 *   (lib/compile-cache.mjs), instead of tsx: its start-up costs about half the CPU
 *   (docs/benchmarks.md, "The publish command without tsx"). So the code it loads is erasable
 *   TypeScript (`erasableSyntaxOnly` in tsconfig.base.json) with explicit file extensions.
 * - `bootingBuildCommand` (the first release, which exports the snapshot itself) and
 *   `previewCommand` (`SITE_PREVIEW_COMMAND`) boot Payload, so they stay on tsx: Payload writes
 *   its migrations' index without file extensions, which Node does not resolve.
 */
import path from 'node:path'
import { repoRoot } from '@mahjar/publish/paths'

const scriptsDir = path.join(repoRoot, 'scripts')
const tsxLoader = import.meta.resolve('tsx')

const script = (name: string) => path.join(scriptsDir, name)

/** `node build-site.ts` with the compile cache: give it `--snapshot <dir>`. */
export function publishCommand(): string[] {
  return [process.execPath, '--import', script('lib/compile-cache.mjs'), script('build-site.ts')]
}

/** `build-site.ts` that boots Payload and exports the published snapshot itself. */
export function bootingBuildCommand(): string[] {
  return [process.execPath, '--import', tsxLoader, script('build-site.ts')]
}

/** The private preview of one document's draft. */
export function previewCommand(): string[] {
  return [process.execPath, '--import', tsxLoader, script('build-preview.ts')]
}
