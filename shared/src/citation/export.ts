/**
 * BibTeX, RIS and CSL-JSON of a citation, produced by citation-js (a maintained citation library)
 * from the CSL-JSON item of `citation.ts`. Arabic text goes into the files as UTF-8: citation-js's
 * BibTeX output would otherwise reduce non-ASCII text to LaTeX commands and drop Arabic letters,
 * so the ASCII-only mode is switched off and LaTeX's special characters are escaped here.
 */
import { createRequire } from 'node:module'
import type { CslItem } from '../citation.ts'
import type { CitationFormat } from '../urls.ts'

/** The part of citation-js (CommonJS, no TypeScript declarations) used here. */
interface CitationJs {
  Cite: new (data: readonly object[]) => {
    format(format: 'bibtex' | 'ris' | 'data', options?: Record<string, unknown>): string
  }
  plugins: {
    config: { get(name: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean } } }
  }
}

let loaded: CitationJs['Cite'] | undefined

/**
 * citation-js, loaded and set up on first use: loading it took 0.2-0.3 s of every publish's
 * start, where nearly every download is taken from the live release unformatted.
 */
function citationJs(): CitationJs['Cite'] {
  if (loaded) return loaded
  const require = createRequire(import.meta.url)
  const { Cite, plugins } = require('@citation-js/core') as CitationJs
  // Plugins register their formats with core when loaded.
  for (const plugin of ['bibtex', 'csl', 'ris']) require(`@citation-js/plugin-${plugin}`)
  const bibtexConfig = plugins.config.get('@bibtex')
  bibtexConfig.format.asciiOnly = false
  bibtexConfig.format.useIdAsLabel = true
  loaded = Cite
  return Cite
}

/** The characters LaTeX reads as commands inside a BibTeX field. */
const latexSpecials = /[&%$#_]/g

function escapeLatex(text: string): string {
  return text.replace(latexSpecials, (char) => `\\${char}`)
}

/** The item with its free-text fields escaped for BibTeX (URLs and codes stay verbatim). */
function forBibtex(item: CslItem): CslItem {
  return {
    ...item,
    // BibTeX keys must be ASCII letters, digits and a few marks: `aie-f04-ar` → `aie_f04_ar`.
    id: item.id.replace(/-/g, '_'),
    title: escapeLatex(item.title),
    note: escapeLatex(item.note),
    genre: escapeLatex(item.genre),
    publisher: escapeLatex(item.publisher),
    author: item.author.map((a) => ({ literal: escapeLatex(a.literal) })),
    ...(item['container-title'] === undefined
      ? {}
      : { 'container-title': escapeLatex(item['container-title']) }),
    ...(item['collection-title'] === undefined
      ? {}
      : { 'collection-title': escapeLatex(item['collection-title']) }),
  }
}

const risTag = /^[A-Z][A-Z0-9] {2}-(?: |$)/

/**
 * citation-js wraps RIS values every 70 characters, which splits Arabic words across lines that
 * reference managers join with a space. Values here hold no line breaks of their own (citation
 * texts are single-spaced), so every untagged line is a continuation and is joined back.
 */
function unwrapRis(text: string): string {
  const lines: string[] = []
  for (const line of text.split('\n')) {
    if (risTag.test(line) || lines.length === 0) lines.push(line)
    else lines.push(`${lines.pop() ?? ''}${line}`)
  }
  // The record ends with `ER  - ` (the trailing space is part of the tag line).
  return lines.map((line) => (line === 'ER  -' ? 'ER  - ' : line)).join('\n')
}

/** One citation file's text in the given format. */
export function exportCitation(item: CslItem, format: CitationFormat): string {
  const Cite = citationJs()
  switch (format) {
    case 'bibtex':
      return new Cite([forBibtex(item)]).format('bibtex').trim() + '\n'
    case 'ris':
      return unwrapRis(new Cite([item]).format('ris').trim()) + '\n'
    case 'csl':
      return new Cite([item]).format('data', { format: 'text' }).trim() + '\n'
  }
}
