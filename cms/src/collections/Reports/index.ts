import type { CollectionConfig } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
import { countries, language, themes, title } from '../../fields/common.ts'
import { day } from '../../fields/dates.ts'
import { slug } from '../../fields/identifiers.ts'
import { numeric } from '../../fields/numbers.ts'
import { markdown } from '../../fields/richText.ts'
import { localizedText } from '../../fields/text.ts'
import { redirectOldSlug } from '../../hooks/redirectOldSlug.ts'
import { groups } from '../groups.ts'
import { publishable } from '../publishable.ts'
import { notAbove } from './validateMethodology.ts'
import { chapterKey, uniqueChapterKeys } from './validateChapters.ts'

export const Reports: CollectionConfig = publishable({
  slug: 'reports',
  labels: {
    singular: label('collection.reports.one'),
    plural: label('collection.reports.other'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'publishedOn'],
    group: groups.research,
  },
  hooks: { beforeChange: [redirectOldSlug('reports')] },
  fields: [
    slug('reports'),
    title(),
    localizedText({
      name: 'subtitle',
      label: label('cms.field.subtitle'),
      max: textLimits.subtitle,
    }),
    markdown({ name: 'summary', label: label('report.summary'), required: true }),
    localizedText({
      name: 'publisher',
      label: label('cms.field.publisher'),
      max: textLimits.title,
      required: true,
    }),
    day({ name: 'publishedOn', label: label('cms.field.publishedOn') }),
    language({ name: 'originalLanguage', label: label('cms.field.originalLanguage') }),
    localizedText({
      name: 'translationNote',
      label: label('cms.field.translationNote'),
      max: textLimits.paragraph,
      multiline: true,
      description: label('cms.reports.translationNote.description'),
    }),
    {
      name: 'methodology',
      type: 'group',
      label: label('cms.field.methodology'),
      fields: [
        {
          type: 'row',
          fields: [
            numeric({
              name: 'activistsInvited',
              label: label('cms.field.activistsInvited'),
              min: 0,
              required: true,
            }),
            numeric({
              name: 'activistsResponded',
              label: label('cms.field.activistsResponded'),
              min: 0,
              required: true,
              also: notAbove('activistsInvited', label('cms.reports.activistsInvited.inSentence')),
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            numeric({
              name: 'organisationsContacted',
              label: label('cms.field.organisationsContacted'),
              min: 0,
              required: true,
            }),
            numeric({
              name: 'organisationsInterviewed',
              label: label('cms.field.organisationsInterviewed'),
              min: 0,
              required: true,
              also: notAbove(
                'organisationsContacted',
                label('cms.reports.organisationsContacted.inSentence'),
              ),
            }),
          ],
        },
        countries({
          name: 'countriesOfOrigin',
          label: label('cms.field.countriesOfOrigin'),
        }),
        countries({
          name: 'hostCountries',
          label: label('cms.field.hostCountries'),
        }),
      ],
    },
    {
      name: 'chapters',
      type: 'array',
      label: label('cms.field.chapters'),
      labels: {
        singular: label('cms.field.chapters.singular'),
        plural: label('cms.field.chapters'),
      },
      minRows: 1,
      required: true,
      validate: uniqueChapterKeys,
      fields: [
        {
          name: 'key',
          type: 'text',
          label: label('cms.field.key'),
          required: true,
          admin: {
            rtl: false,
            description: label('cms.reports.key.description'),
          },
          validate: chapterKey,
        },
        title(),
        markdown({ name: 'body', label: label('cms.field.body'), required: true }),
      ],
    },
    themes(),
    {
      name: 'cover',
      type: 'upload',
      relationTo: 'media',
      label: label('cms.field.cover'),
    },
    {
      name: 'pdf',
      type: 'upload',
      relationTo: 'media',
      localized: true,
      label: label('cms.field.pdf'),
    },
  ],
})
