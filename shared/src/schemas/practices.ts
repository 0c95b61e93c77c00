import { z } from 'zod'
import {
  calendarYear,
  countryCode,
  link,
  localized,
  record,
  slug,
  type SchemaMode,
} from './common.ts'
import { gcmObjectiveCount } from '../gcm.ts'

export const actorTypes = [
  'national-government',
  'local-government',
  'international-organisation',
  'diaspora-organisation',
  'civil-society',
] as const

export function practice(mode: SchemaMode) {
  return record(mode, {
    slug,
    title: localized(mode, 'title'),
    summary: localized(mode, 'paragraph'),
    /** Markdown. */
    body: localized(mode),
    countries: z.array(countryCode).min(1, 'needs at least one country'),
    city: localized(mode, 'name').optional(),
    actor: localized(mode, 'title'),
    actorType: z.enum(actorTypes),
    submitter: localized(mode, 'title').optional(),
    /** The channel it came through, e.g. the GFMD Mayors Mechanism. */
    mechanism: localized(mode, 'title').optional(),
    period: record(mode, {
      start: calendarYear().optional(),
      end: calendarYear().optional(),
    })
      .refine((p) => p.start === undefined || p.end === undefined || p.end >= p.start, {
        message: 'end must not be before start',
        path: ['end'],
      })
      .optional(),
    themes: z.array(slug).default([]),
    /** Global Compact for Migration objectives, 1–23. */
    gcmObjectives: z
      .array(
        z
          .int()
          .min(1)
          .max(gcmObjectiveCount, `the Global Compact has ${String(gcmObjectiveCount)} objectives`),
      )
      .default([]),
    links: z.array(link(mode)).default([]),
  })
}
