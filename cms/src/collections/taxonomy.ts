/** Themes and audiences share one shape (shared `taxonomyTerm`): slug, name, description, order. */
import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { anyone, isEditor } from '../access/predicates.ts'
import type { InEveryLanguage } from '@mahjar/shared/localized'
import { label } from '@mahjar/shared/cms-i18n'
import { slug } from '../fields/identifiers.ts'
import { order } from '../fields/numbers.ts'
import { localizedText } from '../fields/text.ts'
import { rejectMalformed } from '../hooks/rejectMalformed.ts'
import { rejectWrongTypes } from '../hooks/rejectWrongTypes.ts'
import { groups } from './groups.ts'

export function taxonomy(
  collection: 'themes' | 'audiences',
  labels: { singular: InEveryLanguage; plural: InEveryLanguage },
): CollectionConfig {
  return {
    slug: collection,
    labels,
    admin: {
      useAsTitle: 'name',
      defaultColumns: ['name', 'slug', 'order'],
      group: groups.taxonomies,
    },
    defaultSort: 'order',
    access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
    hooks: { beforeOperation: [rejectWrongTypes, rejectMalformed] },
    fields: [
      slug(collection),
      localizedText({
        name: 'name',
        label: label('cms.field.name'),
        max: textLimits.name,
        required: true,
      }),
      localizedText({
        name: 'description',
        label: label('cms.field.description'),
        max: textLimits.paragraph,
        multiline: true,
      }),
      order(),
    ],
  }
}
