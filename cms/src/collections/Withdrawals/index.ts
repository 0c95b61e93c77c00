import type { CollectionConfig, TextareaField } from 'payload'
import { dataCollections } from '@mahjar/shared/urls'
import { textLimits } from '@mahjar/shared/schemas/common'
import { anyone, isEditor, nobody } from '../../access/predicates.ts'
import { dayAndTime } from '../../fields/dates.ts'
import { localizedText } from '../../fields/text.ts'
import { checkSitePath, textRule } from '../../fields/validators.ts'
import { groups } from '../groups.ts'

const collectionLabels = {
  reports: { ar: 'تقرير', en: 'Report' },
  findings: { ar: 'نتيجة', en: 'Finding' },
  recommendations: { ar: 'توصية', en: 'Recommendation' },
  practices: { ar: 'ممارسة', en: 'Practice' },
  'campaign-editions': { ar: 'دورة حملة', en: 'Campaign edition' },
  stories: { ar: 'قصة', en: 'Story' },
} as const

/**
 * Items taken off the site (collections/withdrawal.ts writes them on Unpublish or Delete). Public:
 * the exporter writes them into the snapshot (`withdrawals.json`) and the site shows a notice at
 * the item's URLs. Editors may correct the reason or point readers elsewhere; nobody deletes one,
 * because its URL would then disappear (publishing the item again removes it).
 */
export const Withdrawals: CollectionConfig = {
  slug: 'withdrawals',
  labels: {
    singular: { ar: 'عنصر مسحوب', en: 'Withdrawal' },
    plural: { ar: 'العناصر المسحوبة', en: 'Withdrawals' },
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
      label: { ar: 'النوع', en: 'Kind' },
      options: dataCollections.map((value) => ({ value, label: collectionLabels[value] })),
      required: true,
      index: true,
      access: { update: () => false },
    },
    {
      name: 'key',
      type: 'text',
      label: { ar: 'الرمز أو المعرّف', en: 'Code or slug' },
      admin: { rtl: false },
      required: true,
      index: true,
      access: { update: () => false },
    },
    {
      name: 'docId',
      type: 'text',
      label: { ar: 'معرّف المستند', en: 'Document id' },
      admin: { hidden: true },
      required: true,
      index: true,
      access: { read: ({ req }) => Boolean(req.user), update: () => false },
    },
    {
      name: 'report',
      type: 'text',
      label: { ar: 'التقرير', en: 'Report' },
      admin: { rtl: false, readOnly: true },
      access: { update: () => false },
    },
    {
      ...(localizedText({
        name: 'title',
        label: { ar: 'ما كان', en: 'What it was' },
        // The text of the item's title field, up to a recommendation's text (shared withdrawalSchema).
        max: textLimits.recommendation,
        multiline: true,
      }) as TextareaField),
      access: { update: () => false },
      admin: { readOnly: true, rows: 3 },
    },
    localizedText({
      name: 'reason',
      label: { ar: 'سبب السحب (يظهر للقراء)', en: 'Reason for withdrawal (public)' },
      max: textLimits.reason,
      multiline: true,
    }),
    {
      name: 'instead',
      type: 'text',
      label: { ar: 'بدلًا منه', en: 'Go instead to' },
      admin: {
        rtl: false,
        description: {
          ar: 'اختياري: صفحة في الموقع يُحال إليها القراء، مثل \u2066/ar/findings/aie-f05/\u2069',
          en: 'Optional: a page of the site readers are pointed to, e.g. /en/findings/aie-f05/',
        },
      },
      validate: textRule(checkSitePath),
    },
    {
      name: 'firstPublishedAt',
      type: 'date',
      label: { ar: 'أول نشر', en: 'First published' },
      admin: { ...dayAndTime(), readOnly: true },
      access: { update: () => false },
    },
    {
      name: 'lastVersionAt',
      type: 'date',
      label: { ar: 'تاريخ آخر نسخة منشورة', en: 'Last published version' },
      admin: { ...dayAndTime(), readOnly: true },
      required: true,
      access: { update: () => false },
    },
    {
      name: 'withdrawnAt',
      type: 'date',
      label: { ar: 'تاريخ السحب', en: 'Withdrawn on' },
      admin: { ...dayAndTime(), readOnly: true },
      required: true,
      index: true,
      access: { update: () => false },
    },
  ],
}
