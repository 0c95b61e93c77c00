/**
 * Link fields: one http(s) URL (`httpUrl`) or a list of labelled links (`linkList`). The URL rule
 * (`checkHttpUrl`: never `javascript:`, `data:`, `vbscript:`, `file:`, …) runs as validation
 * (admin form feedback) and again as a beforeChange hook, because drafts skip validation and an
 * unsafe URL must never be stored, not even in a draft.
 */
import type { ArrayField, FieldHook, TextField } from 'payload'
import { textLimits } from '@mahjar/shared/schemas/common'
import { refuseField } from './refuseField.ts'
import type { InEveryLanguage } from '@mahjar/shared/localized'
import { label } from '@mahjar/shared/cms-i18n'
import { localizedText } from './text.ts'
import { checkHttpUrl, textRule } from './validators.ts'

const refuseUnsafeUrl: FieldHook = ({ value, req, collection, path }) => {
  const result = checkHttpUrl(req, value)
  return result === true
    ? (value as unknown)
    : refuseField(req, collection?.slug ?? '', path.join('.'), result)
}

export function httpUrl({ name = 'url', required = false } = {}): TextField {
  return {
    name,
    type: 'text',
    label: label('cms.field.url'),
    required,
    admin: { rtl: false },
    validate: textRule(checkHttpUrl),
    hooks: { beforeChange: [refuseUnsafeUrl] },
  }
}

/**
 * `links[]` / `sources[]`: a localized label and an http(s) URL (shared `link()`). Its `labels`
 * are Payload's array labels: `singular` names one row ("add a source", row titles), `plural` the
 * list.
 */
export function linkList({
  name,
  labels,
}: {
  name: string
  labels: { singular: InEveryLanguage; plural: InEveryLanguage }
}): ArrayField {
  return {
    name,
    type: 'array',
    label: labels.plural,
    labels,
    fields: [
      localizedText({
        name: 'label',
        label: label('cms.field.label'),
        max: textLimits.title,
        required: true,
      }),
      httpUrl({ required: true }),
    ],
  }
}
