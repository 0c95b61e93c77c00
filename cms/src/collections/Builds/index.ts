import type { CollectionConfig } from 'payload'
import { label } from '@mahjar/shared/cms-i18n'
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
    singular: label('cms.collection.builds.singular'),
    plural: label('cms.collection.builds.plural'),
  },
  defaultSort: '-startedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'durationSeconds', 'reason', 'errorReason', 'release'],
    group: groups.system,
    description: label('cms.builds.description'),
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: isAdmin },
  endpoints: [publishStatusEndpoint],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: label('cms.builds.title'),
    },
    {
      name: 'status',
      type: 'select',
      label: label('cms.field.status'),
      required: true,
      index: true,
      options: [
        { value: 'running', label: label('cms.builds.status.running') },
        { value: 'succeeded', label: label('cms.builds.status.succeeded') },
        { value: 'failed', label: label('cms.builds.status.failed') },
      ],
    },
    {
      name: 'startedAt',
      type: 'date',
      label: label('cms.field.startedAt'),
      required: true,
      index: true,
      admin: dayAndTime(),
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: label('cms.field.finishedAt'),
      admin: dayAndTime(),
    },
    {
      name: 'durationSeconds',
      type: 'number',
      label: label('cms.field.durationSeconds'),
    },
    {
      name: 'reason',
      type: 'textarea',
      label: label('cms.field.reason'),
    },
    {
      name: 'release',
      type: 'text',
      label: label('cms.field.release'),
    },
    {
      name: 'errorReason',
      type: 'text',
      label: label('cms.field.errorReason'),
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
      label: label('cms.field.error'),
    },
    {
      name: 'logTail',
      type: 'code',
      label: label('cms.field.logTail'),
      // A plain <pre>: Payload's code editor (Monaco) would load from a public CDN.
      admin: { components: { Field: '/components/BuildLogTail.tsx#BuildLogTail' } },
    },
  ],
}
