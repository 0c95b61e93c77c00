/**
 * Checks one document against its shared content schema and turns zod's issues into located
 * content issues (file, line, path, message).
 */
import type { z } from 'zod'
import {
  contentSchemas,
  type CollectionSlug,
  type ContentDocument,
} from '@mahjar/shared/schemas/collections'
import { eachCollection } from '@mahjar/shared/collections'
import { isLocaleCode, localeCodes, locales } from '@mahjar/shared/locales'
import type { ContentIssue, PathSegment } from '@mahjar/shared/file-issues'
import type { YamlSource } from '@mahjar/shared/yaml-source'

export type ValidationResult<C extends CollectionSlug> =
  | { readonly ok: true; readonly doc: ContentDocument<C> }
  | { readonly ok: false; readonly issues: ContentIssue[] }

type Parsers = {
  [C in CollectionSlug]: (raw: unknown) => z.ZodSafeParseResult<ContentDocument<C>>
}

/** One parser per collection, so each keeps its own precise document type. */
const parsers = eachCollection<Parsers>(
  <C extends CollectionSlug>(collection: C) =>
    ((raw: unknown) => contentSchemas[collection].safeParse(raw)) as Parsers[C],
)

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number')
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const last = issue.path.at(-1)
    if (typeof last === 'string' && isLocaleCode(last)) {
      return `the ${locales[last].label} (${last}) text is missing: every reader-visible text needs ${localeCodes.join(' and ')}`
    }
    return `is required (expected ${issue.expected})`
  }
  return issue.message
}

export function toContentIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  source: YamlSource,
  prefix: readonly PathSegment[],
): ContentIssue[] {
  return zodIssues.flatMap((issue) => {
    const path = [...prefix, ...toSegments(issue.path)]
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        source.issue([...path, key], 'unknown field (a typo? the schema does not allow it)'),
      )
    }
    return [source.issue(path, describe(issue))]
  })
}

export function validateDocument<C extends CollectionSlug>(
  collection: C,
  raw: unknown,
  source: YamlSource,
  prefix: readonly PathSegment[],
): ValidationResult<C> {
  const result = parsers[collection](raw)
  if (result.success) return { ok: true, doc: result.data }
  return { ok: false, issues: toContentIssues(result.error.issues, source, prefix) }
}
