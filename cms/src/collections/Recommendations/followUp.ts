/**
 * A recommendation's follow-up record (shared `followUpEntry`): dated responses and steps of
 * implementation by one of its audiences, with their sources and the findings that measure them.
 * The current status is never a field: the site derives it from these rows (shared/follow-up.ts).
 * A status must be of its row's kind: the admin offers only those (`filterOptions`) and a save
 * holding another is refused with a message naming both.
 */
import {
  followUpKinds,
  followUpStatuses,
  statusesOfKind,
  type FollowUpEntryStatus,
  type FollowUpKind,
} from '@mahjar/shared/schemas/recommendations'
import { enumLabels } from '@mahjar/shared/i18n'
import type {
  ArrayField,
  RelationshipFieldSingleValidation,
  SelectField,
  SelectFieldSingleValidation,
} from 'payload'
import { select } from 'payload/shared'
import { textLimits } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
import { choice } from '../../fields/common.ts'
import { day } from '../../fields/dates.ts'
import { linkList } from '../../fields/links.ts'
import { relation } from '../../fields/relation.ts'
import { localizedText } from '../../fields/text.ts'
import { relationIds } from '../../fields/validators.ts'
import { message, requestLanguage } from '../../i18n/messages.ts'

const kindLabels = enumLabels('followUpKind', followUpKinds)
const statusLabels = enumLabels('followUpStatus', followUpStatuses)

const isKind = (value: unknown): value is FollowUpKind =>
  followUpKinds.includes(value as FollowUpKind)
const isStatus = (value: unknown): value is FollowUpEntryStatus =>
  followUpStatuses.includes(value as FollowUpEntryStatus)

/** The addressee: one of the audiences this recommendation is addressed to. */
const isAddressed: RelationshipFieldSingleValidation = (value, { data, req }) => {
  const audiences = relationIds((data as { audiences?: unknown }).audiences)
  const [id] = relationIds(value)
  return id === undefined || audiences.includes(id) ? true : message(req, 'followUpAudience')
}

/** A status of the row's kind, said with both labels; else Payload's own check of the options. */
const validateStatus: SelectFieldSingleValidation = (value, args) => {
  const kind = (args.siblingData as { kind?: unknown }).kind
  if (!isStatus(value) || !isKind(kind) || statusesOfKind[kind].includes(value))
    return select(value, args)
  const lang = requestLanguage(args.req)
  return message(args.req, 'followUpStatusOfKind', {
    status: statusLabels[value][lang],
    kind: kindLabels[kind][lang],
    allowed: new Intl.ListFormat(lang, { type: 'disjunction' }).format(
      statusesOfKind[kind].map((status) => statusLabels[status][lang]),
    ),
  })
}

const status: SelectField = {
  ...choice({
    name: 'status',
    label: label('recommendation.status'),
    values: followUpStatuses,
    labels: statusLabels,
    validate: validateStatus,
  }),
  // Only the statuses of the chosen kind (all of them until a kind is chosen).
  filterOptions: ({ options, siblingData }) => {
    const kind = (siblingData as { kind?: unknown }).kind
    if (!isKind(kind)) return options
    const allowed: readonly string[] = statusesOfKind[kind]
    return options.filter((option) =>
      allowed.includes(typeof option === 'string' ? option : option.value),
    )
  },
}

/** Labelled links (shared `link()`), each with the date of what it links to when known. */
function sources(): ArrayField {
  const links = linkList({
    name: 'sources',
    labels: { plural: label('followUp.sources'), singular: label('cms.field.sources.singular') },
  })
  return {
    ...links,
    admin: {
      description: label('cms.recommendations.sources.description'),
    },
    fields: [
      ...links.fields,
      day({ name: 'date', label: label('cms.field.sourceDate'), required: false }),
    ],
  }
}

export function followUp(): ArrayField {
  return {
    name: 'followUp',
    type: 'array',
    label: label('recommendation.followUp'),
    labels: {
      singular: label('cms.field.followUp.singular'),
      plural: label('recommendation.followUp'),
    },
    admin: {
      description: label('cms.recommendations.followUp.description'),
      initCollapsed: false,
      components: { RowLabel: '/components/FollowUpRowLabel.tsx#FollowUpRowLabel' },
    },
    fields: [
      day({ name: 'date', label: label('cms.field.date') }),
      relation({
        name: 'audience',
        label: label('cms.field.audience'),
        relationTo: 'audiences',
        required: true,
        description: label('cms.recommendations.audience.description'),
        also: isAddressed,
      }),
      localizedText({
        name: 'body',
        label: label('cms.recommendations.body'),
        max: textLimits.name,
        description: label('cms.recommendations.body.description'),
      }),
      choice({
        name: 'kind',
        label: label('cms.field.kind'),
        values: followUpKinds,
        labels: kindLabels,
      }),
      status,
      localizedText({
        name: 'statement',
        label: label('cms.recommendations.statement'),
        max: textLimits.paragraph,
        required: true,
        multiline: true,
        description: label('cms.recommendations.statement.description'),
      }),
      sources(),
      relation({
        name: 'findings',
        label: label('cms.field.findings'),
        relationTo: 'findings',
        hasMany: true,
      }),
    ],
  }
}
