/**
 * The snapshot as the pages use it: every collection read once per build, sorted, with the
 * indexes the pages need (finding by code, recommendations by finding, stories by edition …).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content'
import {
  collectionSlugs,
  pagesOf,
  type CollectionSlug,
  type ShortLinkCollection,
} from '@mahjar/shared/collections'
import { countryName } from '@mahjar/shared/countries'
import type { LocaleCode } from '@mahjar/shared/locales'
import { byReportThenOrder, snapshotDay } from '@mahjar/shared/site-data'
import { campaignsOf, type Campaign } from './editions.ts'
import { plain } from './localized.ts'
import {
  groupId,
  recommendationGroups,
  type RecommendationGroup,
} from '@mahjar/shared/recommendation-groups'
import type { LocalizedText } from '@mahjar/shared/localized'
import { warmRenderHooks } from '@mahjar/shared/warm-render'

export type ReportDoc = CollectionEntry<'reports'>['data']
export type FindingDoc = CollectionEntry<'findings'>['data']
export type RecommendationDoc = CollectionEntry<'recommendations'>['data']
export type PracticeDoc = CollectionEntry<'practices'>['data']
export type EditionDoc = CollectionEntry<'campaign-editions'>['data']
export type StoryDoc = CollectionEntry<'stories'>['data']
export type TermDoc = CollectionEntry<'themes'>['data']
export type PageEntry = CollectionEntry<'pages'>
export type WithdrawalDoc = CollectionEntry<'withdrawals'>['data']

/** Every collection of the registry, as Astro's content layer loaded it, keyed by its slug. */
type Published = { [C in CollectionSlug]: CollectionEntry<C>['data'][] }

/**
 * The snapshot as the pages read it: each collection of the registry by its slug, in the
 * site's order (reports and stories newest first, findings and recommendations by report and
 * order, editions newest first, practices by slug, terms by their order), with the indexes below.
 */
export interface SiteData extends Published {
  pages: PageEntry[]
  /** Items taken off the site: their URLs show a withdrawal notice. */
  withdrawals: WithdrawalDoc[]
  /** The build's "today" (YYYY-MM-DD): the snapshot's newest `updatedAt` (see `snapshotDay`). */
  today: string
  reportBySlug: Map<string, ReportDoc>
  findingByCode: Map<string, FindingDoc>
  themeBySlug: Map<string, TermDoc>
  audienceBySlug: Map<string, TermDoc>
  countryNames: Map<string, LocalizedText>
  recommendationsByFinding: Map<string, RecommendationDoc[]>
  findingsByReport: Map<string, FindingDoc[]>
  recommendationsByReport: Map<string, RecommendationDoc[]>
  storiesByEdition: Map<string, StoryDoc[]>
  /** Every campaign with its editions, newest first (`campaignsOf`). */
  campaigns: Campaign<EditionDoc>[]
  /** The recommendations browser's groups (recommendation-groups.ts) by `groupId`, in order. */
  recommendationGroups: Map<string, RecommendationGroup<RecommendationDoc>>
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}

async function data<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>['data'][]> {
  const entries: CollectionEntry<C>[] = await getCollection(collection)
  return entries.map((entry) => entry.data)
}

export function editionKey(edition: { campaign: string; year: number }): string {
  return `${edition.campaign}/${String(edition.year)}`
}

async function loadPublished(): Promise<Published> {
  const entries = await Promise.all(
    collectionSlugs.map(async (collection) => [collection, await data(collection)] as const),
  )
  return Object.fromEntries(entries) as Published
}

async function load(): Promise<SiteData> {
  const published = await loadPublished()
  const { reports, findings, recommendations, practices, stories, themes, audiences } = published
  const editions = published['campaign-editions']
  // Sorted in place: `published` is what the pages read.
  const countries = await data('countries')
  const withdrawals = await data('withdrawals')
  const pages = await getCollection('pages')
  reports.sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
  findings.sort(byReportThenOrder)
  recommendations.sort(byReportThenOrder)
  practices.sort((a, b) => a.slug.localeCompare(b.slug))
  editions.sort((a, b) => b.year - a.year)
  stories.sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
  themes.sort((a, b) => a.order - b.order)
  audiences.sort((a, b) => a.order - b.order)
  const findingByCode = new Map(findings.map((f) => [f.code, f]))
  return {
    ...published,
    pages,
    withdrawals,
    today: snapshotDay(
      collectionSlugs.flatMap((collection): { updatedAt: string }[] => published[collection]),
    ),
    reportBySlug: new Map(reports.map((r) => [r.slug, r])),
    findingByCode,
    themeBySlug: new Map(themes.map((t) => [t.slug, t])),
    audienceBySlug: new Map(audiences.map((a) => [a.slug, a])),
    countryNames: new Map(countries.map((c) => [c.code, c.name])),
    recommendationsByFinding: groupBy(recommendations, (r) => r.evidence),
    findingsByReport: groupBy(findings, (f) => [f.report]),
    recommendationsByReport: groupBy(recommendations, (r) => [r.report]),
    recommendationGroups: new Map(
      recommendationGroups({ recommendations, audiences, themes, reports, findings }).map((g) => [
        groupId(g.kind, g.key),
        g,
      ]),
    ),
    storiesByEdition: groupBy(stories, (s) =>
      s.campaignEdition ? [editionKey(s.campaignEdition)] : [],
    ),
    campaigns: campaignsOf(editions),
  }
}

let cached: { data: Promise<SiteData>; version: number | undefined } | undefined

/**
 * The whole snapshot, loaded once per build; again when the warm renderer has put another
 * snapshot's content in the store (shared/warm-render.ts).
 */
export function siteData(): Promise<SiteData> {
  const version = warmRenderHooks()?.dataVersion
  if (cached?.version !== version) cached = undefined
  cached ??= { data: load(), version }
  return cached.data
}

export function requireReport(site: SiteData, slug: string, from: string): ReportDoc {
  const report = site.reportBySlug.get(slug)
  if (!report) throw new Error(`${from} refers to report "${slug}", which is not in the snapshot`)
  return report
}

/** A country's name in the page language: the snapshot's name, else the ISO data package. */
export function countryLabel(site: SiteData, code: string, lang: LocaleCode): string {
  return plain(site.countryNames.get(code), lang) || countryName(code, lang)
}

/** The editorial page in a language, or in the other language when it is not yet translated. */
export function findPage(site: SiteData, lang: LocaleCode, page: string): PageEntry | undefined {
  return site.pages.find((entry) => entry.id === `${lang}/${page}`)
}

/** What a short link (`/f/…`, `/r/…`) leads to: published items of a coded collection and withdrawn ones. */
export interface ShortLinkItem {
  code: string
  text: LocalizedText | undefined
}

export function shortLinkItems(site: SiteData, collection: ShortLinkCollection): ShortLinkItem[] {
  const titleField = pagesOf(collection).titleField
  const items: readonly (FindingDoc | RecommendationDoc)[] = site[collection]
  const published = items.map((item) => ({
    code: item.code,
    text: (item as Readonly<Record<string, unknown>>)[titleField] as LocalizedText | undefined,
  }))
  const withdrawn = site.withdrawals
    .filter((item) => item.collection === collection)
    .map((item) => ({ code: item.key, text: item.title }))
  return [...published, ...withdrawn]
}
