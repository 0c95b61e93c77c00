/**
 * Building blocks of the published-content schemas. Every schema is built in one of two modes:
 * - `content`: the seed files in `content/`; every required text must exist in both languages and
 *   unknown keys are errors (they are typos).
 * - `snapshot`: what the CMS exports for the site; a text may exist in one language only (the site
 *   then shows it with a "not yet translated" notice).
 */
import { z } from 'zod'
import { codePattern, identifierMaxLength, slugPattern } from '../identifiers.ts'
import { isCountryCode } from '../countries.ts'
import { inEveryLanguage } from '../localized.ts'
import { localeCodes } from '../locales.ts'

export type SchemaMode = 'content' | 'snapshot'

export const slug = z
  .string()
  .regex(
    slugPattern,
    'must be lowercase letters, digits and single hyphens, e.g. "activism-in-exile"',
  )
  .max(identifierMaxLength, `must be at most ${String(identifierMaxLength)} characters`)

export const code = z
  .string()
  .regex(codePattern, 'must be an uppercase code such as "AIE-F03" or "AIE-B1-11"')
  .max(identifierMaxLength, `must be at most ${String(identifierMaxLength)} characters`)

export const isoDate = z.iso.date('must be a date written YYYY-MM-DD')

export const countryCode = z
  .string()
  .refine(isCountryCode, 'must be an ISO 3166-1 alpha-2 country code such as "SY" or "DE"')

export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })

/**
 * The publication timestamps the CMS sets on every published document (ISO date-times). Key order
 * is the order an exported document carries them (scripts spread the parsed document).
 */
export const timestamps = z.object({
  /** Last time the published version changed: the "version date" of a citation. */
  updatedAt: z.iso.datetime(),
  /** First publication. */
  createdAt: z.iso.datetime(),
})

export type Timestamps = z.infer<typeof timestamps>

/**
 * A published document whose text in a language may lag the other language's: for each such
 * language, the day the other language's text last changed ahead of it (the CMS's translation
 * ledger, cms/src/lib/translationStatus.ts). Only the CMS's export writes it; content files are
 * written in both languages together and never lag.
 */
export const translationLag = z
  .strictObject(inEveryLanguage(() => isoDate.optional()))
  .refine((lag) => localeCodes.some((lang) => lag[lang] !== undefined), {
    message: 'names at least one lagging language',
  })

/**
 * Characters per language of each kind of reader-visible text: the one source of the limits of
 * the schemas below and of the CMS fields that edit them (cms/src/fields/text.ts), so an editor
 * can never save a text the site build then refuses. Counted in UTF-16 units, as zod's `.max()`
 * and the CMS's check count.
 */
export const textLimits = {
  /** The study's exhibit label of a finding ("1-A"). */
  exhibit: 40,
  /** The unit of a story's measured outcome. */
  unit: 50,
  /** A name: a theme or audience, a city, a byline, an amount's label, a named body, a user. */
  name: 200,
  /** A title or a one-line text: titles, sections, actors, publishers, link labels, alt texts. */
  title: 300,
  /** A report's subtitle. */
  subtitle: 500,
  /** The public reason an item was withdrawn from the site. */
  reason: 1_000,
  /** A paragraph of plain text: summaries, statements, notes, descriptions, objectives. */
  paragraph: 2_000,
  /** The text of a recommendation. */
  recommendation: 4_000,
  /** A Markdown text (its source): bodies, a report's or an edition's summary. */
  markdown: 20_000,
} as const

function text(max: number) {
  return z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
}

export type TextKind = keyof typeof textLimits

/**
 * The years a campaign edition or a practice's period may name: one range for the snapshot
 * schemas, the CMS's number fields and the submission form.
 */
export const yearRange = { min: 1900, max: 2999 } as const

export function calendarYear() {
  return z.int().min(yearRange.min).max(yearRange.max)
}

/**
 * A reader-visible text in both languages. Its kind's limit (`textLimits`) caps each language's
 * length; Markdown fields use the same shape (their value is Markdown source).
 */
export function localized(mode: SchemaMode, kind: TextKind = 'markdown') {
  const max = textLimits[kind]
  if (mode === 'content') {
    return z.strictObject(inEveryLanguage(() => text(max)))
  }
  return z
    .strictObject(inEveryLanguage(() => text(max).optional()))
    .refine((value) => localeCodes.some((lang) => value[lang] !== undefined), {
      message: 'needs a text in at least one language',
    })
}

/** The object factory of the mode: strict in content files (typos are errors), plain in snapshots. */
export function record<T extends z.ZodRawShape>(mode: SchemaMode, shape: T) {
  return mode === 'content' ? z.strictObject(shape) : z.object(shape)
}

export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): string | undefined {
  const seen = new Set<string>()
  for (const item of items) {
    const value = key(item)
    if (seen.has(value)) return value
    seen.add(value)
  }
  return undefined
}

export function correction(mode: SchemaMode) {
  return record(mode, { date: isoDate, note: localized(mode, 'paragraph') })
}

export function link(mode: SchemaMode) {
  return record(mode, { label: localized(mode, 'title'), url: httpUrl })
}
