import type { RichTextField } from 'payload'
import type { Label } from './label.ts'

/**
 * A Markdown-valued field of the shared schemas, edited with the default Lexical editor (its
 * features are those Markdown can express; see editor.ts).
 */
export function markdown(name: string, label: Label, required = false): RichTextField {
  return { name, type: 'richText', label, localized: true, required }
}
