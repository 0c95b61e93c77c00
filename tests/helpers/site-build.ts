/**
 * Builds the static site into a temporary directory, from a snapshot: the real corpus (written
 * by `snapshot:content` from content/) when that script exists, else the hand-made fixture in
 * tests/fixtures/snapshot. Its own Astro cache keeps it apart from other builds.
 */
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fromRoot } from './paths.ts'

export type SnapshotSource = 'corpus' | 'fixture'

export interface BuiltSite {
  source: SnapshotSource
  snapshotDir: string
  distDir: string
  buildMs: number
}

export const fixtureSnapshotDir = fromRoot('tests', 'fixtures', 'snapshot')
export const fixturePagesDir = fromRoot('tests', 'fixtures', 'pages')
const snapshotScript = fromRoot('scripts', 'snapshot-from-content.ts')

const buildsDir = fromRoot('site', '.builds')

function run(command: string, args: string[], cwd: string, env: Record<string, string>): void {
  execFileSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  })
}

/** The site URL every test build uses, so canonical links are predictable. */
export const testSiteUrl = 'https://mahjar.example'
/** The CMS the test builds' forms post to (a submission's form action, the CSP's form-action). */
export const testCmsUrl = 'https://cms.mahjar.example'

/**
 * The site built from `preferred` once per test run (the same snapshot and code build the same
 * site: 7 test files ask for the corpus, 3 for the fixture), kept under the run's temporary
 * folder; each caller gets a copy of its output of its own, free to add files to or remove.
 * The snapshot is shared: read it, never write it.
 */
export function buildSite(preferred: SnapshotSource): BuiltSite {
  const cacheDir = path.join(tmpdir(), `mahjar-site-${preferred}`)
  const manifest = path.join(cacheDir, 'built.json')
  if (!existsSync(manifest)) {
    const staging = mkdtempSync(path.join(tmpdir(), `mahjar-site-${preferred}-`))
    const built = freshBuild(preferred, staging)
    cpSync(built.distDir, path.join(staging, 'dist'), { recursive: true })
    removeSiteBuild(built)
    const snapshotDir = path.relative(staging, built.snapshotDir).startsWith('..')
      ? built.snapshotDir
      : path.join(cacheDir, path.relative(staging, built.snapshotDir))
    writeFileSync(
      path.join(staging, 'built.json'),
      JSON.stringify({ ...built, snapshotDir, distDir: path.join(cacheDir, 'dist') }),
    )
    try {
      renameSync(staging, cacheDir)
    } catch {
      // Another file of the run cached the same build first: theirs is as good.
      rmSync(staging, { recursive: true, force: true })
    }
  }
  const cached = JSON.parse(readFileSync(manifest, 'utf8')) as BuiltSite
  mkdirSync(buildsDir, { recursive: true })
  const distDir = path.join(mkdtempSync(path.join(buildsDir, 'run-')), 'dist')
  cpSync(cached.distDir, distDir, { recursive: true })
  return { ...cached, distDir }
}

/** The seed corpus (content/) as a published snapshot in `dir`, by `snapshot:content`. */
export function writeCorpusSnapshot(dir: string): string {
  run('pnpm', ['--filter', '@mahjar/scripts', 'run', 'snapshot:content'], fromRoot(), {
    SNAPSHOT_DIR: dir,
  })
  return dir
}

function freshBuild(preferred: SnapshotSource, work: string): BuiltSite {
  let source: SnapshotSource = 'fixture'
  let snapshotDir = fixtureSnapshotDir
  let pagesDir = fixturePagesDir
  if (preferred === 'corpus' && existsSync(snapshotScript)) {
    snapshotDir = writeCorpusSnapshot(path.join(work, 'snapshot'))
    source = 'corpus'
    pagesDir = fromRoot('content', 'pages')
  }
  return { source, ...buildSiteFrom(snapshotDir, pagesDir, work) }
}

/**
 * Builds the site from a given snapshot directory, with the open data and citation files the
 * pages link to; a failed build throws with its output.
 */
export function buildSiteFrom(
  snapshotDir: string,
  pagesDir = fixturePagesDir,
  work = mkdtempSync(path.join(tmpdir(), 'mahjar-site-')),
): Omit<BuiltSite, 'source'> {
  // Astro keeps its intermediate files (.prerender/) beside an outDir inside site/, else in the
  // shared site/.astro/: each build gets its own outDir under site/.builds/, so parallel builds
  // never share them and the prerendered chunks still resolve site/node_modules.
  mkdirSync(buildsDir, { recursive: true })
  const distDir = path.join(mkdtempSync(path.join(buildsDir, 'run-')), 'dist')
  const started = performance.now()
  try {
    run('pnpm', ['exec', 'astro', 'build', '--outDir', distDir], fromRoot('site'), {
      SNAPSHOT_DIR: snapshotDir,
      PAGES_DIR: pagesDir,
      SITE_CACHE_DIR: path.join(work, 'cache'),
      SITE_URL: testSiteUrl,
      CMS_PUBLIC_URL: testCmsUrl,
    })
    // Post-build step the pages link to: open data (/data/) and citation downloads (/cite/).
    run('pnpm', ['--filter', '@mahjar/scripts', 'run', 'build:open-data'], fromRoot(), {
      SNAPSHOT_DIR: snapshotDir,
      SITE_DIST_DIR: distDir,
      SITE_URL: testSiteUrl,
    })
  } catch (error) {
    rmSync(path.dirname(distDir), { recursive: true, force: true })
    const output = error as { stdout?: Buffer; stderr?: Buffer }
    throw new Error(
      `Site build failed:\n${String(output.stdout ?? '')}\n${String(output.stderr ?? '')}`,
    )
  }
  return { snapshotDir, distDir, buildMs: performance.now() - started }
}

/** Removes a build's output (it lives under site/.builds/). */
export function removeSiteBuild(site: Pick<BuiltSite, 'distDir'>): void {
  rmSync(path.dirname(site.distDir), { recursive: true, force: true })
}
