import type { ArrayField } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { day } from './dates.ts'
import { localizedText } from './text.ts'

/** The public corrections log of a finding or recommendation: what changed, and when. */
export function corrections(): ArrayField {
  return {
    name: 'corrections',
    type: 'array',
    label: { ar: 'سجل التصحيحات', en: 'Corrections log' },
    labels: {
      singular: { ar: 'تصحيح', en: 'Correction' },
      plural: { ar: 'تصحيحات', en: 'Corrections' },
    },
    admin: {
      description: {
        ar: 'يظهر للقراء: تاريخ كل تصحيح وملاحظة تشرح ما تغيّر.',
        en: 'Shown to readers: the date of each correction and a note saying what changed.',
      },
    },
    fields: [
      day({ name: 'date', label: { ar: 'التاريخ', en: 'Date' } }),
      localizedText({
        name: 'note',
        label: { ar: 'الملاحظة', en: 'Note' },
        max: textLimits.paragraph,
        required: true,
        multiline: true,
      }),
    ],
  }
}
