/**
 * Share cards are the slowest build step (Chromium draws two PNGs per finding). A card depends
 * only on its finding and that finding's report: when both are unchanged since the live
 * release's snapshot, the live card is copied instead of drawn again.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { shareCardPath } from '@mahjar/shared/citation'
import { localeCodes } from '@mahjar/shared/locales'
import type { Release } from './releases.ts'

interface KeyedDoc {
  readonly code?: unknown
  readonly slug?: unknown
  readonly report?: unknown
}

async function docsOf(snapshotDir: string, name: string): Promise<KeyedDoc[]> {
  const text = await readFile(path.join(snapshotDir, `${name}.json`), 'utf8').catch(() => undefined)
  if (text === undefined) return []
  return (JSON.parse(text) as { docs?: KeyedDoc[] }).docs ?? []
}

/** Finding code → JSON of the finding and its report: what a card is drawn from. */
async function cardSources(snapshotDir: string): Promise<Map<string, string>> {
  const reports = new Map(
    (await docsOf(snapshotDir, 'reports')).map((r) => [String(r.slug), JSON.stringify(r)]),
  )
  return new Map(
    (await docsOf(snapshotDir, 'findings')).map((f) => [
      String(f.code),
      JSON.stringify(f) + (reports.get(String(f.report)) ?? ''),
    ]),
  )
}

/**
 * Copies the cards of unchanged findings from `previous` into `outDir` (the new release's
 * site, or a folder merged into it); returns the codes whose cards still need drawing.
 */
export async function reuseShareCards(
  previous: Release | undefined,
  next: Release,
  outDir: string,
): Promise<Set<string>> {
  const now = await cardSources(next.snapshotDir)
  const toDraw = new Set(now.keys())
  if (!previous) return toDraw
  const before = await cardSources(previous.snapshotDir)
  for (const [code, source] of now) {
    if (before.get(code) !== source) continue
    try {
      for (const lang of localeCodes) {
        const file = shareCardPath(code, lang)
        const target = path.join(outDir, file)
        await mkdir(path.dirname(target), { recursive: true })
        await copyFile(path.join(previous.siteDir, file), target)
      }
      toDraw.delete(code)
    } catch {
      // The live release lacks this card: draw it.
    }
  }
  return toDraw
}
