import type { CollectionConfig } from 'payload'
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
    singular: { ar: 'بلد', en: 'Country' },
    plural: { ar: 'البلدان', en: 'Countries' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name'],
    group: groups.taxonomies,
    description: {
      ar: 'تُملأ تلقائيًا من معيار \u2066ISO 3166\u2069؛ لا تُحرَّر يدويًا.',
      en: 'Filled automatically from ISO 3166; not edited by hand.',
    },
  },
  defaultSort: 'code',
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'id', type: 'text', label: { ar: 'المعرّف', en: 'ID' }, admin: { hidden: true } },
    {
      name: 'code',
      type: 'text',
      label: { ar: 'الرمز', en: 'Code' },
      required: true,
      unique: true,
      admin: { readOnly: true },
    },
    {
      name: 'name',
      type: 'text',
      label: { ar: 'الاسم', en: 'Name' },
      localized: true,
      admin: { readOnly: true },
    },
  ],
}
