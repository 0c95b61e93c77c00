import type { CollectionConfig, NumberFieldSingleValidation } from 'payload'
import { gcmObjectiveCount } from '@mahjar/shared/gcm'
import { enumLabels } from '@mahjar/shared/i18n'
import { actorTypes } from '@mahjar/shared/schemas/practices'
import { textLimits, yearRange } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
import { choice, countries, summary, themes, title } from '../../fields/common.ts'
import { slug } from '../../fields/identifiers.ts'
import { linkList } from '../../fields/links.ts'
import { numeric } from '../../fields/numbers.ts'
import { markdown } from '../../fields/richText.ts'
import { localizedText } from '../../fields/text.ts'
import { message } from '../../i18n/messages.ts'
import { redirectOldSlug } from '../../hooks/redirectOldSlug.ts'
import { groups } from '../groups.ts'
import { publishable } from '../publishable.ts'

/** The site's words for each type of actor (shared/src/i18n), the same in the admin. */
const actorTypeLabels = enumLabels('actorType', actorTypes)

const periodEnd: NumberFieldSingleValidation = (value, args) => {
  const start = (args.siblingData as { start?: unknown }).start
  return typeof value === 'number' && typeof start === 'number' && value < start
    ? message(args.req, 'endYearBeforeStart')
    : true
}

export const Practices: CollectionConfig = publishable({
  slug: 'practices',
  labels: {
    singular: label('collection.practices.one'),
    plural: label('cms.collection.practices.plural'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'actorType'],
    group: groups.directory,
  },
  hooks: { beforeChange: [redirectOldSlug('practices')] },
  fields: [
    slug('practices'),
    title(),
    summary(),
    markdown({ name: 'body', label: label('cms.field.body'), required: true }),
    countries({ required: true }),
    localizedText({ name: 'city', label: label('cms.field.city'), max: textLimits.name }),
    localizedText({
      name: 'actor',
      label: label('cms.field.actor'),
      max: textLimits.title,
      required: true,
    }),
    choice({
      name: 'actorType',
      label: label('cms.field.actorType'),
      values: actorTypes,
      labels: actorTypeLabels,
    }),
    localizedText({
      name: 'submitter',
      label: label('cms.field.submitter'),
      max: textLimits.title,
    }),
    localizedText({
      name: 'mechanism',
      label: label('practice.mechanism'),
      max: textLimits.title,
      description: label('cms.practices.mechanism.description'),
    }),
    {
      name: 'period',
      type: 'group',
      label: label('practice.period'),
      fields: [
        {
          type: 'row',
          fields: [
            numeric({
              name: 'start',
              label: label('cms.field.start'),
              ...yearRange,
            }),
            numeric({
              name: 'end',
              label: label('cms.field.end'),
              ...yearRange,
              also: periodEnd,
            }),
          ],
        },
      ],
    },
    themes(),
    numeric({
      name: 'gcmObjectives',
      label: label('practice.gcm'),
      min: 1,
      max: gcmObjectiveCount,
      hasMany: true,
      description: label('cms.practices.gcmObjectives.description'),
      sidebar: true,
    }),
    linkList({
      name: 'links',
      labels: { plural: label('cms.field.links'), singular: label('cms.field.links.singular') },
    }),
  ],
})
