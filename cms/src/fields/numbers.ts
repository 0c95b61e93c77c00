import type {
  CollectionSlug,
  NumberField,
  NumberFieldManyValidation,
  NumberFieldSingleValidation,
  TextareaField,
  TextField,
} from 'payload'
import { number } from 'payload/shared'
import { textLimits } from '@mahjar/shared/schemas/common'
import type { InEveryLanguage } from '@mahjar/shared/localized'
import { label } from '@mahjar/shared/cms-i18n'
import { nextOrder } from './nextValue.ts'
import { localizedText } from './text.ts'
import { checkIntegers } from './validators.ts'

type Options = {
  name: string
  label: InEveryLanguage
  min?: number
  max?: number
  required?: boolean
  /** Refuse fractions, as the shared schemas' `z.int()` does. Default true. */
  integer?: boolean
  hasMany?: boolean
  description?: InEveryLanguage
  sidebar?: boolean
  /** An extra rule run after Payload's and the integer check. */
  also?: NumberFieldSingleValidation
}

export function numeric(options: Options): NumberField {
  const { name, label, min, max, required = false, integer = true } = options
  const common = {
    name,
    type: 'number' as const,
    label,
    required,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined ? {} : { max }),
    admin: {
      ...(options.description ? { description: options.description } : {}),
      ...(options.sidebar ? { position: 'sidebar' as const } : {}),
    },
  }
  if (options.hasMany) {
    const validate: NumberFieldManyValidation = (value, args) => {
      const base = number(value, args)
      return base === true && integer ? checkIntegers(args.req, value) : base
    }
    return { ...common, hasMany: true, validate }
  }
  const also = options.also
  const validate: NumberFieldSingleValidation = async (value, args) => {
    const base = number(value, args)
    if (base !== true) return base
    const whole = integer ? checkIntegers(args.req, value) : true
    if (whole !== true || !also) return whole
    return also(value, args)
  }
  return { ...common, validate }
}

/**
 * The position of a document among its siblings (findings of a report, themes…); given a
 * collection, a new document starts one after the last (fields/nextValue.ts).
 */
export const order = (options: { after?: CollectionSlug } = {}) => ({
  ...numeric({
    name: 'order',
    label: label('cms.field.order'),
    min: 0,
    required: true,
    sidebar: true,
  }),
  ...(options.after ? { defaultValue: nextOrder(options.after) } : {}),
})

/**
 * The two fields of a labelled amount (a statistic's breakdown row, a story's measured outcome):
 * a required localized `label` and a required `value` ≥ 0 that may have decimals.
 */
export function labelledValue(): [TextField | TextareaField, NumberField] {
  return [
    localizedText({
      name: 'label',
      label: label('cms.field.label'),
      max: textLimits.name,
      required: true,
    }),
    { name: 'value', type: 'number', label: label('cms.field.value'), min: 0, required: true },
  ]
}
