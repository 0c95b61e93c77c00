import type { ArrayField, TextField } from 'payload'
import type { Label } from './label.ts'
import { localizedText } from './text.ts'
import { checkHttpUrl, textRule } from './validators.ts'

export function httpUrl(name = 'url', required = false): TextField {
  return {
    name,
    type: 'text',
    label: { ar: 'الرابط', en: 'URL' },
    required,
    admin: { style: { direction: 'ltr' } },
    validate: textRule(checkHttpUrl),
  }
}

/** `links[]` / `sources[]`: a localized label and an http(s) URL (shared `link()`). */
export function linkList(name: string, label: Label): ArrayField {
  return {
    name,
    type: 'array',
    label,
    fields: [
      localizedText({
        name: 'label',
        label: { ar: 'التسمية', en: 'Label' },
        max: 300,
        required: true,
      }),
      httpUrl('url', true),
    ],
  }
}
