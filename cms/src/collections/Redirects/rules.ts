/**
 * Redirects editors make in the admin keep every build green: one never leads to itself or round
 * a loop, always ends on a page the site serves, never hides a published page, and chains are
 * collapsed (A → B with B → C is stored A → C, and earlier redirects to A follow). Removing one is
 * refused while its old address was served and nothing else stands there. Redirects written by
 * the CMS itself when a slug changes (hooks/redirectOldSlug.ts) are marked with
 * `req.context.redirectsBySystem`: they point at a page being published in the same save.
 */
import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'
import { sitePathPattern } from '@mahjar/shared/identifiers'
import { message } from '../../i18n/messages.ts'
import { refuseField } from '../../fields/refuseField.ts'
import { isSitePage, pageStandsAt, wasServed } from './targets.ts'

type Stored = { id?: number | string; from?: unknown; to?: unknown }

const bySystem = (req: PayloadRequest) => req.context.redirectsBySystem === true

/** Runs `write` as the CMS's own redirect bookkeeping (no editor checks apply). */
export async function asSystem<T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> {
  const before = req.context.redirectsBySystem
  req.context.redirectsBySystem = true
  try {
    return await write()
  } finally {
    req.context.redirectsBySystem = before
  }
}

/** Where `to` finally leads through the other redirects; throws the refusal on a loop. */
async function finalTarget(req: PayloadRequest, from: string, to: string, id: Stored['id']) {
  const seen = new Set([from])
  let current = to
  for (let hop = 0; hop < 20; hop += 1) {
    if (seen.has(current))
      refuseField(req, 'redirects', 'to', message(req, 'redirectLoop', { path: to }))
    seen.add(current)
    const next = await req.payload.find({
      collection: 'redirects',
      where: {
        and: [{ from: { equals: current } }, ...(id ? [{ id: { not_equals: id } }] : [])],
      },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const onward = next.docs[0]?.to
    if (typeof onward !== 'string') return current
    current = onward
  }
  return refuseField(req, 'redirects', 'to', message(req, 'redirectLoop', { path: to }))
}

export const checkRedirect: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (bySystem(req)) return data
  const previous = originalDoc as Stored | undefined
  const written = data as Stored
  const from = written.from ?? previous?.from
  const to = written.to ?? previous?.to
  // Malformed paths are the fields' own validation's to refuse (it runs after this hook).
  if (typeof from !== 'string' || typeof to !== 'string') return data
  if (!sitePathPattern.test(from) || !sitePathPattern.test(to)) return data
  if (from === to) refuseField(req, 'redirects', 'to', message(req, 'redirectLoop', { path: to }))
  if (await pageStandsAt(req, from))
    refuseField(req, 'redirects', 'from', message(req, 'redirectHidesPage', { path: from }))
  const target = await finalTarget(req, from, to, previous?.id)
  if (!(await isSitePage(req, target)))
    refuseField(req, 'redirects', 'to', message(req, 'redirectToNothing', { path: target }))
  return { ...data, to: target }
}

/** Earlier redirects to this one's old address now lead straight to its target. */
export const collapseChains: CollectionAfterChangeHook = async ({ doc, req }) => {
  const { from, to } = doc as { from: string; to: string }
  await asSystem(req, () =>
    req.payload.update({
      collection: 'redirects',
      where: { to: { equals: from } },
      data: { to },
      overrideAccess: true,
      req,
    }),
  )
  return doc as unknown
}

export const keepServedAddresses: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (bySystem(req)) return
  const stored = (await req.payload.findByID({
    collection: 'redirects',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as Stored | null
  const from = stored?.from
  if (typeof from !== 'string') return
  // Served once and nothing else stands there now: without the redirect the address breaks.
  if ((await wasServed(req, from)) && !(await pageStandsAt(req, from)))
    refuseField(req, 'redirects', 'from', message(req, 'redirectStillNeeded', { path: from }))
}
