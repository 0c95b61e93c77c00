/**
 * A publish's build in the warm engine (warm-engine-process.ts), a process kept between
 * publishes (a warm process: warm-process.ts), started when none answers. The publish command
 * (`build-site.ts --snapshot`) starts for every publish; loading the engine took 0.45 s of it
 * and ran its code cold (hand runs on the seed corpus, 6 December 2026: 0.57–0.64 s from its
 * start to its first line). Here it loads only this file, and the engine's code, its parsed
 * snapshots and the JIT's work stay loaded from one publish to the next.
 *
 * One engine per environment: it is named by the whole environment, the folder and Node's own
 * arguments of the command, with the engine's code and the installed packages, so it builds
 * exactly as the command would; a change to any of them starts another, and the old one ends
 * when idle.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { repoRoot } from '../paths.ts'
import { sourcesState } from './source-fingerprint.ts'
import { askWarmProcess, stopWarmProcesses, type WarmProcess } from './warm-process.ts'

/**
 * A publish: the release built from `snapshot` and made live (`RELEASES_DIR` as the env says);
 * or a warm-up (`warmUpEngine`).
 */
export type EnginePublish = { readonly snapshot: string } | { readonly warmUp: true }

/** How it ended: the build's result line (`protocol.ts`), or why there is none. */
export interface EngineEnd {
  readonly ok: boolean
  readonly activated: boolean
  readonly resultLine?: string
  readonly error?: string
}

const processFile = fileURLToPath(new URL('./warm-engine-process.ts', import.meta.url))
const enginesFolder = path.join(repoRoot, 'node_modules', '.cache', 'warm-engine')
/** What the engine runs: its code and what it imports. */
const engineCode = ['publish/src', 'publish/package.json', 'shared/src', 'shared/package.json']
/** The same, absolute, with the lockfile (warm-process-server.ts `code`: an engine gone stale). */
export const engineCodeFiles = [...engineCode, 'pnpm-lock.yaml'].map((file) =>
  path.join(repoRoot, file),
)

function warmEngine(): WarmProcess {
  const key = createHash('sha256')
    .update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')))
    .update(sourcesState(engineCode).fingerprint)
    .update(
      JSON.stringify([
        process.cwd(),
        process.execPath,
        process.version,
        process.execArgv,
        Object.entries(process.env).sort(([a], [b]) => a.localeCompare(b)),
      ]),
    )
    .digest('hex')
    .slice(0, 16)
  const name = path.join(enginesFolder, `engine-${key}`)
  return {
    name,
    args: [...process.execArgv, processFile, `${name}.sock`],
    cwd: process.cwd(),
    env: process.env,
  }
}

/**
 * Whether the publish command asks the warm engine (`PUBLISH_ENGINE`, env.ts). Read here without
 * env.ts: loading its schemas took 90 ms, a sixth of what the warm engine saves.
 */
export function warmEngineWanted(): boolean {
  return (process.env.PUBLISH_ENGINE ?? 'warm') === 'warm'
}

/**
 * Builds and makes live the release of `snapshot` in the warm engine, its lines to `output`;
 * 'unavailable' when no engine could take it (busy with another publish, not answering, ended
 * before its end answer, which carries the result line): the caller then builds itself.
 */
export async function publishInWarmEngine(
  snapshot: string,
  output: (text: string) => void,
): Promise<EngineEnd | 'unavailable'> {
  const request: EnginePublish = { snapshot: path.resolve(snapshot) }
  const end = await askWarmProcess<EngineEnd>(warmEngine(), request, output)
  return end === 'lost' ? 'unavailable' : end
}

/**
 * Starts the warm engine, if none runs, and has it warm up: it builds the live release's snapshot
 * again, not made live, and removes that build, keeping what a publish reuses (the parsed
 * snapshot, every document's outputs, the warm Astro's renderer and content). Answered when done;
 * a publish asked for meanwhile is taken and waits for it in the engine. The first publish after
 * a start made all of that first: at 10,000 recommendations 8.2-11.8 s against 4-8 s for the
 * next (docs/benchmarks.md). The CMS asks for it when it starts (`PUBLISH_WARM_UP`), with the
 * command and environment of its publishes: this engine is theirs.
 */
export async function warmUpEngine(
  output: (text: string) => void,
): Promise<EngineEnd | 'unavailable'> {
  const end = await askWarmProcess<EngineEnd>(warmEngine(), { warmUp: true }, output)
  return end === 'lost' ? 'unavailable' : end
}

/** Ends this checkout's idle warm engines (`pnpm start` stopping, the tests' end). */
export async function stopWarmEngines(): Promise<void> {
  await stopWarmProcesses(enginesFolder, /^engine-\w+\.sock$/)
}
