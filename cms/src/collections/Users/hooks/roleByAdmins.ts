/**
 * Only an admin gives or changes a role, and asking otherwise is told so. The role field's own
 * access (`adminField`) already keeps the stored role, but Payload drops a refused field silently
 * and answers 200 "Updated successfully": a translator who sends `{"role":"admin"}` would believe
 * it worked, and nothing would say why not. So a non-admin's write that would change a role is
 * refused with 400 naming `role`, in the request's language. Sending one's role back unchanged
 * (as the admin's account form does) is fine. Trusted Local API code (overrideAccess) is left
 * alone.
 */
import type { CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../access/roles.ts'
import { message } from '../../../i18n/messages.ts'
import { refuseField } from '../../../fields/refuseField.ts'

type Args = { data?: unknown; id?: number | string; overrideAccess?: boolean }

export const roleByAdmins: CollectionBeforeOperationHook = async ({
  args,
  collection,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the union names the deprecated 'read'; we test other members
  operation,
  req,
}) => {
  // Creating an account is an admin's alone, and refused as a whole (403) to anyone else.
  if (operation !== 'update') return args
  const { data, id, overrideAccess } = args as Args
  if (overrideAccess === true || hasRole(req.user, 'admin')) return args
  if (typeof data !== 'object' || data === null || !('role' in data)) return args
  const role = (data as { role?: unknown }).role
  if (role === undefined) return args
  if (id !== undefined && req.user) {
    const current = await req.payload.db.findOne<{ id: number | string; role?: unknown }>({
      collection: collection.slug,
      where: { id: { equals: id } },
      req,
    })
    if (current && current.role === role) return args
  }
  refuseField(req, collection.slug, 'role', message(req, 'roleByAdmins'))
}
