/**
 * Payload's REST API as a plain fetch handler (`Request` → `Response`): the same handler the
 * Next route `src/app/(payload)/api/[...slug]/route.ts` serves (malformed requests refused first
 * by http/guardRequest.ts), usable from any HTTP server. Call `bootPayload()` first: it fixes
 * the database for the process.
 */
import { guardRequest } from './http/guardRequest.ts'

export async function handleRest(request: Request): Promise<Response> {
  const refused = await guardRequest(request)
  if (refused) return refused
  const [{ handleEndpoints }, { default: config }] = await Promise.all([
    import('payload'),
    import('./payload.config.ts'),
  ])
  return handleEndpoints({ config, request })
}
