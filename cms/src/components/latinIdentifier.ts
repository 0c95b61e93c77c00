/**
 * What counts as a Latin identifier in the admin: text that is a name for a machine or a code,
 * not a word of the interface, and so stays left to right (and Latin) in the Arabic admin.
 * Shared by the direction provider (which marks such text `dir="ltr"`) and the Arabic-admin test
 * (which allows Latin text only there); each pattern says why it is allowed.
 */
import { codePattern } from '@mahjar/shared/identifiers'

export const latinIdentifierPatterns: readonly { pattern: RegExp; reason: string }[] = [
  {
    pattern: codePattern,
    reason: 'a stable finding or recommendation code (AIE-F01, AIE-B1-11): part of the permalink',
  },
  { pattern: /^[A-Z]{2}$/, reason: 'an ISO 3166-1 alpha-2 country code (SY): the country id' },
  {
    pattern: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
    reason: "an account's e-mail address: it is the user's sign-in name",
  },
  { pattern: /^\/[\w\-/.]*$/, reason: 'a site path (a redirect source or target)' },
  {
    pattern: /^[\w-]+\.(?:png|jpe?g|webp|gif|svg|pdf)$/i,
    reason: "an uploaded file's name, as stored",
  },
  {
    pattern: /^[a-z0-9]+(?:-[a-z0-9]+)+$/,
    reason: 'a hyphenated slug (activism-in-exile): part of a public URL',
  },
  { pattern: /^ISO 3166(?:-1)?$/, reason: 'the name of the country-code standard' },
  {
    pattern: /^#\w+$/,
    reason: 'a campaign hashtag (#AlMahjarCan_21) or a URL anchor (#findings), written as typed',
  },
  { pattern: /^PDF$/, reason: 'the file format, which Arabic writes in Latin letters too' },
  {
    pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    reason: "a document's id (shown for documents without a title)",
  },
  { pattern: /^[A-Z](?:\.\d+)+$/, reason: 'a recommendation number (A.1, B.1.11) from the study' },
]

/**
 * List columns whose cells are identifiers whatever they look like: a one-word slug
 * ("repression") is a URL part, not an English word of the interface.
 */
export const identifierColumns: readonly { column: string; reason: string }[] = [
  { column: 'slug', reason: 'slugs are URL parts' },
  { column: 'code', reason: 'codes and ISO country codes are identifiers' },
  { column: 'campaign', reason: "a campaign's slug, part of its URL" },
  { column: 'hashtag', reason: 'a hashtag as people type it' },
  { column: 'email', reason: 'a sign-in name' },
  { column: 'filename', reason: 'a stored file name' },
  { column: 'key', reason: 'a chapter key, the anchor in the URL' },
  { column: 'release', reason: 'a release folder name' },
  { column: 'from', reason: 'a site path' },
  { column: 'to', reason: 'a site path' },
]

export const identifierCellSelector = identifierColumns
  .map(({ column }) => `td.cell-${column}`)
  .join(', ')

export function isLatinIdentifier(text: string): boolean {
  const value = text.trim()
  return value !== '' && latinIdentifierPatterns.some(({ pattern }) => pattern.test(value))
}
