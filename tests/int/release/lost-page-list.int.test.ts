/**
 * A live release of this site code whose page list is lost (deleted, damaged): the next publish
 * renders every page (incremental/partial-pages.ts `pagesBase`), from nothing, although step 1
 * took the live site's ready copy. The permalink check believes the new page list
 * (outputs/permalink-check.ts `builtFiles`), so a page lost between the copy and Astro's build
 * would go live unnoticed: every page must be there. The publish command as the CMS runs it, in
 * its own process, on the seed corpus.
 */
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { publishCommand } from '@mahjar/scripts/lib/engine-commands'
import { fromRoot } from '../../helpers/paths.ts'
import { testSiteUrl, writeCorpusSnapshot } from '../../helpers/site-build.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-lost-page-list-'))
const releasesDir = path.join(dir, 'releases')
const corpus = writeCorpusSnapshot(path.join(dir, 'corpus'))

/** The publish command in its own process (no warm engine); its exit code and output. */
function publish(snapshot: string): Promise<{ code: number | null; output: string }> {
  const [command = process.execPath, ...args] = publishCommand()
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args, '--snapshot', snapshot], {
      cwd: fromRoot('scripts'),
      env: {
        ...process.env,
        RELEASES_DIR: releasesDir,
        PAGES_DIR: fromRoot('content', 'pages'),
        SITE_URL: testSiteUrl,
        PUBLISH_ENGINE: 'fresh',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      resolve({ code, output })
    })
  })
}

/** Every file of the live site, relative to it, but the search index's (named by their bytes). */
function liveFiles(): string[] {
  const site = path.join(releasesDir, 'current', 'site')
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith(`pagefind${path.sep}`))
    .sort()
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('a live release whose page list is lost', () => {
  it('is followed by a release with every page, built from nothing beside its ready copy', async () => {
    const first = await publish(corpus)
    expect(first.code, first.output).toBe(0)
    const before = liveFiles()
    expect(before.length).toBeGreaterThan(400)
    rmSync(path.join(releasesDir, 'current', 'pages.json'))

    // The same documents but one recommendation's English text: the same files.
    const edited = path.join(dir, 'edited')
    cpSync(corpus, edited, { recursive: true })
    const file = path.join(edited, 'recommendations.json')
    const data = JSON.parse(readFileSync(file, 'utf8')) as { docs: { text: { en: string } }[] }
    const [recommendation] = data.docs
    if (!recommendation) throw new Error('the corpus has no recommendation')
    recommendation.text.en = 'Edited after the page list was lost'
    writeFileSync(file, JSON.stringify(data))

    const next = await publish(edited)
    expect(next.code, next.output).toBe(0)
    // The case under test: the ready copy taken, then every page rendered.
    expect(next.output).toMatch(/from its ready copy/)
    expect(next.output).toMatch(/all pages: the live release has no page list/)
    expect(liveFiles()).toEqual(before)
  }, 240_000)
})
