import type { GroupField, NumberFieldSingleValidation, SelectFieldSingleValidation } from 'payload'
import { number, select } from 'payload/shared'
import { enumLabels } from '@mahjar/shared/i18n'
import { statisticQualifiers, statisticUnits } from '@mahjar/shared/schemas/findings'
import { choice } from '../../fields/common.ts'
import { labelledValue, numeric } from '../../fields/numbers.ts'
import { message } from '../../i18n/messages.ts'

/** The statistic group as the form and a saved document hold it: any part may be unset. */
export type StatisticInput = {
  value?: number | null
  valueMax?: number | null
  unit?: string | null
  base?: number | null
}

// The words of the site (shared/src/i18n): one wording of each value in the admin and on pages.
const unitLabels = enumLabels('unit', statisticUnits)
const qualifierLabels = enumLabels('qualifier', statisticQualifiers)

const value: NumberFieldSingleValidation = (input, args) => {
  const base = number(input, args)
  if (base !== true) return base
  const stat = args.siblingData as StatisticInput
  const top = stat.valueMax ?? input
  return stat.unit === 'percent' && typeof top === 'number' && top > 100
    ? message(args.req, 'percentOver100')
    : true
}

const valueMax: NumberFieldSingleValidation = (input, args) => {
  const base = number(input, args)
  if (base !== true) return base
  const stat = args.siblingData as StatisticInput
  return typeof input === 'number' && typeof stat.value === 'number' && input <= stat.value
    ? message(args.req, 'greaterThanValue')
    : true
}

const unit: SelectFieldSingleValidation = (input, args) => {
  const stat = args.siblingData as StatisticInput
  return select(input, { ...args, required: typeof stat.value === 'number' })
}

/** The figure a finding reports: value (or range), unit, base n, qualifier, breakdown. */
export function statistic(): GroupField {
  return {
    name: 'statistic',
    type: 'group',
    label: { ar: 'الرقم', en: 'Statistic' },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'value',
            type: 'number',
            label: { ar: 'القيمة', en: 'Value' },
            min: 0,
            validate: value,
          },
          {
            name: 'valueMax',
            type: 'number',
            label: { ar: 'الحد الأعلى للنطاق', en: 'Upper end of range' },
            min: 0,
            validate: valueMax,
          },
          choice({
            name: 'unit',
            label: { ar: 'الوحدة', en: 'Unit' },
            values: statisticUnits,
            labels: unitLabels,
            required: false,
            validate: unit,
          }),
        ],
      },
      {
        type: 'row',
        fields: [
          numeric({ name: 'base', label: { ar: 'عدد المستجيبين (n)', en: 'Base (n)' }, min: 1 }),
          choice({
            name: 'qualifier',
            label: { ar: 'الوصف', en: 'Qualifier' },
            values: statisticQualifiers,
            labels: qualifierLabels,
            required: false,
          }),
        ],
      },
      {
        name: 'breakdown',
        type: 'array',
        label: { ar: 'التفصيل', en: 'Breakdown' },
        labels: {
          singular: { ar: 'بند تفصيل', en: 'Breakdown item' },
          plural: { ar: 'بنود التفصيل', en: 'Breakdown items' },
        },
        fields: labelledValue(),
      },
    ],
  }
}
