import type { TextFieldSingleValidation } from 'payload'
import { message } from '../../i18n/messages.ts'
import { checkSlug, relationIds, textRule } from '../../fields/validators.ts'

const keyShape = textRule(checkSlug)

/** The chapter key must name a chapter of the finding's report. */
export const chapterOfReport: TextFieldSingleValidation = async (value, args) => {
  const base = await keyShape(value, args)
  if (base !== true || typeof value !== 'string') return base
  const [reportId] = relationIds((args.data as { report?: unknown }).report)
  if (reportId === undefined) return true
  const report = await args.req.payload.findByID({
    collection: 'reports',
    id: reportId,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
    select: { chapters: true },
    req: args.req,
  })
  if (!report) return true
  const keys = report.chapters.map((chapter) => chapter.key)
  return keys.includes(value)
    ? true
    : message(args.req, 'unknownChapter', { value, keys: keys.join(', ') })
}
