/**
 * Which pages a publish changes: the dependency rules of an incremental build. Given the
 * snapshot live now and the one to publish, the routes to render again in full and the single
 * pages to render again; or a full build, with the reason, when the change reaches too far
 * (themes, audiences, reports, countries, withdrawals, …). Pages that appear or disappear need
 * no rule: the build compares the two releases' page lists (see partial-pages.ts).
 *
 * A route is named as Astro's prerenderer names it, by its component: `src/pages/[lang]/findings/[code].astro`.
 * A page is named by its pathname as Astro gives it: `/ar/findings/aie-f01/`.
 *
 * The rules read the site's pages (site/src/pages, components, layouts, lib) as they are: a page
 * is rendered again when anything it shows of a changed document may differ. No page shows data
 * from the snapshot on every page (the header and footer show only the editorial pages, which
 * are site code); the build's `today` (the newest `updatedAt`) is read by the home page alone.
 *
 * | changed                       | rendered again                                                  |
 * | ----------------------------- | --------------------------------------------------------------- |
 * | other snapshot files, themes, | everything (full build)                                         |
 * | audiences, reports; a theme's |                                                                 |
 * | or audience's group appearing |                                                                 |
 * | `today`                       | home                                                            |
 * | recommendation                | its page, short link (text), the pages of the findings it cites |
 * |                               | and of its report (their previews), its report's follow-up      |
 * |                               | overview, the reports list (counts), the browser and its index, |
 * |                               | the follow-up feed, the group pages that list it (the page it   |
 * |                               | is on, or every page of a group whose members changed), sitemap |
 * | finding                       | its page, short link, recommendations citing it (evidence), the |
 * |                               | findings table (the page with its row, its filter pages, the    |
 * |                               | sorted views; every table route when rows move), table.json,    |
 * |                               | its report's page, the reports list, home, feed, search, sitemap |
 * | practice                      | its page, the practices list, search, sitemap                   |
 * | campaign edition              | its page, its campaign's page, campaigns list, home, the pages  |
 * |                               | of its stories (name), sitemap                                  |
 * | story                         | its page, stories list, its edition's page, home, feed, search, |
 * |                               | sitemap                                                         |
 */
import { collectionSlugs, naturalKey, type CollectionSlug } from '@mahjar/shared/collections'
import { findingFilterKeys, groupFindings } from '@mahjar/shared/finding-filters'
import { documentMemo } from '@mahjar/shared/document-memo'
import { currentStatus } from '@mahjar/shared/follow-up'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { findingsPageSize, groupPageSize, pageCount } from '@mahjar/shared/paging'
import {
  groupId,
  groupPath,
  recommendationGroups,
  type GroupKind,
} from '@mahjar/shared/recommendation-groups'
import type { PublishedDocument } from '@mahjar/shared/schemas/snapshot'
import { byReportThenOrder, snapshotDay } from '@mahjar/shared/site-data'
import { findingFilterKinds, pagedPath, urls } from '@mahjar/shared/urls'
import type { Snapshot } from '../snapshot.ts'

export type AffectedPages =
  | { readonly full: string }
  | { readonly routes: ReadonlySet<string>; readonly paths: ReadonlySet<string> }

/**
 * The two snapshots an incremental build goes between, read by `readSnapshot`: each collection's
 * documents in the file's order (the export's: by `order`, then by key), which is the order the
 * site's stable sorts start from.
 */
export interface SnapshotPair {
  readonly before: Snapshot
  readonly after: Snapshot
  /** The names of the other files of the snapshot folder that differ (countries.json, withdrawals.json, media/…). */
  readonly otherFilesChanged: readonly string[]
}

/** The route components rendered again in full by some rule (small families only). */
export const affectedRoutes = {
  findingsTable: 'src/pages/[lang]/findings/[...page].astro',
  findingsSorted: 'src/pages/[lang]/findings/sorted/[key]/[order]/[...page].astro',
  findingsFiltered: 'src/pages/[lang]/findings/[kind]/[key]/[...page].astro',
} as const

