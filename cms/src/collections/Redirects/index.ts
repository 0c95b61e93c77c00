import type { CollectionConfig } from 'payload'
import { label } from '@mahjar/shared/cms-i18n'
import { sluggedCollections } from '@mahjar/shared/collections'
import { collectionNames } from '@mahjar/shared/i18n'
import { anyone, isEditor } from '../../access/predicates.ts'
import { checkSitePath, textRule } from '../../fields/validators.ts'
import { checkRedirect, collapseChains, keepServedAddresses } from './rules.ts'

const names = collectionNames('other')

/**
 * Old public URL → new public URL, left behind when a published slug changes. Public: the
 * exporter writes them into the snapshot (`redirects.json`), and the build turns them into redirect
 * pages, `_redirects` and the nginx map, so the static site keeps every published URL working.
 * Both ends are paths on the site (`checkSitePath`): a redirect never leads off it. Editors add and
 * correct them in the admin; rules.ts keeps each one from breaking a build.
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  labels: {
    singular: label('cms.collection.redirects.singular'),
    plural: label('cms.collection.redirects.plural'),
  },
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'to', 'collection', 'updatedAt'],
    group: label('cms.group.system'),
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: {
    beforeChange: [checkRedirect],
    afterChange: [collapseChains],
    beforeDelete: [keepServedAddresses],
  },
  fields: [
    {
      name: 'from',
      type: 'text',
      label: label('cms.field.from'),
      admin: { rtl: false },
      required: true,
      validate: textRule(checkSitePath),
      unique: true,
      index: true,
    },
    {
      name: 'to',
      type: 'text',
      label: label('cms.field.to'),
      admin: { rtl: false },
      required: true,
      validate: textRule(checkSitePath),
      index: true,
    },
    {
      name: 'collection',
      type: 'select',
      // One label with the withdrawals' collection field: the kind of item the URL served.
      label: label('cms.field.kind'),
      // The collections whose renamed slug leaves redirects (hooks/redirectOldSlug.ts).
      options: sluggedCollections.map((value) => ({ value, label: names[value] })),
    },
  ],
}
