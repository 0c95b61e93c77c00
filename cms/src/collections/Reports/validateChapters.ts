import type { ArrayFieldValidation } from 'payload'
import { array } from 'payload/shared'
import { message } from '../../i18n/messages.ts'
import { checkSlug, textRule } from '../../fields/validators.ts'

/** A chapter key is slug-shaped: it becomes the anchor `#findings` in the report's URL. */
export const chapterKey = textRule(checkSlug)

/** Findings point at chapters by key, so keys are unique within a report. */
export const uniqueChapterKeys: ArrayFieldValidation = (value, args) => {
  const base = array(value, args)
  if (base !== true) return base
  const rows = (args.data as { chapters?: { key?: unknown }[] }).chapters ?? []
  const seen = new Set<unknown>()
  for (const row of rows) {
    if (seen.has(row.key))
      return message(args.req, 'chapterKeyDuplicate', { value: String(row.key) })
    seen.add(row.key)
  }
  return true
}
