import { z } from 'zod'
import { countryCode, localized, record, slug, type SchemaMode, textLimits } from './common.ts'

/** Themes and audiences share one shape: a stable slug and a name in both languages. */
export function taxonomyTerm(mode: SchemaMode) {
  return record(mode, {
    slug,
    name: localized(mode, textLimits.name),
    description: localized(mode, textLimits.paragraph).optional(),
    order: z.int().nonnegative(),
  })
}

/** Countries are never authored: names come from the ISO data package (see countries.ts). */
export const countrySchema = z.object({
  code: countryCode,
  name: localized('snapshot', textLimits.name),
})
export type Country = z.infer<typeof countrySchema>
