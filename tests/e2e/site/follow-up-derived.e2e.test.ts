/**
 * A recommendation's status is derived, never typed: the fixture's AIE-C2 (host governments noted
 * it) is built three times with its follow-up entries changed, and every place its status shows
 * — the badge, the status pages, the report's overview table, the feed, the open data rows, the
 * citation on the page and in the downloads — follows the entries each time.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { fromHtml } from 'hast-util-from-html'
import type { Element, Root } from 'hast'
import { currentStatus, type FollowUpStatus } from '@mahjar/shared/follow-up'
import { formatDate } from '@mahjar/shared/format'
import { useTranslations } from '@mahjar/shared/i18n'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import type { Recommendation } from '@mahjar/shared/schemas/collections'
import { urls } from '@mahjar/shared/urls'
import { buildSiteFrom, fixtureSnapshotDir, removeSiteBuild } from '../../helpers/site-build.ts'
import { fileFor } from '../../helpers/site-dist.ts'

const code = 'AIE-C2'
const report = 'activism-in-exile'
const hosts = 'host-governments-and-international-actors'
const donors = 'donors-ingos-and-governments'

type Entry = Recommendation['followUp'][number]

/** An entry by the host governments, its statement marked as test data in both languages. */
const byHosts = (
  date: string,
  kind: Entry['kind'],
  status: Entry['status'],
  en: string,
): Entry => ({
  date,
  audience: hosts,
  kind,
  status,
  statement: { ar: `[بيانات اختبارية] ${en}`, en: `[Test data] ${en}` },
  sources: [],
  findings: [],
})
const noted = byHosts('2026-05-20', 'response', 'noted', 'Noted.')
const implemented = byHosts('2026-11-02', 'implementation', 'implemented', 'A law was passed.')
const reversed = byHosts('2026-11-20', 'implementation', 'reversed', 'The law was repealed.')

/** The three states AIE-C2 is built in, and the status each must show. */
const states: { name: string; entries: Entry[]; status: FollowUpStatus }[] = [
  {
    name: 'noted, then implemented by the host government',
    entries: [noted, implemented],
    status: 'implemented',
  },
  { name: 'a later reversal', entries: [noted, implemented, reversed], status: 'reversed' },
  { name: 'every entry removed', entries: [], status: 'none' },
]

const builds: { distDir: string }[] = []
afterAll(() => {
  builds.forEach(removeSiteBuild)
})

function build(entries: Entry[]): string {
  const snapshotDir = mkdtempSync(path.join(tmpdir(), 'mahjar-derived-'))
  cpSync(fixtureSnapshotDir, snapshotDir, { recursive: true })
  const file = path.join(snapshotDir, 'recommendations.json')
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as { docs: Recommendation[] }
  const target = snapshot.docs.find((doc) => doc.code === code)
  if (!target) throw new Error(`${code} is not in the fixture`)
  target.followUp = entries
  writeFileSync(file, JSON.stringify(snapshot))
  const built = buildSiteFrom(snapshotDir)
  builds.push(built)
  return built.distDir
}

function read(distDir: string, sitePath: string): string | undefined {
  const file = fileFor(distDir, sitePath) ?? path.join(distDir, sitePath)
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

function elements(tree: Root | Element, match: (el: Element) => boolean): Element[] {
  const found: Element[] = []
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (match(child)) found.push(child)
      walk(child)
    }
  }
  walk(tree)
  return found
}

function text(node: Element | Root): string {
  return node.children
    .map((child) =>
      child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '',
    )
    .join('')
}

const attr = (el: Element, name: string) => el.properties[name]

function hrefsIn(html: string): string[] {
  return elements(fromHtml(html), (el) => el.tagName === 'a').map((a) => String(attr(a, 'href')))
}

