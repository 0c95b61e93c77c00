/**
 * The search page over a search delta (publish/src/outputs/search-delta.ts), in real Chromium,
 * both locales: the corpus site's index built in full as a live release's, then a publish that
 * rewrites one recommendation and withdraws another goes live with a delta over it. Words no
 * record holds are planted in both, so that what a full index would find is known. A reader finds
 * the new text, never the old text or the withdrawn item, and each item once.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { urls } from '@mahjar/shared/urls'
import { searchRecords, type SearchRecord } from '@mahjar/publish/outputs/search-records'
import { releaseAt } from '@mahjar/publish/release/releases'
import { buildSearchIndex } from '@mahjar/publish/release/search-index-step'
import { readSnapshot } from '@mahjar/publish/snapshot'
import { serveBuiltSite, type ServedSite } from '../../helpers/served-site.ts'
import { settledSearch } from '../../helpers/search-page.ts'

/** Words no record of the corpus holds, by language: planted in the live index, then published. */
const plantedWords = {
  old: { ar: 'عنبرية', en: 'ambergrisly' },
  withdrawn: { ar: 'لازوردية', en: 'lapislazuline' },
  new: { ar: 'زعفرانية', en: 'saffronwise' },
} satisfies Record<string, Record<LocaleCode, string>>

let served: ServedSite | undefined
let scratch: string
let said = ''
/** By language: the rewritten recommendation, a word only its old text held, the withdrawn one. */
const cases = new Map<LocaleCode, { rewritten: string; title: string; withdrawn: string }>()

const isRecommendation = (r: SearchRecord) => r.meta.type === 'recommendation'

beforeAll(async () => {
  scratch = mkdtempSync(path.join(tmpdir(), 'mahjar-search-delta-'))
  served = await serveBuiltSite('corpus', async (built) => {
    const corpus = searchRecords(await readSnapshot(built.snapshotDir))
    const keys = [...new Set(corpus.filter(isRecommendation).map((r) => r.meta.key))]
    const [rewrittenKey, withdrawnKey] = keys
    const is = (r: SearchRecord, key: string | undefined) =>
      isRecommendation(r) && r.meta.key === key
    // First in the text, so that the excerpt a result shows holds it.
    const plant = (r: SearchRecord, words: Record<LocaleCode, string>) => {
      const word = words[r.language]
      return {
        ...r,
        content: `${word} ${r.content}`,
        meta: { ...r.meta, text: `${word} ${r.meta.text}` },
      }
    }
    const records = corpus.map((r) =>
      is(r, rewrittenKey)
        ? plant(r, plantedWords.old)
        : is(r, withdrawnKey)
          ? plant(r, plantedWords.withdrawn)
          : r,
    )
    const live = releaseAt(scratch, 'live')
    const next = releaseAt(scratch, 'next')
    mkdirSync(next.dir, { recursive: true })
    await buildSearchIndex({
      records,
      outDir: live.siteDir,
      next: live,
      previous: undefined,
      delta: true,
    })
    for (const lang of localeCodes) {
      const of = (key: string | undefined) => records.find((r) => is(r, key) && r.language === lang)
      const rewritten = of(rewrittenKey)
      const withdrawn = of(withdrawnKey)
      if (!rewritten || !withdrawn) throw new Error(`No recommendations to change in ${lang}`)
      cases.set(lang, {
        rewritten: rewritten.url,
        title: rewritten.meta.title,
        withdrawn: withdrawn.url,
      })
    }
    const published = records
      .filter((r) => !is(r, withdrawnKey))
      .map((r) =>
        is(r, rewrittenKey)
          ? plant(
              { ...r, content: r.meta.title, meta: { ...r.meta, text: r.meta.title } },
              plantedWords.new,
            )
          : r,
      )
    said = await buildSearchIndex({
      records: published,
      outDir: built.distDir,
      next,
      previous: live,
      delta: true,
    })
  })
}, 600_000)

afterAll(async () => {
  await served?.close()
  rmSync(scratch, { recursive: true, force: true })
})

async function search(lang: LocaleCode, query: string): Promise<{ page: Page; links: string[] }> {
  if (!served) throw new Error('no site')
  const page = await served.browser.newPage()
  await page.goto(`${served.server.origin}${urls.search(lang, query)}`)
  await settledSearch(page)
  const links = await page.$$eval('#search-results a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  )
  return { page, links }
}

describe('the search page over a delta', () => {
  it('is served a delta, not a full index', () => {
    expect(said).toMatch(/a delta of 2 over the live release's 1 bundle, 4 of their pages hidden/)
  })

  it.each(localeCodes)('in %s, finds the rewritten item by its new text, once', async (lang) => {
    const { page, links } = await search(lang, plantedWords.new[lang])
    expect(links).toEqual([cases.get(lang)?.rewritten])
    await page.close()
  })

  it.each(localeCodes)('in %s, never shows the item as it was', async (lang) => {
    const { page } = await search(lang, plantedWords.old[lang])
    // Its old page in the live index holds the word; Pagefind may still match the new page on a
    // shorter word (Arabic «عن» for «عنبرية»), as a full index of the new text would.
    expect(await page.textContent('#search-results')).not.toContain(plantedWords.old[lang])
    await page.close()
  })

  it.each(localeCodes)('in %s, finds the rewritten item by its title once', async (lang) => {
    const { title = '', rewritten } = cases.get(lang) ?? {}
    const { page, links } = await search(lang, title)
    expect(links.filter((link) => link === rewritten)).toHaveLength(1)
    await page.close()
  })

  it.each(localeCodes)('in %s, never shows the withdrawn item', async (lang) => {
    const { withdrawn } = cases.get(lang) ?? {}
    const { page, links } = await search(lang, plantedWords.withdrawn[lang])
    expect(links).not.toContain(withdrawn)
    expect(await page.textContent('#search-results')).not.toContain(plantedWords.withdrawn[lang])
    await page.close()
  })
})
