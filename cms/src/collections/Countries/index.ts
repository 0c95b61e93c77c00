import type { CollectionConfig } from 'payload'
import { label } from '@mahjar/shared/cms-i18n'
import { anyone, nobody } from '../../access/predicates.ts'
import { groups } from '../groups.ts'

/**
 * ISO 3166-1 countries, names in both languages from the maintained i18n-iso-countries package
 * (filled at boot by fillCountries.ts, never typed by hand). The id is the alpha-2 code itself,
 * so a relation to a country holds its code ("SY"), as the shared schemas do, whatever database.
 */
export const Countries: CollectionConfig = {
  slug: 'countries',
  labels: {
    singular: label('cms.collection.countries.singular'),
    plural: label('common.countries'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name'],
    group: groups.taxonomies,
    description: label('cms.countries.description'),
  },
  defaultSort: 'code',
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'id', type: 'text', label: label('cms.field.id'), admin: { hidden: true } },
    {
      name: 'code',
      type: 'text',
      label: label('findings.code'),
      required: true,
      unique: true,
      admin: { readOnly: true },
    },
    {
      name: 'name',
      type: 'text',
      label: label('cms.field.name'),
      localized: true,
      admin: { readOnly: true },
    },
  ],
}
