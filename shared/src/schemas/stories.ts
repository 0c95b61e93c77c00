import { z } from 'zod'
import { editionKey } from './campaigns.ts'
import { countryCode, isoDate, link, localized, record, slug, type SchemaMode } from './common.ts'

export const storyKinds = ['success-story', 'testimony', 'solidarity-message'] as const

export function story(mode: SchemaMode) {
  return record(mode, {
    slug,
    kind: z.enum(storyKinds),
    title: localized(mode, 'title'),
    summary: localized(mode, 'paragraph'),
    /** Markdown. */
    body: localized(mode),
    country: countryCode.optional(),
    campaignEdition: editionKey(mode).optional(),
    outcomes: z
      .array(
        record(mode, {
          label: localized(mode, 'name'),
          value: z.number().nonnegative(),
          unit: localized(mode, 'unit').optional(),
        }),
      )
      .default([]),
    sources: z.array(link(mode)).default([]),
    /** Shown as the byline unless `anonymous`. */
    author: localized(mode, 'name').optional(),
    anonymous: z.boolean(),
    /** The teller agreed to publication; a story without consent is never published. */
    consent: z.literal(true, "a story is published only with the teller's consent"),
    publishedOn: isoDate,
  })
}
