/**
 * Stable identifiers that appear in public URLs. Permalinks are promises, so what may become a
 * URL segment is restricted to lowercase ASCII words joined by single hyphens.
 */

/**
 * The longest slug or code: well under file-name limits (255 bytes on ext4), since each becomes a
 * folder or file name (`/f/{code}/`, `{code}.bib`, share cards `{slug}-{lang}.png`).
 */
export const identifierMaxLength = 100

/** Slugs of reports, practices, stories, campaigns, taxonomies: `activism-in-exile`. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Codes of findings and recommendations as stored: a prefix naming the report, then parts,
 * uppercase, joined by hyphens (`AIE-F03`, `AIE-B1-11`). Never reused once published.
 */
export const codePattern = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/

/**
 * A path on the public site as redirects name it: root-relative, lowercase segments, ending in
 * "/" (`/en/practices/old-slug/`, `/f/aie-f42/`), at most six parts of at most
 * `identifierMaxLength` characters each (every part becomes a folder name of the built site).
 * Nothing else can become a redirect, so a redirect can never point off the site or at a
 * `javascript:` URL, nor break the build with a name the file system refuses.
 */
export const sitePathPattern = new RegExp(
  `^/(?:[a-z0-9-]{1,${String(identifierMaxLength)}}/){1,6}$`,
)

export class UnsafeIdentifierError extends Error {
  constructor(kind: string, value: unknown, rule: string) {
    super(`Unsafe ${kind} ${JSON.stringify(value)}: ${rule}`)
    this.name = 'UnsafeIdentifierError'
  }
}

export function assertSlug(value: unknown, kind = 'slug'): string {
  if (typeof value !== 'string' || !slugPattern.test(value) || value.length > identifierMaxLength) {
    throw new UnsafeIdentifierError(
      kind,
      value,
      `use lowercase letters a–z, digits and single hyphens (e.g. "activism-in-exile"), at most ${String(identifierMaxLength)} characters`,
    )
  }
  return value
}

/** Accepts a code in either case (URLs carry it lowercase) and returns the stored, uppercase form. */
export function normaliseCode(value: unknown): string {
  const upper = typeof value === 'string' ? value.toUpperCase() : value
  if (
    typeof upper !== 'string' ||
    !codePattern.test(upper) ||
    upper !== upper.normalize('NFKC') ||
    upper.length > identifierMaxLength
  ) {
    throw new UnsafeIdentifierError(
      'code',
      value,
      `a code is a letter-led prefix and parts of letters and digits joined by hyphens (e.g. "AIE-F03"), at most ${String(identifierMaxLength)} characters`,
    )
  }
  return upper
}

/** The form of a code used in URLs and file names. */
export function codeToUrlSegment(code: string): string {
  return normaliseCode(code).toLowerCase()
}

/** The snapshot's folder of published photos, and the site's: `/media/<file>`. */
export const photoFolder = 'media'

/** The name of a photo's file in the snapshot's `media/` folder (the CMS names it; no path). */
export const photoFilePattern = /^[a-z0-9][a-z0-9-]*\.webp$/
