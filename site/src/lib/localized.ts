/**
 * A localized field on a page, beyond `textIn` (`@mahjar/shared/localized`): the plain text for
 * attributes and metadata, and excerpts.
 */
import { localeCodes, type LocaleCode } from '@mahjar/shared/locales'
import { textIn, type LocalizedText } from '@mahjar/shared/localized'
import { markdownToPlainText } from '@mahjar/shared/plain-text'

/** Plain text for attributes and metadata (titles, descriptions), where no notice can be shown. */
export function plain(value: LocalizedText | undefined, lang: LocaleCode): string {
  return textIn(value, lang)?.text ?? ''
}

/** Cuts a plain text to `max` characters at a word boundary, for descriptions and feed titles. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`
}

/** The opening words of a Markdown field (a report's summary) as plain text, cut like `excerpt`. */
export function markdownExcerpt(markdown: string, max = 160): string {
  return excerpt(markdownToPlainText(markdown), max)
}

/** A localized Markdown field cut to `excerpt`s in each language, for lists (FallbackText shows it). */
export function localizedExcerpt(
  value: LocalizedText | undefined,
  max = 160,
): LocalizedText | undefined {
  if (!value) return undefined
  const cut: { [lang in LocaleCode]?: string } = {}
  for (const lang of localeCodes) {
    const text = value[lang]
    if (text !== undefined) cut[lang] = markdownExcerpt(text, max)
  }
  return cut
}

/** A `<title>` of at most `max` characters: the page's own title cut to leave room for `suffix`. */
export function fitTitle(title: string, suffix: string, max = 70): string {
  if (title.length + suffix.length <= max) return `${title}${suffix}`
  return `${excerpt(title, max - suffix.length - 1)}${suffix}`
}
