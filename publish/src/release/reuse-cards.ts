/**
 * Share cards are the slowest build step (Chromium draws two PNGs per finding). Each card has a
 * key, the hash of everything that reaches its pixels (`cardKey`: its HTML, so the finding and
 * report fields, UI strings and numbers it shows, with the template's CSS, fitting script and
 * fonts). A release records its cards' keys in `<release>/share-cards.json`; a card whose key the
 * live release recorded is copied from it instead of drawn again. A corrected label (a qualifier,
 * the site's name) thus redraws exactly the cards that show it; an unchanged release draws none.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import {
  cardKey,
  cardLook,
  cardPath,
  drawShareCards,
  shareCardsOf,
  type CardInput,
} from '../outputs/share-card.ts'
import { distPath } from '../outputs/files.ts'
import { readSnapshot } from '../snapshot.ts'
import type { Release } from './releases.ts'
import { recordedKeys } from './reused-outputs.ts'

/** Card path (`/cards/findings/<code>.<lang>.png`) → key of the card drawn there. */
export const cardKeysFile = (release: Release) => path.join(release.dir, 'share-cards.json')

/** Copies a card of `from` into `outDir`; false when `from` lacks it (it is then drawn). */
async function copied(from: Release, outDir: string, file: string): Promise<boolean> {
  try {
    const target = distPath(outDir, file)
    await mkdir(path.dirname(target), { recursive: true })
    await copyFile(distPath(from.siteDir, file), target)
    return true
  } catch {
    return false
  }
}

export interface CardsBuilt {
  readonly drawn: number
  readonly reused: number
}

/**
 * Puts every share card of `next` into `outDir` (its site, or a folder merged into it): copied
 * from `previous` when the key is unchanged, else drawn with `draw`. Records `next`'s keys.
 */
export async function buildShareCardsReusing(
  previous: Release | undefined,
  next: Release,
  outDir: string,
  siteUrl: string,
  draw: (cards: readonly CardInput[], outDir: string) => Promise<number> = drawShareCards,
): Promise<CardsBuilt> {
  const cards = shareCardsOf(await readSnapshot(next.snapshotDir), siteUrl)
  const look = await cardLook()
  const keys = Object.fromEntries(cards.map((card) => [cardPath(card), cardKey(card, look)]))
  const before = previous ? await recordedKeys(cardKeysFile(previous)) : {}
  const toDraw: CardInput[] = []
  for (const card of cards) {
    const file = cardPath(card)
    const same = previous !== undefined && before[file] === keys[file]
    if (!same || !(await copied(previous, outDir, file))) toDraw.push(card)
  }
  const drawn = await draw(toDraw, outDir)
  await writeFile(cardKeysFile(next), JSON.stringify(keys))
  return { drawn, reused: cards.length - toDraw.length }
}
