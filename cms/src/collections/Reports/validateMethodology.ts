import type { NumberFieldSingleValidation } from 'payload'
import { message, requestLanguage } from '../../i18n/messages.ts'

/** A count that cannot exceed its sibling (respondents ≤ invited, interviewed ≤ contacted). */
export function notAbove(
  sibling: string,
  siblingLabel: { ar: string; en: string },
): NumberFieldSingleValidation {
  return (value, args) => {
    const limit = (args.siblingData as Record<string, unknown>)[sibling]
    return typeof value === 'number' && typeof limit === 'number' && value > limit
      ? message(args.req, 'exceeds', { other: siblingLabel[requestLanguage(args.req)] })
      : true
  }
}
