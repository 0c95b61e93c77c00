import { z } from 'zod'
import {
  code,
  correction,
  httpUrl,
  isoDate,
  localized,
  record,
  slug,
  type SchemaMode,
} from './common.ts'

/** The study's own numbering of a recommendation: "A.1", "B.1.11", "C.3". */
export const recommendationNumberPattern = /^[A-Z](?:\.\d+)+$/

/** How an addressee answered a recommendation (the UPR's "supported" / "noted"). */
export const responseStatuses = ['supported', 'noted', 'rejected', 'no-response'] as const
/** How far an addressee has carried it out. */
export const implementationStatuses = [
  'not-started',
  'in-progress',
  'partially-implemented',
  'implemented',
  'reversed',
] as const
export const followUpKinds = ['response', 'implementation'] as const
export type FollowUpKind = (typeof followUpKinds)[number]
export type ResponseStatus = (typeof responseStatuses)[number]
export type ImplementationStatus = (typeof implementationStatuses)[number]
/** What an entry records: one status of its kind. */
export const followUpStatuses = [...responseStatuses, ...implementationStatuses] as const
export type FollowUpEntryStatus = (typeof followUpStatuses)[number]

export const statusesOfKind: Readonly<Record<FollowUpKind, readonly FollowUpEntryStatus[]>> = {
  response: responseStatuses,
  implementation: implementationStatuses,
}

/**
 * One dated step of what happened to a recommendation: an addressee's response or the state of its
 * implementation, with its sources. The recommendation's current status is derived from these
 * entries (`shared/src/follow-up.ts`), never typed.
 */
export function followUpEntry(mode: SchemaMode) {
  return record(mode, {
    date: isoDate,
    /** The addressee: one of the recommendation's audiences. */
    audience: slug,
    /** A named body within that audience ("Ministry of the Interior", "a donor"), optional. */
    body: localized(mode, 'name').optional(),
    kind: z.enum(followUpKinds),
    status: z.enum(followUpStatuses),
    statement: localized(mode, 'paragraph'),
    sources: z
      .array(
        record(mode, {
          label: localized(mode, 'title'),
          url: httpUrl,
          date: isoDate.optional(),
        }),
      )
      .default([]),
    /** Codes of findings that measure progress. */
    findings: z.array(code).default([]),
  }).refine((entry) => statusesOfKind[entry.kind].includes(entry.status), {
    message: 'the status must be one of its kind (a response or an implementation status)',
    path: ['status'],
  })
}

export function recommendation(mode: SchemaMode) {
  return record(mode, {
    code,
    /** The study's own numbering ("A.1", "B.1.11", "C.3"); gaps in it are kept, never filled. */
    number: z.string().regex(recommendationNumberPattern, 'must look like "A.1" or "B.1.11"'),
    report: slug,
    /** The group heading in the study ("Support for diaspora organisations"). */
    section: localized(mode, 'title').optional(),
    audiences: z.array(slug).min(1, 'needs at least one audience'),
    themes: z.array(slug).min(1, 'needs at least one theme'),
    text: localized(mode, 'recommendation'),
    /** Codes of the findings this recommendation rests on. */
    evidence: z.array(code).default([]),
    order: z.int().nonnegative(),
    corrections: z.array(correction(mode)).default([]),
    /** The follow-up record, in any order (the site sorts by date). */
    followUp: z.array(followUpEntry(mode)).default([]),
  }).refine((rec) => rec.followUp.every((entry) => rec.audiences.includes(entry.audience)), {
    message: "a follow-up entry's addressee must be one of the recommendation's audiences",
    path: ['followUp'],
  })
}
