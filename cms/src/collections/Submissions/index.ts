import type { CollectionConfig } from 'payload'
import { label } from '@mahjar/shared/cms-i18n'
import { enumLabels } from '@mahjar/shared/i18n'
import {
  nameChoices,
  submissionKinds,
  submissionLimits,
  submissionStatuses,
} from '@mahjar/shared/schemas/submissions'
import { isAdmin, isEditor, nobody } from '../../access/predicates.ts'
import { addressee, choice, language } from '../../fields/common.ts'
import { dayAndTime } from '../../fields/dates.ts'
import {
  receiptEndpoint,
  sendEndpoint,
  submissionFilesSlug,
  submissionsSlug,
} from '../../submissions/endpoints.ts'
import { forgetFile } from '../../submissions/retention.ts'
import { groups } from '../groups.ts'
import { approveIntoStory, describeSubmission } from './moderation.ts'

/**
 * What campaign participants send from an edition page (src/submissions): never public. Only
 * admins and editors read and moderate them; nobody creates one but the public endpoint, and it
 * keeps only what the sender chose to give (the name as it will be shown, or none). Approving
 * what was sent makes a draft story from it (moderation.ts) for an editor to finish and publish;
 * translators then translate that story.
 */
export const Submissions: CollectionConfig = {
  slug: submissionsSlug,
  labels: {
    singular: label('cms.collection.submissions.singular'),
    plural: label('cms.collection.submissions.plural'),
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'kind', 'status', 'language', 'createdAt'],
    group: groups.participation,
    description: label('cms.submissions.description'),
  },
  access: { read: isEditor, create: nobody, update: isEditor, delete: isAdmin },
  endpoints: [sendEndpoint, receiptEndpoint],
  hooks: {
    beforeChange: [describeSubmission],
    afterChange: [approveIntoStory],
    afterDelete: [forgetFile],
  },
  fields: [
    {
      name: 'summary',
      type: 'text',
      label: label('cms.field.title'),
      admin: { readOnly: true, hidden: true },
    },
    {
      ...choice({
        name: 'status',
        label: label('recommendation.status'),
        values: submissionStatuses,
        labels: enumLabels('submissionStatus', submissionStatuses),
      }),
      defaultValue: 'received',
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'reason',
      type: 'textarea',
      label: label('cms.field.reason'),
      maxLength: submissionLimits.textChars,
      admin: {
        position: 'sidebar',
        description: label('cms.submissions.reason.description'),
        condition: (data) => data.status === 'rejected',
      },
    },
    {
      name: 'story',
      type: 'relationship',
      relationTo: 'stories',
      label: label('cms.field.story'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'decidedAt',
      type: 'date',
      label: label('cms.field.decidedAt'),
      admin: { ...dayAndTime(), position: 'sidebar', readOnly: true },
    },
    {
      ...choice({
        name: 'kind',
        label: label('cms.field.kind'),
        values: submissionKinds,
        labels: enumLabels('submissionKind', submissionKinds),
      }),
      admin: { readOnly: true },
    },
    {
      ...language({ name: 'language', label: label('cms.field.language') }),
      admin: { readOnly: true },
    },
    {
      name: 'campaignEdition',
      type: 'relationship',
      relationTo: 'campaign-editions',
      label: label('cms.field.campaignEdition'),
      required: true,
      admin: { readOnly: true },
    },
    {
      name: 'title',
      type: 'text',
      label: label('cms.field.title'),
      maxLength: submissionLimits.titleChars,
      admin: { readOnly: true },
    },
    {
      name: 'text',
      type: 'textarea',
      label: label('cms.field.text'),
      maxLength: submissionLimits.textChars,
      admin: { readOnly: true },
    },
    {
      ...addressee({ required: false }),
      admin: { readOnly: true, condition: (data) => data.kind === 'demand' },
    },
    {
      name: 'file',
      type: 'upload',
      relationTo: submissionFilesSlug,
      label: label('cms.field.file'),
      admin: { readOnly: true },
    },
    {
      ...choice({
        name: 'nameShown',
        label: label('cms.field.nameShown'),
        values: nameChoices,
        labels: enumLabels('nameShown', nameChoices),
      }),
      admin: { readOnly: true },
    },
    {
      name: 'shownName',
      type: 'text',
      label: label('cms.field.name'),
      maxLength: submissionLimits.nameChars,
      admin: { readOnly: true, condition: (data) => data.nameShown !== 'anonymous' },
    },
    {
      name: 'consent',
      type: 'checkbox',
      label: label('cms.field.consent'),
      admin: { readOnly: true },
    },
    // SHA-256 of the sender's receipt code (submissions/receipt.ts): no one reads it, not even
    // an admin; the receipt endpoint finds a submission by it.
    { name: 'receiptHash', type: 'text', index: true, hidden: true },
  ],
}
