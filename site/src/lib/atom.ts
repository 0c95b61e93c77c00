/**
 * An Atom document from feed entries, newest first. Every text goes through `escapeXml` (control
 * characters removed): a feed stays valid XML whatever is typed.
 */
import { escapeXml } from '@mahjar/shared/markup'
import type { LocaleCode } from '@mahjar/shared/locales'
import { useTranslations } from '@mahjar/shared/i18n'
import { canonical } from './seo.ts'

export interface FeedEntry {
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

interface Feed {
  title: string
  self: string
  home: string
  items: FeedEntry[]
  /** Only the newest `limit` items. */
  limit?: number
}

export function atomDocument(lang: LocaleCode, feed: Feed): string {
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
