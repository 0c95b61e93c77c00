import config from '@payload-config'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { guardRequest } from '../../../../http/guardRequest.ts'

type Handler = ReturnType<typeof REST_GET>

/** Malformed requests are refused with 400 before Payload reads them (http/guardRequest.ts). */
const guarded =
  (handler: Handler): Handler =>
  async (request, context) =>
    (await guardRequest(request)) ?? handler(request, context)

export const GET = guarded(REST_GET(config))
export const POST = guarded(REST_POST(config))
export const DELETE = guarded(REST_DELETE(config))
export const PATCH = guarded(REST_PATCH(config))
export const PUT = guarded(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
