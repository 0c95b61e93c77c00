import type { CheckboxField, CollectionConfig, SelectFieldSingleValidation } from 'payload'
import { enumLabels } from '@mahjar/shared/i18n'
import { storyKinds } from '@mahjar/shared/schemas/stories'
import { textLimits } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
import { authorReadable, authorWritable } from '../../access/predicates.ts'
import { addressee, kind, summary, title } from '../../fields/common.ts'
import { day } from '../../fields/dates.ts'
import { slug } from '../../fields/identifiers.ts'
import { linkList } from '../../fields/links.ts'
import { relation } from '../../fields/relation.ts'
import { labelledValue } from '../../fields/numbers.ts'
import { markdown } from '../../fields/richText.ts'
import { localizedText } from '../../fields/text.ts'
import { message } from '../../i18n/messages.ts'
import { redirectOldSlug } from '../../hooks/redirectOldSlug.ts'
import { groups } from '../groups.ts'
import { publishable } from '../publishable.ts'
import {
  forgetAuthor,
  keepNameWhenLeftOut,
  placeAuthor,
  placeNewStoryAuthor,
  showAuthorToEditors,
} from './hooks/authorApart.ts'

/** The site's words for each kind (shared/src/i18n), the same in the admin. */
const kindLabels = enumLabels('storyKind', storyKinds)

/** Published stories need the teller's consent (drafts may wait for it). */
const consentGiven: CheckboxField['validate'] = (value, args) =>
  value === true ? true : message(args.req, 'consent')

/** A demand names whom it is addressed to; no other kind of story has an addressee. */
const addresseeOfDemand: SelectFieldSingleValidation = (value, args) => {
  const isDemand = (args.siblingData as { kind?: unknown }).kind === 'demand'
  return isDemand === Boolean(value) ? true : message(args.req, 'addresseeOfDemand')
}

export const Stories: CollectionConfig = publishable({
  slug: 'stories',
  labels: {
    singular: label('collection.stories.one'),
    plural: label('collection.stories.other'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedOn'],
    group: groups.directory,
  },
  hooks: {
    beforeChange: [redirectOldSlug('stories')],
    // The name of an anonymous story's teller is stored apart (hooks/authorApart.ts).
    afterChange: [placeNewStoryAuthor],
    afterRead: [showAuthorToEditors],
    beforeDelete: [forgetAuthor],
  },
  fields: [
    slug('stories'),
    kind(storyKinds, kindLabels),
    title(),
    summary(),
    markdown({ name: 'body', label: label('cms.field.body'), required: true }),
    {
      ...addressee({ required: false, validate: addresseeOfDemand }),
      admin: { condition: (data) => data.kind === 'demand' },
      // A story changed from a demand to another kind drops the addressee the form now hides.
      hooks: {
        beforeChange: [
          ({ value, siblingData }): unknown =>
            (siblingData as { kind?: unknown }).kind === 'demand' ? value : null,
        ],
      },
    },
    {
      // A participant's photo, re-encoded without metadata when it was sent (submissions), and
      // again by the media library; published as the snapshot's copy, never from the CMS.
      name: 'photo',
      type: 'upload',
      relationTo: 'media',
      label: label('cms.field.photo'),
    },
    relation({
      name: 'country',
      label: label('search.filter.country'),
      relationTo: 'countries',
      sidebar: true,
    }),
    relation({
      name: 'campaignEdition',
      label: label('cms.field.campaignEdition'),
      relationTo: 'campaign-editions',
      sidebar: true,
    }),
    {
      name: 'outcomes',
      type: 'array',
      label: label('cms.field.outcomes'),
      labels: {
        singular: label('cms.field.outcomes.singular'),
        plural: label('cms.field.outcomes.plural'),
      },
      fields: [
        ...labelledValue(),
        localizedText({ name: 'unit', label: label('cms.field.unit'), max: textLimits.unit }),
      ],
    },
    linkList({
      name: 'sources',
      labels: { plural: label('followUp.sources'), singular: label('cms.field.sources.singular') },
    }),
    {
      ...localizedText({
        name: 'author',
        label: label('cms.field.author'),
        max: textLimits.name,
        description: label('cms.stories.author.description'),
      }),
      // Not in REST for readers, nor in the snapshot (which reads as an anonymous reader), so not
      // in open data, feeds, search or pages; and for an anonymous story not even in the story's
      // row or versions (hooks/authorApart.ts).
      access: { read: authorReadable, update: authorWritable },
      hooks: { beforeValidate: [keepNameWhenLeftOut], beforeChange: [placeAuthor] },
    },
    {
      name: 'anonymous',
      type: 'checkbox',
      label: label('cms.field.anonymous'),
      defaultValue: false,
      admin: { position: 'sidebar' },
    },
    {
      name: 'consent',
      type: 'checkbox',
      label: label('cms.field.consent'),
      defaultValue: false,
      admin: { position: 'sidebar' },
      validate: consentGiven,
    },
    day({
      name: 'publishedOn',
      label: label('cms.field.publishedOn'),
      overrides: { admin: { position: 'sidebar' } },
    }),
  ],
})
