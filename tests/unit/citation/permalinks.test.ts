/**
 * The permalink guard against the committed manifest (content/permalinks.json): a published
 * finding removed without a redirect fails the check with the URLs named; a redirect, written as a
 * renamed code, keeps them; `--update` only ever adds. Redirects the CMS left when an editor
 * renamed a published slug reach the check through the snapshot's `redirects.json`.
 */
import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { distPath } from '@mahjar/publish/outputs/files'
import { checkPermalinksOf } from '@mahjar/publish/outputs/permalink-check'
import { readManifest } from '@mahjar/publish/outputs/permalinks'
import { fromRoot } from '../../helpers/paths.ts'
import { keyFindingCodes } from '../../helpers/constants.ts'
import { publishedSnapshot, siteUrl } from './published-snapshot.ts'

const removed = keyFindingCodes.leftBecauseOfRepression
const kept = keyFindingCodes.returnThreatensLife

interface Setup {
  snapshotDir: string
  manifestFile: string
  redirectsFile: string
}

/** A copy of the snapshot without one finding, and a copy of the committed manifest. */
async function withoutFinding(code: string): Promise<Setup> {
  const { dir } = await publishedSnapshot()
  const file = path.join(dir, 'findings.json')
  const data = JSON.parse(await readFile(file, 'utf8')) as { docs: { code: string }[] }
  data.docs = data.docs.filter((d) => d.code !== code)
  await writeFile(file, JSON.stringify(data))
  const work = await mkdtemp(path.join(tmpdir(), 'mahjar-permalinks-'))
  const manifestFile = path.join(work, 'permalinks.json')
  await copyFile(fromRoot('content', 'permalinks.json'), manifestFile)
  return { snapshotDir: dir, manifestFile, redirectsFile: path.join(work, 'redirects.yaml') }
}

/** The check of the snapshot in `dir` against the committed manifest and redirects. */
function committedSetup(dir: string) {
  return {
    snapshotDir: dir,
    manifestFile: fromRoot('content', 'permalinks.json'),
    redirectsFile: fromRoot('content', 'redirects.yaml'),
    siteUrl,
  }
}

