import type { CollectionConfig } from 'payload'
import { label } from '@mahjar/shared/cms-i18n'
import { anyone, nobody } from '../../access/predicates.ts'
import { dayAndTime, dayOnly } from '../../fields/dates.ts'
import { groups } from '../groups.ts'

/**
 * The permalink registry: every public URL the site has served (item pages in both languages,
 * short links, withdrawal notices), with when it was first published and the day it was last seen live. The publishing
 * pipeline writes it (register.ts) as each release goes live, the export puts it into the snapshot
 * (`permalinks.json`), and the build refuses to go live when a URL of it is neither served nor
 * redirected. The committed `content/permalinks.json` only seeds it. Nobody edits it: a URL, once
 * served, is a promise. Public, like the site's own pages.
 */
export const Permalinks: CollectionConfig = {
  slug: 'permalinks',
  labels: {
    singular: label('cms.collection.permalinks.singular'),
    plural: label('cms.collection.permalinks.plural'),
  },
  admin: {
    useAsTitle: 'path',
    defaultColumns: ['path', 'firstPublishedAt', 'lastSeenAt'],
    group: groups.system,
  },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'path',
      type: 'text',
      label: label('cms.field.path'),
      admin: { rtl: false, readOnly: true },
      required: true,
      unique: true,
      index: true,
    },
    {
      name: 'firstPublishedAt',
      type: 'date',
      label: label('withdrawn.firstPublished'),
      admin: { ...dayAndTime(), readOnly: true },
      required: true,
    },
    {
      name: 'lastSeenAt',
      type: 'date',
      label: label('cms.field.lastSeenAt'),
      // Refreshed once a day (register.ts), so shown as a day.
      admin: { ...dayOnly(), readOnly: true },
      required: true,
    },
  ],
}
