/**
 * How the engine's publish command is run: `build-site.ts --snapshot <dir>`, which the CMS's
 * rebuild job starts for every publish (`SITE_BUILD_COMMAND`, set by `pnpm start`) and the tests
 * run as it does. Node strips its TypeScript itself, with its compile cache
 * (lib/compile-cache.mjs), instead of tsx: loading the engine's modules took 1.1–1.45 s of CPU
 * through tsx, 0.95–1.1 s stripped by Node and 0.65–0.7 s from the compile cache (6 December
 * 2026, five runs each way on a loaded machine). So the code it loads is erasable TypeScript
 * (`erasableSyntaxOnly` in tsconfig.base.json) with explicit file extensions.
 *
 * The commands that boot Payload (build-site.ts without `--snapshot`, as `pnpm start` runs it for
 * the first release; build-preview.ts) stay on tsx: Payload writes its migrations' index without
 * file extensions, which Node does not resolve.
 */
import path from 'node:path'
import { repoRoot } from '@mahjar/publish/paths'

const scriptsDir = path.join(repoRoot, 'scripts')

/** `node build-site.ts` with the compile cache: give it `--snapshot <dir>`. */
export function publishCommand(): string[] {
  return [
    process.execPath,
    '--import',
    path.join(scriptsDir, 'lib', 'compile-cache.mjs'),
    path.join(scriptsDir, 'build-site.ts'),
  ]
}
