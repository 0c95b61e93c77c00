/** Reader-visible text in both languages: plain (no markup), capped like the shared schemas. */
import type {
  TextareaField,
  TextareaFieldValidation,
  TextField,
  TextFieldSingleValidation,
} from 'payload'
import { text, textarea } from 'payload/shared'
import type { InEveryLanguage } from '@mahjar/shared/localized'
import { checkPlainText } from './validators.ts'

type Options = {
  name: string
  label: InEveryLanguage
  /** Characters per language: the `textLimits` entry (shared schemas) of the text this field edits. */
  max: number
  required?: boolean
  /** A textarea instead of a one-line input. */
  multiline?: boolean
  localized?: boolean
  description?: InEveryLanguage
}

export function localizedText(options: Options): TextField | TextareaField {
  const { name, label, max, required = false, multiline = false, localized = true } = options
  const admin = options.description ? { description: options.description } : {}
  if (multiline) {
    const validate: TextareaFieldValidation = (value, args) => {
      const base = textarea(value, args)
      return base === true ? checkPlainText(args.req, value, max) : base
    }
    return {
      name,
      type: 'textarea',
      label,
      localized,
      required,
      admin: { ...admin, rows: 4 },
      validate,
    }
  }
  const validate: TextFieldSingleValidation = (value, args) => {
    const base = text(value, args)
    return base === true ? checkPlainText(args.req, value, max) : base
  }
  return {
    name,
    type: 'text',
    label,
    localized,
    required,
    admin,
    validate,
  }
}
