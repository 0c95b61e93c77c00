import type { NumberFieldSingleValidation } from 'payload'
import { message, requestLanguage } from '../../i18n/messages.ts'
import type { InEveryLanguage } from '@mahjar/shared/localized'

/** A count that cannot exceed its sibling (respondents ≤ invited, interviewed ≤ contacted). */
export function notAbove(
  sibling: string,
  siblingLabel: InEveryLanguage,
): NumberFieldSingleValidation {
  return (value, args) => {
    const limit = (args.siblingData as Record<string, unknown>)[sibling]
    return typeof value === 'number' && typeof limit === 'number' && value > limit
      ? message(args.req, 'exceeds', { other: siblingLabel[requestLanguage(args.req)] })
      : true
  }
}
