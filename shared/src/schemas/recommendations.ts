import { z } from 'zod'
import { code, correction, localized, record, slug, type SchemaMode } from './common.ts'

/** The study's own numbering of a recommendation: "A.1", "B.1.11", "C.3". */
export const recommendationNumberPattern = /^[A-Z](?:\.\d+)+$/

export function recommendation(mode: SchemaMode) {
  return record(mode, {
    code,
    /** The study's own numbering ("A.1", "B.1.11", "C.3"); gaps in it are kept, never filled. */
    number: z.string().regex(recommendationNumberPattern, 'must look like "A.1" or "B.1.11"'),
    report: slug,
    /** The group heading in the study ("Support for diaspora organisations"). */
    section: localized(mode, 300).optional(),
    audiences: z.array(slug).min(1, 'needs at least one audience'),
    themes: z.array(slug).min(1, 'needs at least one theme'),
    text: localized(mode, 4_000),
    /** Codes of the findings this recommendation rests on. */
    evidence: z.array(code).default([]),
    order: z.int().nonnegative(),
    corrections: z.array(correction(mode)).default([]),
  })
}
