/**
 * A live release of this site code whose page list is lost (deleted, damaged): the next publish
 * renders every page (incremental/partial-pages.ts `pagesBase`), from nothing, although step 1
 * took the live site's ready copy. The permalink check believes the new page list
 * (outputs/permalink-check.ts `builtFiles`), so a page lost between the copy and Astro's build
 * would go live unnoticed: every page must be there. The publish command as the CMS runs it
 * (helpers/release-build.ts), in its own process, on the seed corpus.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { filesUnder, liveSiteDir, runBuildSite } from '../../helpers/release-build.ts'
import { writeCorpusSnapshot } from '../../helpers/site-build.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'mahjar-lost-page-list-'))
const releasesDir = path.join(dir, 'releases')
const corpus = writeCorpusSnapshot(path.join(dir, 'corpus'))

/** The publish command in its own process (no warm engine); its output. */
const publish = (snapshot: string) =>
  runBuildSite(snapshot, releasesDir, { PUBLISH_ENGINE: 'fresh' })

/** Every file of the live site but the search index's (named by their bytes). */
const liveFiles = () =>
  filesUnder(liveSiteDir(releasesDir)).filter((file) => !file.startsWith(`pagefind${path.sep}`))

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('a live release whose page list is lost', () => {
  it('is followed by a release with every page, built from nothing beside its ready copy', async () => {
    await publish(corpus)
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

    const output = await publish(edited)
    // The case under test: the ready copy taken, then every page rendered.
    expect(output).toMatch(/from its ready copy/)
    expect(output).toMatch(/all pages: the live release has no page list/)
    expect(liveFiles()).toEqual(before)
  }, 240_000)
})
