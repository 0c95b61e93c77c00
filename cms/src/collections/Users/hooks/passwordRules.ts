/**
 * Password rules on every path that sets one (the first-user screen, account creation, a change
 * in the admin or over REST, a reset): at least `minPasswordLength` characters; and a change of
 * one's own password needs the current one (`currentPassword`, a virtual field of the account
 * screen), so a stolen session cannot take the account over. Admins setting another person's
 * password are not asked for theirs.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../access/roles.ts'
import { message } from '../../../i18n/messages.ts'
import { refuseField } from '../../../fields/refuseField.ts'
import { passwordMatches } from './passwordHash.ts'

export const minPasswordLength = 12

type Args = { data?: Record<string, unknown>; id?: number | string; overrideAccess?: boolean }

export const enforcePasswordRules: CollectionBeforeOperationHook = async ({
  args,
  collection,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the union names the deprecated 'read'; we test other members
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') return args
  const { data, id, overrideAccess } = args as Args
  if (!data || typeof data !== 'object') return args
  const { password, currentPassword } = data
  delete data.currentPassword
  if (password === undefined || password === null || password === '') return args
  // Counted in code points, as people count characters (an emoji is one).
  const length = typeof password === 'string' ? Array.from(password).length : 0
  if (typeof password === 'string' && length < minPasswordLength) {
    refuseField(
      req,
      collection.slug,
      'password',
      message(req, 'passwordTooShort', { min: minPasswordLength, length }),
    )
  }
  // A bulk update (no id) reaches one's own account through the access query: never with a password.
  const bulk = operation === 'update' && id === undefined && !hasRole(req.user, 'admin')
  const own = operation === 'update' && req.user && (bulk || req.user.id === String(id ?? ''))
  if (own && overrideAccess !== true) {
    if (typeof currentPassword !== 'string' || currentPassword === '')
      refuseField(req, collection.slug, 'currentPassword', message(req, 'currentPasswordRequired'))
    const stored = await req.payload.db.findOne<{
      id: number | string
      salt?: unknown
      hash?: unknown
    }>({
      collection: collection.slug,
      where: { id: { equals: id } },
      req,
    })
    if (!(await passwordMatches(currentPassword, stored?.salt, stored?.hash)))
      refuseField(req, collection.slug, 'currentPassword', message(req, 'currentPasswordWrong'))
  }
  return args
}
