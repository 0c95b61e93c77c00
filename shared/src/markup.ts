/**
 * Escaping text for HTML and XML written as strings (Pagefind records, redirect pages, share
 * cards, Atom feeds): safe in element content and in double-quoted attributes; and values
 * written into a `<script>` element (`jsonForScript`).
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Characters XML 1.0 does not allow (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/F). */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Text for an XML document (Atom feeds): characters XML does not allow are removed, so one
 * control character typed into a title can never make a feed unreadable; then escaped.
 */
export function escapeXml(text: string): string {
  return escapeMarkup(text.replace(notXmlChar, ''))
}

const scriptUnsafe: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
}) as Record<string, string>

/**
 * A value as JSON text for the inside of a `<script>` element (JSON-LD, a JSON data block, an
 * inline script's literal): `<`, `>`, `&`, U+2028 and U+2029 become `\u` escapes, so no content
 * (a theme named `</script x`, a `<!--`) can close the element or change how it is parsed. The
 * result parses back to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => scriptUnsafe[char] ?? char)
}
