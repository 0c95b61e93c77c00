/**
 * The Atom feeds of a language, newest first: reports, findings and stories; and the follow-up
 * of recommendations (one entry per follow-up entry, linking to it on its recommendation's page,
 * the newest `followUpFeedSize`: a reader polls for updates; the whole record is open data).
 * Every text goes through `escapeXml` (control characters removed): a feed stays valid XML
 * whatever is typed.
 */
import { escapeXml } from '@mahjar/shared/markup'
import type { LocaleCode } from '@mahjar/shared/locales'
import { useTranslations } from '@mahjar/shared/i18n'
import { urls } from '@mahjar/shared/urls'
import { chronological, followUpAnchor } from '@mahjar/shared/follow-up'
import type { SiteData } from './content.ts'
import { excerpt, pick, plain } from './localized.ts'
import { canonical } from './seo.ts'

export function feedPath(lang: LocaleCode): string {
  return `${urls.home(lang)}feed.xml`
}

interface FeedEntry {
  title: string
  titleLang: LocaleCode
  path: string
  updated: string
  published: string
  summary: string
  /** The summary's language when it is not the title's (an untranslated statement). */
  summaryLang?: LocaleCode
  category: string
}

function entries(site: SiteData, lang: LocaleCode): FeedEntry[] {
  const t = useTranslations(lang)
  const reports = site.reports.map((r) => ({
    title: plain(r.title, lang),
    titleLang: pick(r.title, lang)?.lang ?? lang,
    path: urls.report(lang, r.slug),
    updated: r.updatedAt,
    published: r.createdAt,
    summary: excerpt(plain(r.summary, lang), 300),
    category: t('report.label'),
  }))
  const findings = site.findings.map((f) => ({
    title: `${f.code}: ${excerpt(plain(f.statement, lang), 120)}`,
    titleLang: pick(f.statement, lang)?.lang ?? lang,
    path: urls.finding(lang, f.code),
    updated: f.updatedAt,
    published: f.createdAt,
    summary: plain(f.statement, lang),
    category: t('finding.label'),
  }))
  const stories = site.stories.map((s) => ({
    title: plain(s.title, lang),
    titleLang: pick(s.title, lang)?.lang ?? lang,
    path: urls.story(lang, s.slug),
    updated: s.updatedAt,
    published: s.createdAt,
    summary: plain(s.summary, lang),
    category: t('story.label'),
  }))
  return [...reports, ...findings, ...stories]
}

/** How many of the newest follow-up entries the feed carries (a few months' worth at most). */
export const followUpFeedSize = 100

/** Every follow-up entry: "<code>: <status>", its statement, dated the day it records. */
function followUpEntries(site: SiteData, lang: LocaleCode): FeedEntry[] {
  const t = useTranslations(lang)
  return site.recommendations.flatMap((rec) =>
    // Newest first within a recommendation too: the sort below keeps the order of equal dates.
    chronological(rec.followUp)
      .reverse()
      .map((entry) => {
        const statement = pick(entry.statement, lang)
        const day = `${entry.date}T00:00:00.000Z`
        return {
          title: `${rec.code}: ${t(`followUpStatus.${entry.status}`)}`,
          titleLang: lang,
          path: `${urls.recommendation(lang, rec.code)}#${followUpAnchor(rec.followUp, entry)}`,
          updated: day,
          published: day,
          summary: statement?.text ?? '',
          summaryLang: statement?.lang !== lang ? statement?.lang : undefined,
          category: t(`followUpKind.${entry.kind}`),
        }
      }),
  )
}

interface Feed {
  title: string
  self: string
  home: string
  items: FeedEntry[]
  /** Only the newest `limit` items. */
  limit?: number
}

function atomDocument(lang: LocaleCode, feed: Feed): string {
  const t = useTranslations(lang)
  const items = [...feed.items]
    .sort((a, b) => b.updated.localeCompare(a.updated))
    .slice(0, feed.limit ?? Infinity)
  const updated = items[0]?.updated ?? new Date(0).toISOString()
  const body = items
    .map(
      (e) => `  <entry xml:lang="${e.titleLang}">
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(canonical(e.path))}"/>
    <id>${escapeXml(canonical(e.path))}</id>
    <published>${e.published}</published>
    <updated>${e.updated}</updated>
    <category term="${escapeXml(e.category)}"/>
    <summary${e.summaryLang ? ` xml:lang="${e.summaryLang}"` : ''}>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" href="${escapeXml(canonical(feed.self))}"/>
  <link href="${escapeXml(canonical(feed.home))}"/>
  <id>${escapeXml(canonical(feed.self))}</id>
  <updated>${updated}</updated>
  <author><name>${escapeXml(t('site.name'))}</name></author>
${body}
</feed>
`
}

export function atomFeed(site: SiteData, lang: LocaleCode): string {
  return atomDocument(lang, {
    title: useTranslations(lang)('feed.title'),
    self: feedPath(lang),
    home: urls.home(lang),
    items: entries(site, lang),
  })
}

export function followUpFeed(site: SiteData, lang: LocaleCode): string {
  return atomDocument(lang, {
    title: useTranslations(lang)('followUpFeed.title'),
    self: urls.followUpFeed(lang),
    home: urls.recommendations(lang),
    items: followUpEntries(site, lang),
    limit: followUpFeedSize,
  })
}
