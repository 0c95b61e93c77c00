/**
 * One search record per published document and language: exactly the fields a reader searches
 * (titles, statements, texts, bodies), never page chrome, with the URL of the page that shows it,
 * its filters (language-neutral keys) and the original text for the result list.
 */
import { chronological, currentStatus } from '@mahjar/shared/follow-up'
import { localeCodes, otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import { textIn, type LocalizedText } from '@mahjar/shared/localized'
import { markdownToPlainText } from '@mahjar/shared/plain-text'
import type { SearchFilters, SearchMeta, SearchType } from '@mahjar/shared/search'
import { urls } from '@mahjar/shared/urls'
import { documentMemo } from '@mahjar/shared/document-memo'
import type { Snapshot } from '../snapshot.ts'

export interface SearchRecord {
  readonly url: string
  readonly language: LocaleCode
  /** Everything a reader searches in this record (title excluded), in either language. */
  readonly content: string
  /** The title and the excerpt text as shown, each marked when it is in the other language. */
  readonly meta: SearchMeta
  readonly filters: SearchFilters
}

/** A piece of record text and its language; codes, hashtags and years have none. */
interface Part {
  readonly text: string
  readonly lang?: LocaleCode
}

/** The text of a field in a language, or in its fallback language when it is not translated yet. */
function partIn(value: LocalizedText | undefined, lang: LocaleCode): Part {
  const shown = textIn(value, lang)
  return shown
    ? { text: shown.text.trim(), lang: shown.lang }
    : { text: '', lang: otherLocale(lang) }
}

const neutral = (text: string | number): Part => ({ text: String(text) })

function joined(parts: readonly Part[]): string {
  return parts
    .map((part) => part.text.trim())
    .filter(Boolean)
    .join(' ')
}

/** Several parts as one, in the language they share (the fallback one only when all are). */
function join(...parts: Part[]): Part {
  const present = parts.filter((part) => part.text.trim() !== '')
  const langs = new Set(present.flatMap((part) => (part.lang ? [part.lang] : [])))
  const [only] = langs
  return { text: joined(present), ...(langs.size === 1 && only ? { lang: only } : {}) }
}

/**
 * The excerpt shown for a record: its parts in the page's language (and language-neutral ones);
 * only when nothing is translated, the other language's parts, marked as such. The index keeps
 * every part either way, so untranslated text is still found.
 */
function shown(lang: LocaleCode, parts: readonly Part[]): { text: string; lang: LocaleCode } {
  const present = parts.filter((part) => part.text.trim() !== '')
  const own = present.filter((part) => part.lang !== otherLocale(lang))
  if (own.some((part) => part.lang === lang) || own.length === present.length)
    return { text: joined(own), lang }
  return { text: joined(present), lang: otherLocale(lang) }
}

function years(...values: (number | string | undefined)[]): string[] {
  return [
    ...new Set(values.filter((v) => v !== undefined).map((v) => String(v).slice(0, 4))),
  ].sort()
}

interface Parts {
  url: string
  type: SearchType
  key: string
  title: Part
  text: Part[]
  filters: Omit<SearchFilters, 'type'>
}

function record(lang: LocaleCode, parts: Parts): SearchRecord {
  const excerpt = shown(lang, parts.text)
  const titleLang = parts.title.lang ?? lang
  return {
    url: parts.url,
    language: lang,
    content: joined(parts.text),
    meta: {
      title: parts.title.text,
      text: excerpt.text,
      type: parts.type,
      key: parts.key,
      ...(titleLang === lang ? {} : { titleLang }),
      ...(excerpt.lang === lang ? {} : { textLang: excerpt.lang }),
    },
    filters: { type: [parts.type], ...parts.filters },
  }
}

/** A Markdown field's plain text in a language (or its fallback). */
function md(value: LocalizedText | undefined, lang: LocaleCode): Part {
  const part = partIn(value, lang)
  return { ...part, text: markdownToPlainText(part.text) }
}

/**
 * A document's records in each language (`localeCodes`' order), from what `parts` makes of it,
 * made once per document (and report year) while the process lives (shared/src/document-memo.ts): a publish
 * at 10,000 recommendations makes the changed documents' records alone, and the others keep their
 * keys (search-index.ts `recordKey`).
 */
function recordsOf<Doc extends object, Inputs extends readonly unknown[]>(
  parts: (doc: Doc, lang: LocaleCode, ...inputs: Inputs) => Parts,
) {
  return documentMemo((doc: Doc, ...inputs: Inputs) =>
    localeCodes.map((lang) => dropEmptyFilters(record(lang, parts(doc, lang, ...inputs)))),
  )
}

type Doc<C extends keyof Snapshot> = Snapshot[C][number]

const reportRecords = recordsOf((r: Doc<'reports'>, lang) => ({
  url: urls.report(lang, r.slug),
  type: 'report',
  key: r.slug,
  title: partIn(r.title, lang),
  text: [
    partIn(r.subtitle, lang),
    md(r.summary, lang),
    ...r.chapters.flatMap((c) => [partIn(c.title, lang), md(c.body, lang)]),
  ],
  filters: { theme: r.themes, report: [r.slug], year: years(r.publishedOn) },
}))

const findingRecords = recordsOf((f: Doc<'findings'>, lang, year: string | undefined) => ({
  url: urls.finding(lang, f.code),
  type: 'finding',
  key: f.code,
  title: partIn(f.statement, lang),
  text: [partIn(f.section, lang)],
  filters: { theme: f.themes, country: f.countries, report: [f.report], year: years(year) },
}))

const recommendationRecords = recordsOf(
  (r: Doc<'recommendations'>, lang, year: string | undefined) => ({
    url: urls.recommendation(lang, r.code),
    type: 'recommendation',
    key: r.code,
    title: partIn(r.text, lang),
    // Follow-up statements are the recommendation's text too: what was done is searched.
    text: [
      partIn(r.section, lang),
      ...chronological(r.followUp).map((entry) => partIn(entry.statement, lang)),
    ],
    filters: {
      status: [currentStatus(r.followUp).status],
      audience: r.audiences,
      theme: r.themes,
      report: [r.report],
      year: years(year),
    },
  }),
)

const practiceRecords = recordsOf((p: Doc<'practices'>, lang) => ({
  url: urls.practice(lang, p.slug),
  type: 'practice',
  key: p.slug,
  title: partIn(p.title, lang),
  text: [
    partIn(p.summary, lang),
    partIn(p.city, lang),
    partIn(p.actor, lang),
    partIn(p.mechanism, lang),
    md(p.body, lang),
  ],
  filters: { theme: p.themes, country: p.countries, year: years(p.period?.start) },
}))

const editionRecords = recordsOf((e: Doc<'campaign-editions'>, lang) => ({
  url: urls.campaignEdition(lang, e.campaign, e.year),
  type: 'campaign-edition',
  key: `${e.campaign}/${e.year}`,
  title: join(partIn(e.campaignName, lang), neutral(e.year)),
  text: [
    partIn(e.theme, lang),
    neutral(e.hashtag),
    md(e.summary, lang),
    ...e.objectives.map((o) => partIn(o, lang)),
    ...e.actions.flatMap((a) => [partIn(a.title, lang), partIn(a.text, lang)]),
  ],
  filters: { year: years(e.year) },
}))

const storyRecords = recordsOf((s: Doc<'stories'>, lang) => ({
  url: urls.story(lang, s.slug),
  type: 'story',
  key: s.slug,
  title: partIn(s.title, lang),
  text: [partIn(s.summary, lang), md(s.body, lang)],
  filters: { country: s.country ? [s.country] : [], year: years(s.publishedOn) },
}))

/**
 * Every search record of a snapshot, both languages: each language's reports, findings,
 * recommendations, practices, campaign editions and stories in turn.
 */
export function searchRecords(snapshot: Snapshot): SearchRecord[] {
  const reportYear = new Map(snapshot.reports.map((r) => [r.slug, r.publishedOn.slice(0, 4)]))
  const byDocument = [
    ...snapshot.reports.map((r) => reportRecords(r)),
    ...snapshot.findings.map((f) => findingRecords(f, reportYear.get(f.report))),
    ...snapshot.recommendations.map((r) => recommendationRecords(r, reportYear.get(r.report))),
    ...snapshot.practices.map((p) => practiceRecords(p)),
    ...snapshot['campaign-editions'].map((e) => editionRecords(e)),
    ...snapshot.stories.map((s) => storyRecords(s)),
  ]
  return localeCodes.flatMap((_, index) => byDocument.flatMap((records) => records[index] ?? []))
}

function dropEmptyFilters(r: SearchRecord): SearchRecord {
  const filters = Object.fromEntries(
    Object.entries(r.filters).filter(([, values]) => values.length > 0),
  ) as SearchFilters
  return { ...r, filters }
}
