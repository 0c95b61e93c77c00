/** Fields that recur across collections, each defined once (overridable where uses differ). */
import type { SelectField, SelectFieldSingleValidation, TextareaField, TextField } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import type { InEveryLanguage } from '@mahjar/shared/localized'
import { label } from '@mahjar/shared/cms-i18n'
import { enumLabels } from '@mahjar/shared/i18n'
import { submissionAddressees } from '@mahjar/shared/schemas/submissions'
import { localeCodes, locales } from '@mahjar/shared/locales'
import { relation } from './relation.ts'
import { localizedText } from './text.ts'

export const title = (): TextField | TextareaField =>
  localizedText({
    name: 'title',
    label: label('cms.field.title'),
    max: textLimits.title,
    required: true,
  })

/** The plain-text summary shown in lists and cards (reports' summary is Markdown instead). */
export const summary = (): TextField | TextareaField =>
  localizedText({
    name: 'summary',
    label: label('report.summary'),
    max: textLimits.paragraph,
    required: true,
    multiline: true,
  })

export const themes = ({ required = false }: { required?: boolean } = {}) =>
  relation({
    name: 'themes',
    label: label('findings.themes'),
    relationTo: 'themes',
    hasMany: true,
    ...(required ? { required: true, minRows: 1 } : { sidebar: true }),
  })

/** Countries by ISO code (country ids are the codes). */
export const countries = (
  options: { name?: string; label?: InEveryLanguage; required?: boolean; sidebar?: boolean } = {},
) =>
  relation({
    name: options.name ?? 'countries',
    label: options.label ?? label('common.countries'),
    relationTo: 'countries',
    hasMany: true,
    ...(options.required ? { required: true, minRows: 1 } : {}),
    ...(options.sidebar ? { sidebar: true } : {}),
  })

/** A select over a fixed list of the shared schemas (`z.enum`), each value labelled. */
export function choice<V extends string>(options: {
  name: string
  label: InEveryLanguage
  values: readonly V[]
  labels: Record<V, InEveryLanguage>
  required?: boolean
  validate?: SelectFieldSingleValidation
}): SelectField {
  return {
    name: options.name,
    type: 'select',
    label: options.label,
    required: options.required ?? true,
    hasMany: false,
    options: options.values.map((value) => ({ value, label: options.labels[value] })),
    ...(options.validate ? { validate: options.validate } : {}),
  }
}

/** Whom a demand is addressed to (a submission's, a story's, a decision-maker's). */
export const addressee = (options: {
  required?: boolean
  validate?: SelectFieldSingleValidation
}) =>
  choice({
    name: 'addressee',
    label: label('cms.field.addressee'),
    values: submissionAddressees,
    labels: enumLabels('addressee', submissionAddressees),
    ...options,
  })

export const kind = <V extends string>(values: readonly V[], labels: Record<V, InEveryLanguage>) =>
  choice({ name: 'kind', label: label('cms.field.kind'), values, labels })

/** A choice of one content language, each named in its own language (the locale table's label). */
export const language = (options: { name: string; label: InEveryLanguage }): SelectField => ({
  name: options.name,
  type: 'select',
  label: options.label,
  required: true,
  options: localeCodes.map((code) => ({ value: code, label: locales[code].label })),
})
