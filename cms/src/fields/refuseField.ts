/**
 * Stops a save with HTTP 400 naming the field, as Payload's own validation does: the error
 * carries the field's path (the admin marks that field) and its label, so the admin's toast says
 * «الحقل التالي غير صالح: كلمة المرور الحالية», not the internal name «currentPassword».
 */
import { ValidationError, type CollectionSlug, type Field, type PayloadRequest } from 'payload'

/** The label of the field at a dotted path (row indexes skipped), when it has one. */
function labelAt(
  fields: readonly Field[] | undefined,
  path: string[],
): Record<string, string> | string | undefined {
  const [name, ...rest] = path.filter((part) => !/^\d+$/.test(part))
  const field = fields?.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field) return undefined
  if (rest.length > 0) return 'fields' in field ? labelAt(field.fields, rest) : undefined
  const label = 'label' in field ? field.label : undefined
  if (typeof label === 'string') return label
  return typeof label === 'object' ? label : undefined
}

export function refuseField(
  req: PayloadRequest,
  collection: string,
  path: string,
  message: string,
): never {
  const fields = (
    req.payload.collections[collection as CollectionSlug] as
      { config?: { fields?: Field[] } } | undefined
  )?.config?.fields
  const label = labelAt(fields, path.split('.'))
  throw new ValidationError(
    { collection, errors: [{ path, message, ...(label ? { label } : {}) }], req },
    req.t,
  )
}
