/**
 * The rebuild job copies a share card from the live release instead of drawing it again only
 * while everything that reaches its pixels is unchanged: the finding and report fields it shows,
 * the UI strings of its language (a corrected qualifier label, the site's name) and the template.
 * Releases are real folders built from the fixture snapshot; a stand-in for Chromium writes each
 * card's HTML where its PNG goes, so a copied card can be compared with the card drawn now.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { urls } from '@mahjar/shared/urls'
import { messages } from '@mahjar/shared/i18n'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { distPath, writeOutputFiles } from '@mahjar/publish/outputs/files'
import {
  cardHtml,
  cardPath,
  shareCardsOf,
  type CardInput,
} from '@mahjar/publish/outputs/share-card'
import { readSnapshot } from '@mahjar/publish/snapshot'
import { createRelease, type Release } from '@mahjar/publish/release/releases'
import { buildShareCardsReusing } from '@mahjar/publish/release/reuse-cards'
import { fixtureSnapshotDir, testSiteUrl } from '../../helpers/site-build.ts'

interface SnapshotFile {
  docs: Record<string, unknown>[]
}

let releasesDir: string
let live: Release | undefined

/**
 * Builds the share cards of a new release (the fixture snapshot, after `edit` of its findings)
 * over the live one, checks that no card it holds is stale, makes it live; returns the cards drawn.
 */
async function rebuild(edit?: (findings: SnapshotFile) => void): Promise<string[]> {
  const release = await createRelease(releasesDir)
  await cp(fixtureSnapshotDir, release.snapshotDir, { recursive: true })
  if (edit) {
    const file = path.join(release.snapshotDir, 'findings.json')
    const findings = JSON.parse(await readFile(file, 'utf8')) as SnapshotFile
    edit(findings)
    await writeFile(file, JSON.stringify(findings))
  }
  const drawn: string[] = []
  const draw = async (cards: readonly CardInput[], outDir: string) => {
    const files = cards.map((card) => ({ path: cardPath(card), content: cardHtml(card) }))
    await writeOutputFiles(outDir, files)
    drawn.push(...files.map((file) => file.path))
    return files.length
  }
  const built = await buildShareCardsReusing(live, release, release.siteDir, testSiteUrl, draw)
  const cards = shareCardsOf(await readSnapshot(release.snapshotDir), testSiteUrl)
  expect(built).toEqual({ drawn: drawn.length, reused: cards.length - drawn.length })
  for (const card of cards) {
    const file = await readFile(distPath(release.siteDir, cardPath(card)), 'utf8')
    expect(file, cardPath(card)).toBe(cardHtml(card))
  }
  live = release
  return drawn.sort()
}

const dictionary = messages as Record<LocaleCode, Record<string, string>>
const restores: (() => void)[] = []

/** Corrects a UI string for this test, as an edit of shared/src/i18n/<lang>.json would. */
function relabel(lang: LocaleCode, key: string, text: string): void {
  const before = dictionary[lang][key]
  expect(before, key).toBeTypeOf('string')
  dictionary[lang][key] = text
  restores.push(() => {
    dictionary[lang][key] = before as string
  })
}

async function fixtureFindings() {
  return (await readSnapshot(fixtureSnapshotDir)).findings
}

beforeEach(async () => {
  releasesDir = await mkdtemp(path.join(tmpdir(), 'mahjar-card-reuse-'))
  live = undefined
  const findings = await fixtureFindings()
  expect(await rebuild()).toHaveLength(findings.length * localeCodes.length)
})

afterEach(() => {
  for (const restore of restores.splice(0).reverse()) restore()
})

describe('a rebuild reuses the live share cards', () => {
  it('draws none when nothing changed', async () => {
    expect(await rebuild()).toEqual([])
  })

  it('redraws exactly the cards that show a corrected qualifier label, in that language', async () => {
    const shown = (await fixtureFindings()).filter((f) => f.statistic?.qualifier === 'more-than')
    expect(shown.length).toBeGreaterThan(0)
    relabel('ar', 'qualifier.more-than', 'ما يزيد على')
    // Shown on no card of the fixture: no card changes.
    relabel('en', 'qualifier.about', 'around')
    expect(await rebuild()).toEqual(shown.map((f) => urls.shareCard(f.code, 'ar')).sort())
  })

  it('redraws every card of a language when a label every card shows changes', async () => {
    const findings = await fixtureFindings()
    relabel('en', 'site.name', 'Mahjar (corrected)')
    expect(await rebuild()).toEqual(findings.map((f) => urls.shareCard(f.code, 'en')).sort())
  })

  it('redraws only the two cards of a finding whose figure changed', async () => {
    const code = 'AIE-F02'
    expect(
      await rebuild(({ docs }) => {
        const finding = docs.find((doc) => doc.code === code) as { statistic: { value: number } }
        finding.statistic.value += 1
      }),
    ).toEqual(localeCodes.map((lang) => urls.shareCard(code, lang)).sort())
  })

  it('draws none when a finding changes only where its card does not look (its order)', async () => {
    expect(
      await rebuild(({ docs }) => {
        for (const doc of docs) doc.order = Number(doc.order) + 10
      }),
    ).toEqual([])
  })
})
