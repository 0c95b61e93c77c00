/**
 * One page of each type in a built site, in both languages, picked from the snapshot it was
 * built from: what the browser and output tests walk through.
 */
import { urls } from '@mahjar/shared/urls'
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import type { BuiltSite } from '../../helpers/site-build.ts'
import { snapshotDocs } from '../../helpers/snapshot-files.ts'

export const pageTypeNames = [
  'home',
  'reports',
  'report',
  'follow-up overview',
  'findings',
  'finding',
  'recommendations',
  'recommendation',
  'practices',
  'practice',
  'campaigns',
  'campaign',
  'campaign edition',
  'stories',
  'story',
  'editorial page',
] as const

export type PageTypeName = (typeof pageTypeNames)[number]

export interface PageType {
  type: PageTypeName
  path: (lang: LocaleCode) => string
  /** Detail pages must ship no JavaScript. */
  detail: boolean
}

function first<T>(items: T[], what: string): T {
  const item = items[0]
  if (item === undefined) throw new Error(`The snapshot has no ${what}`)
  return item
}

export function pageTypes(site: BuiltSite): PageType[] {
  const dir = site.snapshotDir
  const report = first(snapshotDocs(dir, 'reports'), 'report')
  const findings = snapshotDocs(dir, 'findings')
  const finding =
    findings.find((f) => (f.statistic?.breakdown.length ?? 0) > 0) ?? first(findings, 'finding')
  const recommendation = first(snapshotDocs(dir, 'recommendations'), 'recommendation')
  const practice = first(snapshotDocs(dir, 'practices'), 'practice')
  const edition = first(snapshotDocs(dir, 'campaign-editions'), 'campaign edition')
  const story = first(snapshotDocs(dir, 'stories'), 'story')
  return [
    { type: 'home', path: urls.home, detail: false },
    { type: 'reports', path: urls.reports, detail: false },
    { type: 'report', path: (l) => urls.report(l, report.slug), detail: true },
    { type: 'follow-up overview', path: (l) => urls.followUp(l, report.slug), detail: true },
    { type: 'findings', path: urls.findings, detail: false },
    { type: 'finding', path: (l) => urls.finding(l, finding.code), detail: true },
    { type: 'recommendations', path: urls.recommendations, detail: false },
    {
      type: 'recommendation',
      path: (l) => urls.recommendation(l, recommendation.code),
      detail: true,
    },
    { type: 'practices', path: urls.practices, detail: false },
    { type: 'practice', path: (l) => urls.practice(l, practice.slug), detail: true },
    { type: 'campaigns', path: urls.campaigns, detail: false },
    { type: 'campaign', path: (l) => urls.campaign(l, edition.campaign), detail: false },
    {
      type: 'campaign edition',
      path: (l) => urls.campaignEdition(l, edition.campaign, edition.year),
      detail: true,
    },
    { type: 'stories', path: urls.stories, detail: false },
    { type: 'story', path: (l) => urls.story(l, story.slug), detail: true },
    { type: 'editorial page', path: (l) => urls.page(l, 'about'), detail: true },
  ]
}

export function localizedPages(site: BuiltSite) {
  return pageTypes(site).flatMap((page) =>
    localeCodes.map((lang) => ({ ...page, lang, url: page.path(lang) })),
  )
}

export function pageOfType(site: BuiltSite, type: PageTypeName, lang: LocaleCode) {
  const page = localizedPages(site).find((p) => p.type === type && p.lang === lang)
  if (!page) throw new Error(`No ${type} page in ${lang}`)
  return page
}
