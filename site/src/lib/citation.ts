/**
 * Citations as the pages use them: every citable item in both languages, with the site's public
 * origin, and the paths of its downloads (written after the build by scripts/build-open-data.ts).
 */
import { citationOf, type Citable, type Citation } from '@mahjar/shared/citation'
import { otherLocale, type LocaleCode } from '@mahjar/shared/locales'
import { citationFormats, urls, type CitationFormat } from '@mahjar/shared/urls'
import { env } from '../env.ts'

export function citeIn(citable: Citable, lang: LocaleCode): Citation {
  return citationOf(citable, lang, env.SITE_URL)
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
