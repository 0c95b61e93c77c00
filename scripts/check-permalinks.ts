/**
 * Permalink guard, run after the site build.
 *   tsx check-permalinks.ts            fails, naming the URLs, when a URL of the committed
 *                                      manifest is neither built nor redirected
 *   tsx check-permalinks.ts --update   also appends the newly published URLs to the manifest
 *                                      (never removes one); commit the manifest afterwards
 *   tsx check-permalinks.ts --dist     also checks that every public URL exists in the built site
 *                                      (SITE_DIST_DIR) and writes the redirect pages, `_redirects`
 *                                      and the nginx map into it
 * Promised URLs: content/permalinks.json (the seed) and the snapshot's permalinks.json (the CMS's
 * registry of every URL a live release served; a missing or unreadable one fails the check); redirects: the snapshot's redirects.json (the CMS's) and
 * content/redirects.yaml. A withdrawn item's URLs (the snapshot's withdrawals.json) are served by
 * its withdrawal notice, so they count as published.
 */
import { access } from 'node:fs/promises'
import path from 'node:path'
import { distPath, writeOutputFiles } from './lib/citation/files.ts'
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
} from './lib/citation/permalinks.ts'
import { redirectOutputs } from './lib/citation/redirect-pages.ts'
import { readSnapshot } from './lib/read-snapshot.ts'
import { runCli } from './lib/cli.ts'
import { env } from './lib/env.ts'
import { contentDir, repoRoot } from './lib/paths.ts'

export interface CheckPermalinksOptions {
  readonly snapshotDir: string
  readonly manifestFile: string
  readonly redirectsFile: string
  readonly siteUrl: string
  readonly update?: boolean
  /** The built site to check and complete with redirects. */
  readonly distDir?: string | undefined
}

export interface CheckPermalinksResult {
  readonly urls: number
  /** The public URLs of this build: what the permalink registry records when it goes live. */
  readonly served: readonly string[]
  readonly redirects: number
  readonly added: readonly string[]
}

async function missingFromDist(distDir: string, urls: Iterable<string>): Promise<string[]> {
  const missing: string[] = []
  for (const url of urls) {
    await access(distPath(distDir, url)).catch(() => missing.push(url))
  }
  return missing.sort()
}

export async function checkPermalinksOf(
  options: CheckPermalinksOptions,
): Promise<CheckPermalinksResult> {
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
  const problems = describeProblems(report, manifestName)
  if (options.distDir) {
    const unbuilt = await missingFromDist(options.distDir, current)
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
  if (options.update && report.added.length > 0) {
    await writeManifest(options.manifestFile, updatedManifest(seed, report))
  }
  return {
    urls: current.size,
    served: [...current],
    redirects: redirects.length,
    added: report.added,
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const result = await checkPermalinksOf({
    snapshotDir: env.SNAPSHOT_DIR,
    manifestFile: path.join(contentDir, 'permalinks.json'),
    redirectsFile: path.join(contentDir, 'redirects.yaml'),
    siteUrl: env.SITE_URL,
    update: args.includes('--update'),
    distDir: args.includes('--dist') ? env.SITE_DIST_DIR : undefined,
  })
  const added = result.added.length
  process.stderr.write(
    `permalinks: ${result.urls} public URLs, ${result.redirects} redirects; ${
      added === 0
        ? 'manifest up to date'
        : args.includes('--update')
          ? `${added} new URLs added to the manifest`
          : `${added} new URLs not yet in the manifest (run with --update and commit it)`
    }\n`,
  )
}

runCli(import.meta.url, () =>
  main().catch((error: unknown) => {
    // An expected failure: its message names the URLs; a stack would only hide them.
    if (!(error instanceof PermalinkError)) throw error
    process.stderr.write(`${error.message}\n`)
    process.exitCode = 1
  }),
)