type Doc<C extends CollectionSlug> = PublishedDocument<C>

/** One document of a collection that is new, gone or different, by its natural key. */
interface Change<D> {
  readonly key: string
  readonly before: D | undefined
  readonly after: D | undefined
}

/** Whether the document is new or gone (its page appears or disappears). */
function addedOrRemoved(change: Change<unknown>): boolean {
  return change.before === undefined || change.after === undefined
}

/** The documents of a change that exist: the version before, after, or both. */
function versions<D>(change: Change<D>): D[] {
  return [change.before, change.after].filter((doc) => doc !== undefined)
}

function byKey<C extends CollectionSlug>(collection: C, docs: readonly Doc<C>[]) {
  return new Map(docs.map((doc) => [naturalKey(collection, doc), doc] as const))
}

function changesOf<C extends CollectionSlug>(pair: SnapshotPair, collection: C): Change<Doc<C>>[] {
  const before = byKey(collection, pair.before[collection])
  const after = byKey(collection, pair.after[collection])
  const changes: Change<Doc<C>>[] = []
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key)
    const b = after.get(key)
    // An unchanged document of the warm engine's next snapshot is the very same object
    // (snapshot-file.ts): at 10,000 recommendations, writing out both took 0.26 s a publish.
    if (a !== b && JSON.stringify(a) !== JSON.stringify(b))
      changes.push({ key, before: a, after: b })
  }
  return changes
}

/** Whether any of `fields` differs between the two versions (a new or gone document: yes). */
function differs<D extends object>(change: Change<D>, fields: readonly (keyof D)[]): boolean {
  const { before, after } = change
  if (before === undefined || after === undefined) return true
  return fields.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
}

/**
 * Whether the documents both snapshots hold unchanged keep their order: the site's sorts are
 * stable, so the file's order breaks their ties.
 */
