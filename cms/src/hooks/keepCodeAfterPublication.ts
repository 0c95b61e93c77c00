import type { FieldHook } from 'payload'
import { urls } from '@mahjar/shared/urls'
import { message } from '../i18n/messages.ts'
import { refuseField } from '../fields/refuseField.ts'

type Published = { code?: unknown; firstPublishedAt?: unknown }

/**
 * A published code is a permalink (`/ar/findings/aie-f03/`) that people cite; it never changes.
 * The refusal explains why, in the request's language.
 */
export function keepCodeAfterPublication(collection: 'findings' | 'recommendations'): FieldHook {
  return ({ value, originalDoc, req, operation }) => {
    const previous = originalDoc as Published | undefined
    if (operation !== 'update' || !previous?.firstPublishedAt) return value as unknown
    if (typeof previous.code !== 'string' || value === previous.code) return value as unknown
    const permalink = collection === 'findings' ? urls.finding : urls.recommendation
    return refuseField(
      req,
      collection,
      'code',
      message(req, 'codeImmutable', { old: previous.code, url: permalink('ar', previous.code) }),
    )
  }
}
