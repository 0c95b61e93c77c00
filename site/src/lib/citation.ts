/**
 * Citations as the pages use them: every citable item in both languages, with the site's public
 * origin, and the paths of its downloads (written after the build by scripts/build-open-data.ts).
 */
import { citationOf, type Citable, type Citation } from '@mahjar/shared/citation'
import { otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import { citationFormats, urls, type CitationFormat } from '@mahjar/shared/urls'
import { warmRenderHooks } from '@mahjar/shared/warm-render'
import { env } from '../env.ts'

/**
 * Citations made for the content loaded now, by item object: a page asks for its language's
 * citation three times (its head's meta tags, "Cite this" in both languages) and the other
 * language's page the same (13 % of the warm render's CPU for a finding's 786 pages at 10,000
 * recommendations, CPU profile, before). Made again for other content (siteData's version).
 */
interface Made {
  readonly report: object
  readonly citation: Citation
}

let made = {
  version: undefined as number | undefined,
  byItem: new WeakMap<object, Map<string, Made>>(),
}

export function citeIn(citable: Citable, lang: LocaleCode): Citation {
  const version = warmRenderHooks()?.dataVersion
  if (made.version !== version) made = { version, byItem: new WeakMap() }
  const item = citable.kind === 'report' ? citable.report : citable.item
  const ofItem = made.byItem.get(item) ?? new Map<string, Made>()
  made.byItem.set(item, ofItem)
  const key = `${citable.kind} ${lang}`
  const kept = ofItem.get(key)
  if (kept?.report === citable.report) return kept.citation
  const citation = citationOf(citable, lang, env.SITE_URL)
  ofItem.set(key, { report: citable.report, citation })
  return citation
}

/** The citations of an item, the page's language first. */
export function citationsFor(citable: Citable, pageLang: LocaleCode): Citation[] {
  return [pageLang, otherLocale(pageLang)].map((lang) => citeIn(citable, lang))
}

export interface CitationDownload {
  readonly format: CitationFormat
  readonly label: string
  readonly href: string
}

const formatLabels: Readonly<Record<CitationFormat, string>> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  csl: 'CSL-JSON',
}

export function downloadsOf(citation: Citation): CitationDownload[] {
  return citationFormats.map((format) => ({
    format,
    label: formatLabels[format],
    href: urls.citationFile(citation.kind, citation.key, citation.lang, format),
  }))
}