function unchangedKeepOrder(
  pair: SnapshotPair,
  collection: CollectionSlug,
  changed: ReadonlySet<string>,
): boolean {
  const keys = (docs: readonly Readonly<Record<string, unknown>>[]) =>
    docs.map((doc) => naturalKey(collection, doc)).filter((key) => !changed.has(key))
  const a = keys(pair.before[collection])
  const b = keys(pair.after[collection])
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The build's "today" of a snapshot (`snapshotDay`: the home page reads it). */
function dayOf(snapshot: Snapshot): string {
  return snapshotDay(collectionSlugs.flatMap((c): { updatedAt: string }[] => snapshot[c]))
}

/** A group of the recommendations browser: its members' codes in the site's order. */
interface RecommendationGroupCodes {
  readonly kind: GroupKind
  readonly key: string
  readonly codes: readonly string[]
}

/**
 * The recommendations browser's groups of a snapshot, as the site makes them, by `groupId`. Kept
 * for the snapshot object: the warm engine's next publish compares against it again (0.18 s a
 * publish at 10,000 recommendations).
 */
const recommendationGroupCodes = documentMemo(
  (snapshot: Snapshot): ReadonlyMap<string, RecommendationGroupCodes> => {
    const recommendations = [...snapshot.recommendations].sort(byReportThenOrder)
    return new Map(
      recommendationGroups({ ...snapshot, recommendations }).map((group) => [
        groupId(group.kind, group.key),
        { kind: group.kind, key: group.key, codes: group.items.map((r) => r.code) },
      ]),
    )
  },
)

/** The theme and audience groups: a tag links to its group only when there is one (TermList). */
function termGroupIds(groups: ReadonlyMap<string, RecommendationGroupCodes>): string {
  return JSON.stringify(
    [...groups.values()]
      .filter((group) => group.kind === 'theme' || group.kind === 'audience')
      .map((group) => `${group.kind}-${group.key}`)
      .sort(),
  )
}

/** What the pages collect: routes in full, single pages by pathname. */
class Affected {
  readonly routes = new Set<string>()
  readonly paths = new Set<string>()

  /** The page in every language. */
  page(path: (lang: LocaleCode) => string): void {
    for (const lang of localeCodes) this.paths.add(path(lang))
  }
}

/** The recommendations: their pages and every page that lists, counts or previews them. */
function recommendationRules(
  pair: SnapshotPair,
  changes: readonly Change<Doc<'recommendations'>>[],
  out: Affected,
): void {
  const status = (doc: Doc<'recommendations'>) => currentStatus(doc.followUp).status
  const textChanged = new Set<string>()
  for (const change of changes) {
    const docs = versions(change)
    const newOrGone = addedOrRemoved(change)
    const statusChanged = newOrGone || new Set(docs.map(status)).size > 1
    // Where it sits in the site's order of its report (previews, groups, the index).
    const moved = differs(change, ['report', 'order'])
    if (!newOrGone) {
      out.page((lang) => urls.recommendation(lang, change.key))
      if (differs(change, ['text'])) {
        textChanged.add(change.key)
        out.paths.add(urls.shortLink('recommendation', change.key))
      }
    }
    // The findings it rests on list the first of theirs (code, opening words) and count them.
    if (moved || differs(change, ['evidence', 'text'])) {
      for (const code of new Set(docs.flatMap((doc) => doc.evidence)))
        out.page((lang) => urls.finding(lang, code))
    }
    // Its report's page previews the first of its recommendations and counts them.
    if (moved || differs(change, ['text'])) {
      for (const doc of docs) out.page((lang) => urls.report(lang, doc.report))
    }
    // The report's follow-up overview counts them by audience and theme, each with its status.
    if (differs(change, ['report', 'audiences', 'themes', 'followUp'])) {
      for (const doc of docs) out.page((lang) => urls.followUp(lang, doc.report))
    }
    // The reports list counts each report's recommendations.
    if (differs(change, ['report'])) out.page(urls.reports)
    // The browser counts every status, audience, theme and report group.
    if (statusChanged || differs(change, ['report', 'audiences', 'themes'])) {
      out.page(urls.recommendations)
    }
    // Its index: code, opening words, audiences, themes, report and status, in the site's order.
    if (statusChanged || moved || differs(change, ['text', 'audiences', 'themes'])) {
      out.page(urls.recommendationsIndex)
    }
    // The follow-up feed: every entry, newest first (ties in the site's order).
    if (
      docs.some((doc) => doc.followUp.length > 0) &&
      differs(change, ['followUp', 'report', 'order'])
    ) {
      out.page(urls.followUpFeed)
    }
  }

  // The group pages: every page of a group whose members changed (its count is on each page),
  // else the page holding a recommendation whose opening words changed.
  const before = recommendationGroupCodes(pair.before)
  const after = recommendationGroupCodes(pair.after)
  for (const [id, group] of after) {
    const was = before.get(id)
    if (!was) continue
    if (JSON.stringify(was.codes) !== JSON.stringify(group.codes)) {
      const pages = pageCount(group.codes.length, groupPageSize)
      for (let page = 1; page <= pages; page += 1)
        out.page((lang) => groupPath(lang, group.kind, group.key, page))
      continue
    }
    if (textChanged.size === 0) continue
    group.codes.forEach((code, index) => {
      if (!textChanged.has(code)) return
      const page = Math.floor(index / groupPageSize) + 1
      out.page((lang) => groupPath(lang, group.kind, group.key, page))
    })
  }
}

/** The findings: their pages, the findings table and every page showing a finding. */
function findingRules(
  pair: SnapshotPair,
  changes: readonly Change<Doc<'findings'>>[],
  out: Affected,
): void {
  const newestReport = pair.after.reports.reduce(
    (day, r) => (r.publishedOn > day ? r.publishedOn : day),
    '',
  )
  const latestReports = new Set(
    pair.after.reports.filter((r) => r.publishedOn === newestReport).map((r) => r.slug),
  )
  const citing = (code: string) =>
    [...pair.before.recommendations, ...pair.after.recommendations].filter((rec) =>
      rec.evidence.includes(code),
    )
  const linking = (code: string) =>
    [...pair.before.recommendations, ...pair.after.recommendations].filter((rec) =>
      rec.followUp.some((entry) => entry.findings.includes(code)),
    )
  /** What a finding in a list shows (FindingItem): code, statistic, statement. */
  const item = ['statement', 'statistic'] as const
  /** What its row of the findings table shows, besides where the row is. */
  const row = ['statement', 'statistic', 'exhibit', 'chapter'] as const
  /** Where its row is and under which filters: rows move, counts change. */
  const place = ['report', 'order', 'themes', 'countries'] as const

  const rowChanged: Doc<'findings'>[] = []
  let rowsMoved = false
  for (const change of changes) {
    const docs = versions(change)
    const newOrGone = addedOrRemoved(change)
    if (!newOrGone) {
      // Its page shows every field, its update date among them.
      out.page((lang) => urls.finding(lang, change.key))
      if (differs(change, ['statement'])) out.paths.add(urls.shortLink('finding', change.key))
    }
    // The recommendations resting on it show its code, statistic and statement; a new or gone
    // one also appears in (or leaves) their lists, and their follow-up links to it.
    if (differs(change, item)) {
      for (const rec of citing(change.key)) out.page((lang) => urls.recommendation(lang, rec.code))
    }
    if (newOrGone) {
      for (const rec of linking(change.key)) out.page((lang) => urls.recommendation(lang, rec.code))
    }
    // Its report's page lists its findings (FindingItem) in order and counts them; the home page
    // the first ones with a statistic of the latest report.
    if (differs(change, [...item, 'report', 'order'])) {
      for (const doc of docs) out.page((lang) => urls.report(lang, doc.report))
      if (docs.some((doc) => latestReports.has(doc.report))) out.page(urls.home)
    }
    if (differs(change, ['report'])) out.page(urls.reports)
    // The search page's country filter: the countries of findings, practices and stories.
    if (differs(change, ['countries', 'report', 'order'])) out.page(urls.search)
    // The feed: every finding's code, statement and dates.
    out.page(urls.feed)
    if (differs(change, place)) rowsMoved = true
    else if (differs(change, row) && change.after) rowChanged.push(change.after)
  }

  // The findings table. Each of its pages (plain, sorted, filtered) has the filter links with the
  // count of every report, theme and country: when a row moves or one comes or goes, all of them.
  if (rowsMoved) {
    for (const route of Object.values(affectedRoutes)) out.routes.add(route)
    out.page(urls.findingsTableData)
    return
  }
  if (rowChanged.length === 0) return
  out.page(urls.findingsTableData)
  // A sorted view may move the row (its figure): every sorted page (6 views, a page or two each).
  out.routes.add(affectedRoutes.findingsSorted)
  const ordered = [...pair.after.findings].sort(byReportThenOrder)
  const position = new Map(ordered.map((finding, index) => [finding.code, index]))
  const filters = groupFindings(ordered)
  const pageOf = (index: number) => Math.floor(index / findingsPageSize) + 1
  for (const finding of rowChanged) {
    const index = position.get(finding.code) ?? 0
    out.page((lang) => pagedPath(urls.findings(lang), pageOf(index)))
    const keys = findingFilterKeys(finding)
    for (const kind of findingFilterKinds) {
      for (const key of new Set(keys[kind])) {
        const members = filters[kind].get(key) ?? []
        const page = pageOf(members.findIndex((f) => f.code === finding.code))
        out.page((lang) => pagedPath(urls.findingsBy(lang, kind, key), page))
      }
    }
  }
}

function practiceRules(changes: readonly Change<Doc<'practices'>>[], out: Affected): void {
  for (const change of changes) {
    if (!addedOrRemoved(change)) out.page((lang) => urls.practice(lang, change.key))
    // The list (by slug): title, countries, kind of actor, summary; and how many.
    if (differs(change, ['title', 'countries', 'actorType', 'summary'])) out.page(urls.practices)
    if (differs(change, ['countries'])) out.page(urls.search)
  }
}

function editionRules(
  pair: SnapshotPair,
  changes: readonly Change<Doc<'campaign-editions'>>[],
  out: Affected,
): void {
  const stories = [...pair.before.stories, ...pair.after.stories]
  for (const change of changes) {
    const docs = versions(change)
    if (!addedOrRemoved(change))
      out.page((lang) => urls.item('campaign-editions', change.key, lang))
    // Its campaign's page and the campaigns list show every edition; home the newest one.
    for (const doc of docs) out.page((lang) => urls.campaign(lang, doc.campaign))
    out.page(urls.campaigns)
    out.page(urls.home)
    // A story of the edition names it (crumbs, "part of the campaign").
    if (differs(change, ['campaignName'])) {
      for (const story of stories) {
        const edition = story.campaignEdition
        if (edition && naturalKey('campaign-editions', edition) === change.key)
          out.page((lang) => urls.story(lang, story.slug))
      }
    }
  }
}

function storyRules(changes: readonly Change<Doc<'stories'>>[], out: Affected): void {
  /** What a story's card shows (StoryCard), and where it sits (newest first). */
  const card = [
    'kind',
    'title',
    'summary',
    'addressee',
    'photo',
    'publishedOn',
    'campaignEdition',
  ] as const
  for (const change of changes) {
    if (!addedOrRemoved(change)) out.page((lang) => urls.story(lang, change.key))
    if (differs(change, card)) {
      out.page(urls.stories)
      out.page(urls.home)
      for (const doc of versions(change)) {
        const edition = doc.campaignEdition
        if (edition) out.page((lang) => urls.campaignEdition(lang, edition.campaign, edition.year))
      }
    }
    out.page(urls.feed)
    if (differs(change, ['country', 'publishedOn'])) out.page(urls.search)
  }
}

export function affectedPages(pair: SnapshotPair): AffectedPages {
  if (pair.otherFilesChanged.length > 0)
    return { full: `the snapshot's ${pair.otherFilesChanged.join(', ')} changed` }
  const changes = {
    findings: changesOf(pair, 'findings'),
    recommendations: changesOf(pair, 'recommendations'),
    practices: changesOf(pair, 'practices'),
    'campaign-editions': changesOf(pair, 'campaign-editions'),
    stories: changesOf(pair, 'stories'),
  }
  // Named on many pages (tags, crumbs, citations, filters, every group's name): a full build.
  for (const collection of ['themes', 'audiences', 'reports'] as const) {
    const changed = changesOf(pair, collection)
    if (changed.length > 0 || !unchangedKeepOrder(pair, collection, new Set()))
      return { full: `${collection} changed (${changed.map((c) => c.key).join(', ')})` }
  }
  for (const [collection, changed] of Object.entries(changes) as [
    CollectionSlug,
    Change<unknown>[],
  ][]) {
    if (!unchangedKeepOrder(pair, collection, new Set(changed.map((c) => c.key))))
      return { full: `the order of unchanged ${collection} changed` }
  }
  // A theme's or audience's tag links to its group only when it has one: every page with tags.
  if (
    termGroupIds(recommendationGroupCodes(pair.before)) !==
    termGroupIds(recommendationGroupCodes(pair.after))
  )
    return { full: 'a theme or audience gained its first recommendation or lost its last' }

  const out = new Affected()
  if (dayOf(pair.before) !== dayOf(pair.after)) out.page(urls.home)
  if (changes.recommendations.length > 0) recommendationRules(pair, changes.recommendations, out)
  if (changes.findings.length > 0) findingRules(pair, changes.findings, out)
  practiceRules(changes.practices, out)
  editionRules(pair, changes['campaign-editions'], out)
  storyRules(changes.stories, out)
  // The sitemap lists every page, in the site's orders: one file, cheap to write again.
  if (Object.values(changes).some((changed) => changed.length > 0)) out.paths.add(urls.sitemap())
  return { routes: out.routes, paths: out.paths }
}
