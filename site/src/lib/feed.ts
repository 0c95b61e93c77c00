/** The Atom feed of a language: reports, findings and stories, newest first. */
import type { LocaleCode } from '@mahjar/shared/locales'
import { useTranslations } from '@mahjar/shared/i18n'
import { urls } from '@mahjar/shared/urls'
import type { SiteData } from './content.ts'
import { excerpt, markdownExcerpt, plain } from './localized.ts'
import { textIn } from '@mahjar/shared/localized'
import { atomDocument, type FeedEntry } from './atom.ts'

function entries(site: SiteData, lang: LocaleCode): FeedEntry[] {
  const t = useTranslations(lang)
  const reports = site.reports.map((r) => ({
    title: plain(r.title, lang),
    titleLang: textIn(r.title, lang)?.lang ?? lang,
    path: urls.report(lang, r.slug),
    updated: r.updatedAt,
    published: r.createdAt,
    summary: markdownExcerpt(plain(r.summary, lang), 300),
    category: t('collection.reports.one'),
  }))
  const findings = site.findings.map((f) => ({
    title: `${f.code}: ${excerpt(plain(f.statement, lang), 120)}`,
    titleLang: textIn(f.statement, lang)?.lang ?? lang,
    path: urls.finding(lang, f.code),
    updated: f.updatedAt,
    published: f.createdAt,
    summary: plain(f.statement, lang),
    category: t('collection.findings.one'),
  }))
  const stories = site.stories.map((s) => ({
    title: plain(s.title, lang),
    titleLang: textIn(s.title, lang)?.lang ?? lang,
    path: urls.story(lang, s.slug),
    updated: s.updatedAt,
    published: s.createdAt,
    summary: plain(s.summary, lang),
    category: t('collection.stories.one'),
  }))
  return [...reports, ...findings, ...stories]
}

export function atomFeed(site: SiteData, lang: LocaleCode): string {
  return atomDocument(lang, {
    title: useTranslations(lang)('feed.title'),
    self: urls.feed(lang),
    home: urls.home(lang),
    items: entries(site, lang),
  })
}
