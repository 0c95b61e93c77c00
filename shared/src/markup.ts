/**
 * Escaping text for HTML and XML written as strings (Pagefind records, redirect pages, share
 * cards, Atom feeds): safe in element content and in double-quoted attributes.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}
