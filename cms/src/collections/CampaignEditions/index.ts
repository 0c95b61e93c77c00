import type { CollectionConfig, DateFieldValidation, NumberFieldSingleValidation } from 'payload'
import { date } from 'payload/shared'
import { enumLabels } from '@mahjar/shared/i18n'
import { actionKinds, handlePattern, hashtagPattern } from '@mahjar/shared/schemas/campaigns'
import { textLimits, yearRange } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
import { addressee, kind, title } from '../../fields/common.ts'
import { day } from '../../fields/dates.ts'
import { httpUrl } from '../../fields/links.ts'
import { numeric } from '../../fields/numbers.ts'
import { markdown } from '../../fields/richText.ts'
import { localizedText } from '../../fields/text.ts'
import { checkPattern, checkSlug, textRule } from '../../fields/validators.ts'
import { redirectOldSlug } from '../../hooks/redirectOldSlug.ts'
import { message } from '../../i18n/messages.ts'
import { groups } from '../groups.ts'
import { publishable } from '../publishable.ts'

const endDate: DateFieldValidation = (value, args) => {
  const base = date(value, args)
  if (base !== true) return base
  const start = (args.siblingData as { startDate?: unknown }).startDate
  if (!value || !(typeof start === 'string' || start instanceof Date)) return true
  return new Date(value).getTime() < new Date(start).getTime()
    ? message(args.req, 'endDateBeforeStart')
    : true
}

/** One edition per campaign and year: the pair is the edition's natural key and URL. */
const uniqueYear: NumberFieldSingleValidation = async (value, args) => {
  const campaign = (args.data as { campaign?: unknown }).campaign
  if (typeof value !== 'number' || typeof campaign !== 'string') return true
  const found = await args.req.payload.find({
    collection: 'campaign-editions',
    where: {
      and: [
        { campaign: { equals: campaign } },
        { year: { equals: value } },
        ...(args.id === undefined ? [] : [{ id: { not_equals: args.id } }]),
      ],
    },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req: args.req,
  })
  return found.docs.length > 0
    ? message(args.req, 'slugTaken', { value: `${campaign}/${value}` })
    : true
}

/** The site's words for each kind of action (shared/src/i18n), the same in the admin. */
const actionKindLabels = enumLabels('actionKind', actionKinds)

export const CampaignEditions: CollectionConfig = publishable({
  slug: 'campaign-editions',
  labels: {
    singular: label('collection.campaign-editions.one'),
    plural: label('collection.campaign-editions.other'),
  },
  admin: {
    useAsTitle: 'theme',
    defaultColumns: ['campaignName', 'year', 'theme', 'hashtag'],
    group: groups.directory,
  },
  hooks: { beforeChange: [redirectOldSlug('campaign-editions')] },
  fields: [
    {
      name: 'campaign',
      type: 'text',
      label: label('cms.field.campaign'),
      required: true,
      index: true,
      admin: {
        position: 'sidebar',
        description: label('cms.campaignEditions.campaign.description'),
      },
      validate: textRule(checkSlug),
    },
    localizedText({
      name: 'campaignName',
      label: label('cms.field.campaignName'),
      max: textLimits.title,
      required: true,
    }),
    {
      type: 'row',
      fields: [
        numeric({
          name: 'edition',
          label: label('cms.field.edition'),
          min: 1,
          required: true,
        }),
        numeric({
          name: 'year',
          label: label('search.filter.year'),
          ...yearRange,
          required: true,
          also: uniqueYear,
        }),
      ],
    },
    localizedText({
      name: 'theme',
      label: label('cms.field.theme'),
      max: textLimits.title,
      required: true,
    }),
    markdown({ name: 'summary', label: label('report.summary') }),
    {
      type: 'row',
      fields: [
        day({ name: 'startDate', label: label('cms.field.startDate') }),
        day({
          name: 'endDate',
          label: label('cms.field.endDate'),
          overrides: { validate: endDate },
        }),
      ],
    },
    {
      name: 'hashtag',
      type: 'text',
      label: label('campaign.hashtag'),
      required: true,
      admin: { rtl: false },
      validate: textRule((req, value) => checkPattern(req, value, hashtagPattern, 'hashtag')),
    },
    {
      name: 'objectives',
      type: 'array',
      label: label('campaign.objectives'),
      labels: {
        singular: label('cms.field.objectives.singular'),
        plural: label('campaign.objectives'),
      },
      minRows: 1,
      required: true,
      fields: [
        localizedText({
          name: 'text',
          label: label('cms.field.text'),
          max: textLimits.paragraph,
          required: true,
          multiline: true,
        }),
      ],
    },
    {
      name: 'actions',
      type: 'array',
      label: label('cms.field.actions'),
      labels: {
        singular: label('cms.field.actions.singular'),
        plural: label('cms.field.actions'),
      },
      fields: [
        kind(actionKinds, actionKindLabels),
        title(),
        localizedText({
          name: 'text',
          label: label('cms.field.text'),
          max: textLimits.paragraph,
          multiline: true,
        }),
        httpUrl(),
      ],
    },
    {
      name: 'partners',
      type: 'array',
      label: label('campaign.partners'),
      labels: {
        singular: label('cms.field.partners.singular'),
        plural: label('campaign.partners'),
      },
      fields: [
        localizedText({
          name: 'name',
          label: label('cms.field.name'),
          max: textLimits.title,
          required: true,
        }),
        httpUrl(),
      ],
    },
    {
      name: 'decisionMakers',
      type: 'array',
      label: label('cms.field.decisionMakers'),
      labels: {
        singular: label('cms.field.decisionMakers.singular'),
        plural: label('cms.field.decisionMakers'),
      },
      admin: { description: label('cms.campaignEditions.decisionMakers.description') },
      fields: [
        addressee({}),
        localizedText({
          name: 'name',
          label: label('cms.field.name'),
          max: textLimits.name,
          required: true,
        }),
        {
          name: 'handle',
          type: 'text',
          label: label('cms.field.handle'),
          required: true,
          admin: { rtl: false },
          validate: textRule((req, value) => checkPattern(req, value, handlePattern, 'handle')),
        },
      ],
    },
  ],
})
