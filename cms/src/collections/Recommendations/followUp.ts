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
    label: { ar: 'الحالة', en: 'Status' },
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
  const links = linkList('sources', { ar: 'المصادر', en: 'Sources' }, { ar: 'مصدر', en: 'Source' })
  return {
    ...links,
    admin: {
      description: {
        ar: 'روابط تثبت هذه الخطوة (بيان، وثيقة، تقرير)، مع تاريخ كل منها إن عُرف.',
        en: 'Links that document this entry (a statement, document or report), each with its date when known.',
      },
    },
    fields: [
      ...links.fields,
      day({ name: 'date', label: { ar: 'تاريخ المصدر', en: 'Source date' }, required: false }),
    ],
  }
}

export function followUp(): ArrayField {
  return {
    name: 'followUp',
    type: 'array',
    label: { ar: 'المتابعة', en: 'Follow-up' },
    labels: {
      singular: { ar: 'خطوة متابعة', en: 'Follow-up entry' },
      plural: { ar: 'المتابعة', en: 'Follow-up' },
    },
    admin: {
      description: {
        ar: 'ما حدث للتوصية، خطوة بتاريخها: ردّ المخاطَب (أيّدها، أحاط بها علمًا، رفضها، لم يرد) أو حال تنفيذها، مع المصادر. تُحسب حالة التوصية على الموقع من هذه الخطوات ولا تُكتب في مكان آخر.',
        en: 'What happened to the recommendation, one dated entry at a time: the addressee’s response (supported, noted, rejected, no response) or the state of its implementation, with sources. The site derives the recommendation’s status from these entries; it is never typed elsewhere.',
      },
      initCollapsed: false,
      components: { RowLabel: '/components/FollowUpRowLabel.tsx#FollowUpRowLabel' },
    },
    fields: [
      day({ name: 'date', label: { ar: 'التاريخ', en: 'Date' } }),
      relation({
        name: 'audience',
        label: { ar: 'المخاطَب', en: 'Addressee' },
        relationTo: 'audiences',
        required: true,
        description: {
          ar: 'إحدى الفئات المستهدفة بهذه التوصية.',
          en: 'One of the audiences this recommendation is addressed to.',
        },
        also: isAddressed,
      }),
      localizedText({
        name: 'body',
        label: { ar: 'الجهة', en: 'Named body' },
        max: textLimits.name,
        description: {
          ar: 'اختياري: جهة بعينها ضمن الفئة، مثل وزارة أو جهة مانحة.',
          en: 'Optional: a named body within that audience, such as a ministry or a donor.',
        },
      }),
      choice({
        name: 'kind',
        label: { ar: 'النوع', en: 'Kind' },
        values: followUpKinds,
        labels: kindLabels,
      }),
      status,
      localizedText({
        name: 'statement',
        label: { ar: 'البيان', en: 'Statement' },
        max: textLimits.paragraph,
        required: true,
        multiline: true,
        description: {
          ar: 'جملة أو جملتان: ما قيل أو ما فُعل.',
          en: 'A sentence or two: what was said or done.',
        },
      }),
      sources(),
      relation({
        name: 'findings',
        label: { ar: 'النتائج التي تقيس التقدم', en: 'Findings that measure progress' },
        relationTo: 'findings',
        hasMany: true,
      }),
    ],
  }
}
