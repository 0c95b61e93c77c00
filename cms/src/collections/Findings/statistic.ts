import type { GroupField, NumberFieldSingleValidation, SelectFieldSingleValidation } from 'payload'
import { number, select } from 'payload/shared'
import { enumLabels } from '@mahjar/shared/i18n'
import { statisticQualifiers, statisticUnits } from '@mahjar/shared/schemas/findings'
import { label } from '@mahjar/shared/cms-i18n'
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
    label: label('cms.field.statistic'),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'value',
            type: 'number',
            label: label('cms.field.value'),
            min: 0,
            validate: value,
          },
          {
            name: 'valueMax',
            type: 'number',
            label: label('cms.field.valueMax'),
            min: 0,
            validate: valueMax,
          },
          choice({
            name: 'unit',
            label: label('cms.field.unit'),
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
          numeric({ name: 'base', label: label('cms.field.base'), min: 1 }),
          choice({
            name: 'qualifier',
            label: label('cms.field.qualifier'),
            values: statisticQualifiers,
            labels: qualifierLabels,
            required: false,
          }),
        ],
      },
      {
        name: 'breakdown',
        type: 'array',
        label: label('finding.breakdown'),
        labels: {
          singular: label('cms.field.breakdown.singular'),
          plural: label('cms.field.breakdown.plural'),
        },
        fields: labelledValue(),
      },
    ],
  }
}
