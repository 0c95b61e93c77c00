/**
 * Payload's REST API as a plain fetch handler (`Request` → `Response`): the same handler the
 * Next route `src/app/(payload)/api/[...slug]/route.ts` serves, usable from any HTTP server.
 * Call `bootPayload()` first: it fixes the database for the process.
 */
export async function handleRest(request: Request): Promise<Response> {
  const [{ handleEndpoints }, { default: config }] = await Promise.all([
    import('payload'),
    import('./payload.config.ts'),
  ])
  return handleEndpoints({ config, request })
}
