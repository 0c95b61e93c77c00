import { z } from 'zod'
import { calendarYear, isoDate, localized, record, slug, type SchemaMode } from './common.ts'
import { submissionAddressees } from './submissions.ts'

export const actionKinds = ['know-more', 'raise-your-voice'] as const

/** A public handle on X (the platform campaigns mention decision-makers on): `@UNHumanRights`. */
export const handlePattern = /^@[A-Za-z0-9_]{1,15}$/

/** A hashtag as campaigns write it: `#AlMahjarCan_21` (letters of any script, digits, _). */
export const hashtagPattern = /^#[\p{L}\p{N}_]+$/u

export function campaignEdition(mode: SchemaMode) {
  return record(mode, {
    /** Campaign slug, the first URL segment: /{lang}/campaigns/{campaign}/{year}/. */
    campaign: slug,
    campaignName: localized(mode, 'title'),
    edition: z.int().positive(),
    year: calendarYear(),
    theme: localized(mode, 'title'),
    /** Markdown. */
    summary: localized(mode).optional(),
    startDate: isoDate,
    endDate: isoDate,
    hashtag: z.string().regex(hashtagPattern, 'must be a hashtag such as "#AlMahjarCan_21"'),
    objectives: z.array(localized(mode, 'paragraph')).min(1, 'needs at least one objective'),
    actions: z.array(
      record(mode, {
        kind: z.enum(actionKinds),
        title: localized(mode, 'title'),
        text: localized(mode, 'paragraph').optional(),
        url: z.url().optional(),
      }),
    ),
    partners: z
      .array(record(mode, { name: localized(mode, 'title'), url: z.url().optional() }))
      .default([]),
    /** Whom participants can mention, by addressee (the campaign toolkit's "mention" links). */
    decisionMakers: z
      .array(
        record(mode, {
          addressee: z.enum(submissionAddressees),
          name: localized(mode, 'name'),
          handle: z
            .string()
            .regex(handlePattern, 'must be a public handle such as "@UNHumanRights"'),
        }),
      )
      .default([]),
  }).refine((e) => e.endDate >= e.startDate, {
    message: 'endDate must not be before startDate',
    path: ['endDate'],
  })
}

/** The natural key of an edition: stories point at it with this. */
export function editionKey(mode: SchemaMode) {
  return record(mode, { campaign: slug, year: calendarYear() })
}
