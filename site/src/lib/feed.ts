/**
 * The Atom feed of a language: reports, findings and stories, newest first. Every text goes
 * through `escapeXml` (control characters removed): the feed stays valid XML whatever is typed.
 */
import { escapeXml } from '@mahjar/shared/markup'
import type { LocaleCode } from '@mahjar/shared/locales'
import { useTranslations } from '@mahjar/shared/i18n'
import { urls } from '@mahjar/shared/urls'
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
  return [...reports, ...findings, ...stories].sort((a, b) => b.updated.localeCompare(a.updated))
}

export function atomFeed(site: SiteData, lang: LocaleCode): string {
  const t = useTranslations(lang)
  const items = entries(site, lang)
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
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${escapeXml(t('feed.title'))}</title>
  <link rel="self" href="${escapeXml(canonical(feedPath(lang)))}"/>
  <link href="${escapeXml(canonical(urls.home(lang)))}"/>
  <id>${escapeXml(canonical(feedPath(lang)))}</id>
  <updated>${updated}</updated>
  <author><name>${escapeXml(t('site.name'))}</name></author>
${body}
</feed>
`
}
