import type { CollectionConfig, TextareaField } from 'payload'
import { collectionNames } from '@mahjar/shared/i18n'
import { dataCollections } from '@mahjar/shared/urls'
import { textLimits } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
import { anyone, isEditor, nobody } from '../../access/predicates.ts'
import { dayAndTime } from '../../fields/dates.ts'
import { localizedText } from '../../fields/text.ts'
import { checkSitePath, textRule } from '../../fields/validators.ts'
import { groups } from '../groups.ts'

const collectionLabels = collectionNames('one')

/**
 * Items taken off the site (collections/withdrawal.ts writes them on Unpublish or Delete). Public:
 * the exporter writes them into the snapshot (`withdrawals.json`) and the site shows a notice at
 * the item's URLs. Editors may correct the reason or point readers elsewhere; nobody deletes one,
 * because its URL would then disappear (publishing the item again removes it).
 */
export const Withdrawals: CollectionConfig = {
  slug: 'withdrawals',
  labels: {
    singular: label('cms.collection.withdrawals.singular'),
    plural: label('cms.collection.withdrawals.plural'),
  },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['key', 'collection', 'withdrawnAt', 'reason'],
    group: groups.system,
  },
  access: { read: anyone, create: nobody, update: isEditor, delete: nobody },
  fields: [
    {
      name: 'collection',
      type: 'select',
      label: label('cms.field.kind'),
      options: dataCollections.map((value) => ({ value, label: collectionLabels[value] })),
      required: true,
      index: true,
      access: { update: () => false },
    },
    {
      name: 'key',
      type: 'text',
      label: label('cms.withdrawals.key'),
      admin: { rtl: false },
      required: true,
      index: true,
      access: { update: () => false },
    },
    {
      name: 'docId',
      type: 'text',
      label: label('cms.field.docId'),
      admin: { hidden: true },
      required: true,
      index: true,
      access: { read: ({ req }) => Boolean(req.user), update: () => false },
    },
    {
      name: 'report',
      type: 'text',
      label: label('recommendation.report'),
      admin: { rtl: false, readOnly: true },
      access: { update: () => false },
    },
    {
      ...(localizedText({
        name: 'title',
        label: label('withdrawn.whatItWas'),
        // The text of the item's title field, up to a recommendation's text (shared withdrawalSchema).
        max: textLimits.recommendation,
        multiline: true,
      }) as TextareaField),
      access: { update: () => false },
      admin: { readOnly: true, rows: 3 },
    },
    localizedText({
      name: 'reason',
      label: label('cms.field.withdrawalReason'),
      max: textLimits.reason,
      multiline: true,
    }),
    {
      name: 'instead',
      type: 'text',
      label: label('cms.field.instead'),
      admin: {
        rtl: false,
        description: label('cms.withdrawals.instead.description'),
      },
      validate: textRule(checkSitePath),
    },
    {
      name: 'firstPublishedAt',
      type: 'date',
      label: label('withdrawn.firstPublished'),
      admin: { ...dayAndTime(), readOnly: true },
      access: { update: () => false },
    },
    {
      name: 'lastVersionAt',
      type: 'date',
      label: label('cms.field.lastVersionAt'),
      admin: { ...dayAndTime(), readOnly: true },
      required: true,
      access: { update: () => false },
    },
    {
      name: 'withdrawnAt',
      type: 'date',
      label: label('cms.field.withdrawnAt'),
      admin: { ...dayAndTime(), readOnly: true },
      required: true,
      index: true,
      access: { update: () => false },
    },
  ],
}
