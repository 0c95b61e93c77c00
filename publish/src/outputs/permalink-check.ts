/**
 * The permalink check of a release: every URL ever promised (the committed seed manifest and the
 * CMS's registry in the snapshot) is served or redirected, every published URL exists in the
 * built site; then the redirect pages, `_redirects` and the nginx map are written into it.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { readSnapshot } from '../snapshot.ts'
import { repoRoot } from '../paths.ts'
import { distPath, writeOutputFiles } from './files.ts'
import {
  checkPermalinks,
  describeProblems,
  mergeRedirects,
  PermalinkError,
  publicUrls,
  readManifest,
  readRedirects,
  readSnapshotPermalinks,
  readSnapshotRedirects,
  readSnapshotWithdrawals,
  updatedManifest,
  withdrawnUrls,
  writeManifest,
} from './permalinks.ts'
import { redirectOutputs } from './redirect-pages.ts'

export interface CheckPermalinksOptions {
  readonly snapshotDir: string
  readonly manifestFile: string
  readonly redirectsFile: string
  readonly siteUrl: string
  readonly update?: boolean
  /** The built site to check and complete with redirects. */
  readonly distDir?: string | undefined
  /**
   * Files of `distDir` its build says it holds (a release's page list: each page rendered into
   * it, linked or kept from the live release, or the build failed), not looked up again (30,000
   * lookups, 0.2 s of each publish at 10,000 recommendations); every other URL is.
   */
  readonly builtFiles?: ReadonlySet<string>
}

export interface CheckPermalinksResult {
  readonly urls: number
  /** The public URLs of this build: what the permalink registry records when it goes live. */
  readonly served: readonly string[]
  readonly redirects: number
  readonly added: readonly string[]
}

/**
 * The URLs whose file the built site lacks: those of `built` (files the build says it wrote) are
 * not looked up again. One synchronous check after another: nothing else runs in this step, and
 * at 10,000 recommendations (30,329 URLs) awaiting each took 0.9-1.0 s against 0.1 s (hand
 * benchmark on a release of that size).
 */
function missingFromDist(
  distDir: string,
  urls: Iterable<string>,
  built: ReadonlySet<string>,
): string[] {
  return [...urls]
    .filter((url) => {
      const file = distPath(distDir, url)
      return !built.has(file) && !existsSync(file)
    })
    .sort()
}

/** What the check finds from the snapshot alone, before the built site is looked at. */
export interface PermalinkReport {
  readonly current: ReadonlySet<string>
  readonly redirects: Awaited<ReturnType<typeof readRedirects>>
  readonly seed: Awaited<ReturnType<typeof readManifest>>
  readonly report: ReturnType<typeof checkPermalinks>
  readonly problems: readonly string[]
}

/**
 * The snapshot's half of the check: every URL promised against the published ones and the
 * redirects. A release's build begins it beside the pages (at 10,000 recommendations 0.2 s of
 * reading and checking, which the swap waited for after Astro: hand timings, 7 December 2026).
 */
export async function permalinkReport(
  options: Pick<CheckPermalinksOptions, 'snapshotDir' | 'manifestFile' | 'redirectsFile'>,
): Promise<PermalinkReport> {
  const snapshot = await readSnapshot(options.snapshotDir)
  const current = new Set([
    ...publicUrls(snapshot),
    ...withdrawnUrls(await readSnapshotWithdrawals(options.snapshotDir)),
  ])
  const redirects = mergeRedirects(
    await readRedirects(options.redirectsFile),
    await readSnapshotRedirects(options.snapshotDir),
  )
  const seed = await readManifest(options.manifestFile)
  const registry = await readSnapshotPermalinks(options.snapshotDir)
  const manifest = { ...seed, urls: [...new Set([...seed.urls, ...registry.map((p) => p.path)])] }
  const report = checkPermalinks(manifest, current, redirects)
  const manifestName = path.relative(repoRoot, options.manifestFile)
  return { current, redirects, seed, report, problems: describeProblems(report, manifestName) }
}

/** `report`: the snapshot's half, when begun already (`permalinkReport` of the same options). */
export async function checkPermalinksOf(
  options: CheckPermalinksOptions,
  report: Promise<PermalinkReport> = permalinkReport(options),
): Promise<CheckPermalinksResult> {
  const { current, redirects, seed, report: checked, problems: found } = await report
  const problems = [...found]
  if (options.distDir) {
    const unbuilt = missingFromDist(options.distDir, current, options.builtFiles ?? new Set())
    if (unbuilt.length > 0) {
      problems.push(
        `${unbuilt.length} published URL(s) are missing from the built site ${options.distDir}:`,
        ...unbuilt.map((url) => `  ${url}`),
      )
    }
  }
  if (problems.length > 0)
    throw new PermalinkError(`Permalink check failed:\n${problems.join('\n')}`)
  if (options.distDir)
    await writeOutputFiles(options.distDir, redirectOutputs(redirects, options.siteUrl))
  if (options.update && checked.added.length > 0) {
    await writeManifest(options.manifestFile, updatedManifest(seed, checked))
  }
  return {
    urls: current.size,
    served: [...current],
    redirects: redirects.length,
    added: checked.added,
  }
}