/** Every place the status of AIE-C2 shows in one language, read from the built files. */
function statusEverywhere(distDir: string, lang: LocaleCode) {
  const page = fromHtml(read(distDir, urls.recommendation(lang, code)) ?? '')
  const badge = elements(page, (el) => attr(el, 'dataFollowUpStatus') !== undefined)
  const overview = fromHtml(read(distDir, urls.followUp(lang, report)) ?? '')
  const hostRow = elements(
    overview,
    (el) => el.tagName === 'tr' && attr(el, 'dataKey') === hosts,
  ).find((row) =>
    elements(
      overview,
      (t) => t.tagName === 'table' && attr(t, 'dataFollowUpTable') === 'audience',
    ).some((table) => elements(table, (r) => r === row).length > 0),
  )
  const cells = hostRow
    ? Object.fromEntries(
        elements(hostRow, (el) => el.tagName === 'td' && attr(el, 'dataStatus') !== undefined).map(
          (cell) => [String(attr(cell, 'dataStatus')), text(cell).trim()],
        ),
      )
    : {}
  const listedUnder = (status: FollowUpStatus) =>
    hrefsIn(read(distDir, urls.recommendationsByStatus(lang, status)) ?? '').includes(
      urls.recommendation(lang, code),
    )
  return {
    badge: badge.map((el) => String(attr(el, 'dataFollowUpStatus'))),
    citation: elements(
      page,
      (el) => (attr(el, 'className') as string[] | undefined)?.includes('cite-text') ?? false,
    )
      .map(text)
      .join(' '),
    cells,
    listedUnder,
    feed: read(distDir, urls.followUpFeed(lang)) ?? '',
  }
}

describe('a recommendation whose follow-up entries change', () => {
  it.for(states)(
    'shows the derived status everywhere after $name',
    { timeout: 240_000 },
    ({ entries, status }) => {
      expect(currentStatus(entries).status).toBe(status)
      const distDir = build(entries)
      const asOf = currentStatus(entries).asOf
      for (const lang of localeCodes) {
        const t = useTranslations(lang)
        const seen = statusEverywhere(distDir, lang)
        expect(seen.badge, `${lang} badge`).toEqual([status])
        expect(seen.listedUnder(status), `${lang} status page of ${status}`).toBe(true)
        for (const other of ['noted', 'implemented', 'reversed'] as const) {
          if (other !== status)
            expect(seen.listedUnder(other), `${lang} not under ${other}`).toBe(false)
        }
        // The overview counts AIE-C2 once for host governments, in the column of its status.
        expect(Object.keys(seen.cells).length, `${lang} overview row`).toBeGreaterThan(0)
        const counted = Object.entries(seen.cells).filter(
          ([key, value]) => key === status && value !== '' && value !== '0' && value !== '٠',
        )
        expect(
          counted.length,
          `${lang} overview cell ${status}: ${JSON.stringify(seen.cells)}`,
        ).toBe(1)
        if (asOf === undefined) {
          expect(seen.citation).not.toContain(t(`followUpStatus.${status}`))
          expect(seen.feed).not.toContain(`${urls.recommendation(lang, code)}#`)
        } else {
          expect(seen.citation, `${lang} citation`).toContain(formatDate(lang, asOf))
          expect(seen.citation, `${lang} citation`).toContain(t(`followUpStatus.${status}`))
          expect(seen.feed, `${lang} feed`).toContain(
            `${urls.recommendation(lang, code)}#follow-up-${asOf}`,
          )
        }
        const download = read(distDir, urls.citationFile('recommendation', code, lang, 'csl'))
        expect(download, `${lang} CSL-JSON download`).toBeDefined()
        if (asOf !== undefined) expect(download).toContain(t(`followUpStatus.${status}`))
      }
      const rows = JSON.parse(read(distDir, urls.dataFile('recommendations', 'json')) ?? '{}') as {
        docs: { code: string; status: string; statusAsOf?: string }[]
      }
      const row = rows.docs.find((doc) => doc.code === code)
      expect(row?.status).toBe(status)
      expect(row?.statusAsOf).toBe(asOf)
      const followUp = JSON.parse(read(distDir, urls.followUpData('json')) ?? '{}') as {
        docs: { recommendation: string }[]
      }
      expect(followUp.docs.filter((entry) => entry.recommendation === code)).toHaveLength(
        entries.length,
      )
      // The other audience of AIE-C2 has no entry: donors see no status of its own.
      expect(currentStatus(entries, donors).status).toBe('none')
    },
  )
})
