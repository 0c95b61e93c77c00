/**
 * The published snapshot: what `pnpm export` writes and the site reads. One JSON file per
 * collection, `<SNAPSHOT_DIR>/<collection>.json`, plus `countries.json`, `redirects.json` (the
 * CMS's redirects from renamed URLs) , `withdrawals.json` (items taken off the site, whose URLs
 * show a notice) and `permalinks.json` (the registry of every URL ever served). Only published documents, every locale. Relations are by natural key (slug or code), never by database id, so the snapshot
 * is the same whichever database the CMS runs on.
 */
import { z } from 'zod'
import { sitePathPattern } from '../identifiers.ts'
import { dataCollections } from '../urls.ts'
import { localized, timestamps, translationLag } from './common.ts'
import { countrySchema } from './taxonomies.ts'
import { snapshotDocumentSchemas, type CollectionSlug } from './collections.ts'

export const snapshotVersion = 1

/** Fields the CMS adds to every exported document. */
const published = timestamps.extend({
  /** The languages whose text may lag the other's, and since which day: absent when none does. */
  translationLag: translationLag.optional(),
})

function envelope<T extends z.ZodType>(collection: string, doc: T) {
  return z.object({
    schemaVersion: z.literal(snapshotVersion),
    collection: z.literal(collection),
    generatedAt: z.iso.datetime(),
    docs: z.array(doc),
  })
}

export function snapshotFileSchema<C extends CollectionSlug>(collection: C) {
  const doc = snapshotDocumentSchemas[collection]
  return envelope(collection, z.intersection(doc, published))
}

export const countriesFileSchema = envelope('countries', countrySchema)

const sitePath = z
  .string()
  .regex(
    sitePathPattern,
    'must be a root-relative path of lowercase segments ending in "/", e.g. "/en/reports/old-slug/"',
  )

/** An old public URL and where it now leads. */
export const redirectSchema = z.strictObject({ from: sitePath, to: sitePath })

export const redirectsFileSchema = envelope('redirects', redirectSchema)

export type Redirect = z.infer<typeof redirectSchema>

/**
 * A published item taken off the site with a public reason: its URLs (both languages, and the
 * short link of a finding or recommendation) keep answering with a notice saying what it was,
 * when and why it was withdrawn, and the citation that was valid.
 */
export const withdrawalSchema = z.strictObject({
  collection: z.enum(dataCollections),
  /** Its natural key, as in its URL: a code, a slug, or `campaign/year`. */
  key: z.string().min(1),
  /** The report of a finding or recommendation (for the citation that was valid). */
  report: z.string().optional(),
  /**
   * What it was: the text of its title field (the registry's `titleField`, shared/src/collections.ts), of
   * which a recommendation's text is the longest.
   */
  title: localized('snapshot', 'recommendation').optional(),
  /** Why, in the editors' words (the notice says so when they gave none in a language). */
  reason: localized('snapshot', 'reason').optional(),
  firstPublishedAt: z.iso.datetime().optional(),
  /** The version date of the last published version: the one people cited. */
  lastVersionAt: z.iso.datetime(),
  withdrawnAt: z.iso.datetime(),
  /** Where readers should go instead, a path on the site. */
  instead: sitePath.optional(),
})

export const withdrawalsFileSchema = envelope('withdrawals', withdrawalSchema)

export type Withdrawal = z.infer<typeof withdrawalSchema>

/** A URL of the permalink registry: served by a live release once, so promised for good. */
export const permalinkSchema = z.strictObject({
  path: sitePath,
  firstPublishedAt: z.iso.datetime(),
})

export const permalinksFileSchema = envelope('permalinks', permalinkSchema)

export type Permalink = z.infer<typeof permalinkSchema>

export type PublishedDocument<C extends CollectionSlug> = z.infer<
  (typeof snapshotDocumentSchemas)[C]
> &
  z.infer<typeof published>
