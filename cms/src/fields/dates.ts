import type { DateField } from 'payload'
import type { Label } from './label.ts'

/** A calendar day (the shared schemas' YYYY-MM-DD); stored as midnight UTC of that day. */
export function day(name: string, label: Label, required = true): DateField {
  return {
    name,
    type: 'date',
    label,
    required,
    admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
  }
}
