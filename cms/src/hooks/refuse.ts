import { ValidationError, type PayloadRequest } from 'payload'

/** Stops a save with HTTP 400 naming the field, as Payload's own validation does. */
export function refuse(
  req: PayloadRequest,
  collection: string,
  path: string,
  message: string,
): never {
  throw new ValidationError({ collection, errors: [{ path, message }], req }, req.t)
}
