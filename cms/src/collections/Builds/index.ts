import type { CollectionConfig } from 'payload'
import { isAdmin, isStaff, nobody } from '../../access/predicates.ts'
import { dayAndTime } from '../../fields/dates.ts'
import { requestLanguage } from '../../i18n/messages.ts'
import { groups } from '../groups.ts'
import { buildErrorReason } from './errorReason.ts'
import { publishStatusEndpoint } from './publishStatus.ts'

export const buildStatuses = ['running', 'succeeded', 'failed'] as const
export type BuildStatus = (typeof buildStatuses)[number]

/**
 * One row per build of the live site (written by the rebuild job, src/jobs/rebuildSite.ts):
 * when, how long, result, the release it made live and the tail of its log. Nobody may create or
 * update a row (so the admin shows every field read-only); staff read it, admins delete old rows.
 * A failed build's reason is also given in the reader's language (`errorReason`, computed on
 * read), and `/api/builds/publish-status` tells an edit view where its document stands.
 */
export const Builds: CollectionConfig = {
  slug: 'builds',
  labels: {
    singular: { ar: 'بناء الموقع', en: 'Site build' },
    plural: { ar: 'عمليات بناء الموقع', en: 'Site builds' },
  },
  defaultSort: '-startedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'durationSeconds', 'reason', 'errorReason', 'release'],
    group: groups.system,
    description: {
      ar: 'يُعاد بناء الموقع بعد كل نشر أو إلغاء نشر أو حذف. إذا فشل البناء يبقى الإصدار السابق منشورًا.',
      en: 'The site is rebuilt after each publish, unpublish or delete. A failed build leaves the previous release live.',
    },
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  endpoints: [publishStatusEndpoint],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { ar: 'البناء', en: 'Build' },
    },
    {
      name: 'status',
      type: 'select',
      label: { ar: 'النتيجة', en: 'Result' },
      required: true,
      index: true,
      options: [
        { value: 'running', label: { ar: 'قيد التنفيذ', en: 'Running' } },
        { value: 'succeeded', label: { ar: 'نجح', en: 'Succeeded' } },
        { value: 'failed', label: { ar: 'فشل', en: 'Failed' } },
      ],
    },
    {
      name: 'startedAt',
      type: 'date',
      label: { ar: 'بدأ', en: 'Started' },
      required: true,
      index: true,
      admin: dayAndTime(),
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: { ar: 'انتهى', en: 'Finished' },
      admin: dayAndTime(),
    },
    {
      name: 'durationSeconds',
      type: 'number',
      label: { ar: 'المدة (ثوانٍ)', en: 'Duration (s)' },
    },
    {
      name: 'reason',
      type: 'textarea',
      label: { ar: 'السبب', en: 'Reason' },
    },
    {
      name: 'release',
      type: 'text',
      label: { ar: 'الإصدار', en: 'Release' },
    },
    {
      name: 'errorReason',
      type: 'text',
      label: { ar: 'سبب الفشل', en: 'Why it failed' },
      virtual: true,
      hooks: {
        afterRead: [
          ({ siblingData, req }) => {
            const error = (siblingData as { error?: unknown }).error
            return typeof error === 'string' && error !== ''
              ? buildErrorReason(error, requestLanguage(req))
              : null
          },
        ],
      },
    },
    {
      name: 'error',
      type: 'textarea',
      label: { ar: 'الخطأ', en: 'Error' },
    },
    {
      name: 'logTail',
      type: 'code',
      label: { ar: 'آخر سطور السجل', en: 'Log tail' },
      // A plain <pre>: Payload's code editor (Monaco) would load from a public CDN.
      admin: { components: { Field: '/components/BuildLogTail.tsx#BuildLogTail' } },
    },
  ],
}
