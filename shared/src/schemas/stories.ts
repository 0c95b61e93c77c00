import { z } from 'zod'
import { editionKey } from './campaigns.ts'
import { countryCode, isoDate, link, localized, record, slug, type SchemaMode } from './common.ts'
import { photoFilePattern } from '../identifiers.ts'
import { submissionAddressees } from './submissions.ts'

/**
 * Success stories the organisation tells, and what campaign participants send once an editor
 * approves it: a testimony from exile, a solidarity message, a demand to an addressee.
 */
export const storyKinds = ['success-story', 'testimony', 'solidarity-message', 'demand'] as const

/** A photo a participant sent with a demand or a message, as published (re-encoded, no metadata). */
export function storyPhoto(mode: SchemaMode) {
  return record(mode, {
    file: z.string().regex(photoFilePattern, 'must be a file name such as "photo-1a2b.webp"'),
    alt: localized(mode, 'title'),
    width: z.int().positive(),
    height: z.int().positive(),
  })
}

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
    /** Whom a demand is addressed to; only demands have one. */
    addressee: z.enum(submissionAddressees).optional(),
    photo: storyPhoto(mode).optional(),
  }).refine((s) => (s.kind === 'demand') === (s.addressee !== undefined), {
    message: 'a demand names its addressee, and only a demand has one',
    path: ['addressee'],
  })
}
