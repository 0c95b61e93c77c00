import { z } from 'zod'
import { localeCodes } from '../locales.ts'
import {
  countryCode,
  isoDate,
  localized,
  record,
  slug,
  uniqueBy,
  type SchemaMode,
} from './common.ts'

export function chapter(mode: SchemaMode) {
  return record(mode, {
    /** Stable anchor of the chapter (`findings`), used in URLs as `#findings`. */
    key: slug,
    title: localized(mode, 'title'),
    /** Markdown. */
    body: localized(mode),
  })
}

export function report(mode: SchemaMode) {
  return record(mode, {
    slug,
    title: localized(mode, 'title'),
    subtitle: localized(mode, 'subtitle').optional(),
    /** Markdown. */
    summary: localized(mode),
    publisher: localized(mode, 'title'),
    publishedOn: isoDate,
    originalLanguage: z.enum(localeCodes),
    /** Says which edition is a translation, and by whom. */
    translationNote: localized(mode, 'paragraph').optional(),
    methodology: record(mode, {
      activistsInvited: z.int().nonnegative(),
      activistsResponded: z.int().nonnegative(),
      organisationsContacted: z.int().nonnegative(),
      organisationsInterviewed: z.int().nonnegative(),
      countriesOfOrigin: z.array(countryCode),
      hostCountries: z.array(countryCode),
    })
      .refine((m) => m.activistsResponded <= m.activistsInvited, {
        message: 'activistsResponded cannot exceed activistsInvited',
        path: ['activistsResponded'],
      })
      .refine((m) => m.organisationsInterviewed <= m.organisationsContacted, {
        message: 'organisationsInterviewed cannot exceed organisationsContacted',
        path: ['organisationsInterviewed'],
      }),
    chapters: z
      .array(chapter(mode))
      .min(1, 'a report needs at least one chapter')
      .superRefine((chapters, ctx) => {
        const duplicate = uniqueBy(chapters, (c) => c.key)
        if (duplicate)
          ctx.addIssue({ code: 'custom', message: `duplicate chapter key "${duplicate}"` })
      }),
    themes: z.array(slug).default([]),
  })
}
