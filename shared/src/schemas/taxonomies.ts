import { z } from 'zod'
import { countryCode, localized, record, slug, type SchemaMode } from './common.ts'

/** Themes and audiences share one shape: a stable slug and a name in both languages. */
export function taxonomyTerm(mode: SchemaMode) {
  return record(mode, {
    slug,
    name: localized(mode, 'name'),
    description: localized(mode, 'paragraph').optional(),
    order: z.int().nonnegative(),
  })
}

/** Countries are never authored: names come from the ISO data package (see countries.ts). */
export const countrySchema = z.object({
  code: countryCode,
  name: localized('snapshot', 'name'),
})
export type Country = z.infer<typeof countrySchema>