describe('permalink check', () => {
  let committed: Set<string>
  beforeAll(async () => {
    committed = new Set((await readManifest(fromRoot('content', 'permalinks.json'))).urls)
  })

  it('passes on the committed content with every manifest URL still published', async () => {
    const { dir } = await publishedSnapshot()
    const result = await checkPermalinksOf(committedSetup(dir))
    expect(result.urls).toBeGreaterThan(100)
    expect(committed.has('/ar/findings/aie-f04/')).toBe(true)
    expect(committed.has('/f/aie-f04/')).toBe(true)
  })

  it('fails, naming the URL, when a published page is missing from the built site', async () => {
    const { dir } = await publishedSnapshot()
    const setup = committedSetup(dir)
    const { served } = await checkPermalinksOf(setup)
    const distDir = await mkdtemp(path.join(tmpdir(), 'mahjar-built-'))
    const lost = `/ar/findings/${kept.toLowerCase()}/`
    expect(served).toContain(lost)
    for (const url of served.filter((url) => url !== lost)) {
      const file = distPath(distDir, url)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, '<!doctype html>')
    }
    await expect(checkPermalinksOf({ ...setup, distDir })).rejects.toThrow(
      new RegExp(`\\n1 published URL\\(s\\) are missing from the built site[\\s\\S]*${lost}`),
    )
    await mkdir(path.dirname(distPath(distDir, lost)), { recursive: true })
    await writeFile(distPath(distDir, lost), '<!doctype html>')
    expect((await checkPermalinksOf({ ...setup, distDir })).urls).toBe(served.length)
    await rm(distDir, { recursive: true, force: true })
  })

  it('still looks up, and names, a missing page the build did not say it wrote', async () => {
    const { dir } = await publishedSnapshot()
    const setup = committedSetup(dir)
    const { served } = await checkPermalinksOf(setup)
    const distDir = await mkdtemp(path.join(tmpdir(), 'mahjar-built-'))
    const lost = `/en/findings/${kept.toLowerCase()}/`
    // The build says it wrote every page but one; that one is not in the folder either.
    const built = new Set(served.filter((url) => url !== lost).map((url) => distPath(distDir, url)))
    await expect(checkPermalinksOf({ ...setup, distDir, builtFiles: built })).rejects.toThrow(
      new RegExp(`\\n1 published URL\\(s\\) are missing from the built site[\\s\\S]*${lost}`),
    )
    await mkdir(path.dirname(distPath(distDir, lost)), { recursive: true })
    await writeFile(distPath(distDir, lost), '<!doctype html>')
    expect((await checkPermalinksOf({ ...setup, distDir, builtFiles: built })).urls).toBe(
      served.length,
    )
    await rm(distDir, { recursive: true, force: true })
  })

  it('fails, naming the Arabic, English and short URLs, when a published finding is removed without a redirect', async () => {
    const setup = await withoutFinding(removed)
    await expect(checkPermalinksOf({ ...setup, siteUrl })).rejects.toThrow(
      /would disappear without a redirect[\s\S]*\/ar\/findings\/aie-f04\/\n {2}\/en\/findings\/aie-f04\/\n {2}\/f\/aie-f04\//,
    )
  })

  it('makes the check-permalinks build step exit non-zero with the missing URLs on stderr', async () => {
    const { snapshotDir } = await withoutFinding(removed)
    const outcome = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        'pnpm',
        ['--filter', '@mahjar/scripts', 'run', 'check:permalinks'],
        { cwd: fromRoot(), env: { ...process.env, SNAPSHOT_DIR: snapshotDir } },
        (error, _stdout, stderr) => {
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr })
        },
      )
    })
    expect(outcome.code).not.toBe(0)
    expect(outcome.stderr).toContain('Permalink check failed')
    expect(outcome.stderr).toContain('  /ar/findings/aie-f04/')
    expect(outcome.stderr).toContain('  /en/findings/aie-f04/')
    expect(outcome.stderr).not.toMatch(/\bat checkPermalinksOf\b/)
  }, 60_000)

  it('passes when the removed finding leaves a redirect to another code, in both languages', async () => {
    const setup = await withoutFinding(removed)
    await writeFile(
      setup.redirectsFile,
      `- { collection: findings, from: ${removed}, to: ${kept} }\n`,
    )
    const result = await checkPermalinksOf({ ...setup, siteUrl })
    expect(result.redirects).toBe(3)
  })

  it('fails when a redirect leads to no published page', async () => {
    const setup = await withoutFinding(removed)
    await writeFile(
      setup.redirectsFile,
      `- { from: /ar/findings/aie-f04/, to: /ar/findings/aie-f404/ }\n`,
    )
    await expect(checkPermalinksOf({ ...setup, siteUrl })).rejects.toThrow(
      'Redirect /ar/findings/aie-f04/ → /ar/findings/aie-f404/ leads to no published page',
    )
  })

  it('names the file and line of an invalid redirect', async () => {
    const setup = await withoutFinding(removed)
    await writeFile(
      setup.redirectsFile,
      `- { from: /ar/findings/aie-f04/, to: /ar/x/ }\n- { from: ar/findings/aie-f04, to: /ar/findings/aie-f05/ }\n`,
    )
    await expect(checkPermalinksOf({ ...setup, siteUrl })).rejects.toThrow(/redirects\.yaml:2/)
  })

  it('adds new URLs with update and never removes one', async () => {
    const setup = await withoutFinding(removed)
    await writeFile(
      setup.manifestFile,
      JSON.stringify({ description: '', urls: ['/en/findings/aie-f04/'] }),
    )
    await writeFile(
      setup.redirectsFile,
      `- { collection: findings, from: ${removed}, to: ${kept} }\n`,
    )
    const result = await checkPermalinksOf({ ...setup, siteUrl, update: true })
    const after = new Set((await readManifest(setup.manifestFile)).urls)
    expect(after.has('/en/findings/aie-f04/')).toBe(true)
    expect(after.has('/ar/findings/aie-f05/')).toBe(true)
    expect(after.size).toBe(result.added.length + 1)
  })

  it('passes when an editor renamed a published practice and the CMS exported its redirects', async () => {
    const { dir } = await publishedSnapshot()
    const practices = JSON.parse(await readFile(path.join(dir, 'practices.json'), 'utf8')) as {
      docs: { slug: string }[]
    }
    const practice = practices.docs[0]
    if (!practice) throw new Error('the content has no practice')
    const oldSlug = practice.slug
    practice.slug = `${oldSlug}-renamed`
    await writeFile(path.join(dir, 'practices.json'), JSON.stringify(practices))
    const setup = committedSetup(dir)
    // Without the CMS's redirects the old URLs would disappear (what failed every later build).
    await expect(checkPermalinksOf(setup)).rejects.toThrow(
      new RegExp(`would disappear without a redirect[\\s\\S]*/ar/practices/${oldSlug}/`),
    )
    const redirects = JSON.parse(await readFile(path.join(dir, 'redirects.json'), 'utf8')) as {
      docs: { from: string; to: string }[]
    }
    redirects.docs = ['ar', 'en'].map((lang) => ({
      from: `/${lang}/practices/${oldSlug}/`,
      to: `/${lang}/practices/${practice.slug}/`,
    }))
    await writeFile(path.join(dir, 'redirects.json'), JSON.stringify(redirects))
    const result = await checkPermalinksOf(setup)
    // The committed YAML holds no entries: the two are the CMS's.
    expect(result.redirects).toBe(2)
  })

  it("fails loudly, naming the file, when the snapshot's redirects are missing or invalid", async () => {
    const { dir } = await publishedSnapshot()
    const setup = committedSetup(dir)
    const file = path.join(dir, 'redirects.json')
    const valid = await readFile(file, 'utf8')
    await writeFile(
      file,
      valid.replace('"docs": []', '"docs": [{ "from": "/ar/x/", "to": "javascript:alert(1)" }]'),
    )
    await expect(checkPermalinksOf(setup)).rejects.toThrow(/Invalid redirects in .*redirects\.json/)
    await rm(file)
    await expect(checkPermalinksOf(setup)).rejects.toThrow(
      /Cannot read the snapshot's redirects .*redirects\.json/,
    )
  })

  it('holds every URL of the CMS’s permalink registry: a URL first published from the admin is promised too', async () => {
    const { dir } = await publishedSnapshot()
    const setup = committedSetup(dir)
    const file = path.join(dir, 'permalinks.json')
    const registry = JSON.parse(await readFile(file, 'utf8')) as { docs: unknown[] }
    // Published from the admin once, not in the committed manifest, no longer in the snapshot.
    registry.docs = [
      { path: '/ar/findings/aie-f77/', firstPublishedAt: '2026-11-30T10:00:00.000Z' },
      { path: '/f/aie-f77/', firstPublishedAt: '2026-11-30T10:00:00.000Z' },
    ]
    await writeFile(file, JSON.stringify(registry))
    await expect(checkPermalinksOf(setup)).rejects.toThrow(
      /2 published URL\(s\) would disappear[\s\S]*\/ar\/findings\/aie-f77\/[\s\S]*\/f\/aie-f77\/[\s\S]*unpublish it with a public reason/,
    )
  })

  it('refuses to go live, naming the file, when the permalink registry is missing or unreadable', async () => {
    const { dir } = await publishedSnapshot()
    const setup = committedSetup(dir)
    const file = path.join(dir, 'permalinks.json')
    await writeFile(file, '{ "schemaVersion": 1, "collection": "permalinks", "docs": [')
    await expect(checkPermalinksOf(setup)).rejects.toThrow(
      /Cannot read the snapshot's permalinks .*permalinks\.json/,
    )
    await rm(file)
    await expect(checkPermalinksOf(setup)).rejects.toThrow(
      /Cannot read the snapshot's permalinks .*permalinks\.json/,
    )
  })
})
