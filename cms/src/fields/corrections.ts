import type { ArrayField } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { label } from '@mahjar/shared/cms-i18n'
import { day } from './dates.ts'
import { localizedText } from './text.ts'

/** The public corrections log of a finding or recommendation: what changed, and when. */
export function corrections(): ArrayField {
  return {
    name: 'corrections',
    type: 'array',
    label: label('cms.field.corrections'),
    labels: {
      singular: label('cms.field.corrections.singular'),
      plural: label('cms.field.corrections.plural'),
    },
    admin: {
      description: label('cms.field.corrections.description'),
    },
    fields: [
      day({ name: 'date', label: label('cms.field.date') }),
      localizedText({
        name: 'note',
        label: label('cms.field.note'),
        max: textLimits.paragraph,
        required: true,
        multiline: true,
      }),
    ],
  }
}
