/**
 * Sign-in that neither tells who has an account nor lets anyone lock an editor out.
 * - Equal time: Payload answers an unknown email at once and a known one after hashing the
 *   password (≈ 85 ms against 5 ms); an unknown email here costs the same hash.
 * - Throttling instead of a lockout: Payload's lockout after 5 failures let anyone who knows an
 *   editor's email keep them out. Failures are counted per client address and account together
 *   (an attacker elsewhere cannot slow the editor down) and per client address (one client
 *   cannot try many accounts); past a few free tries each further failure doubles the wait, up to
 *   a cap. A success clears its pair. The client address is the TCP peer, or the address a
 *   trusted proxy (CMS_TRUSTED_PROXIES) names: a client's own X-Forwarded-For is never believed
 *   (../../../http/peerAddress.ts).
 * Counts live in this process's memory: a restart forgets them, which only ever lets people in.
 */
import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { env } from '../../../env.ts'
import { clientAddress } from '../../../http/peerAddress.ts'
import { message } from '../../../i18n/messages.ts'
import { hashForNothing } from './passwordHash.ts'

type Count = { failures: number; retryAt: number; seen: number }

export const throttle = {
  /** Failures of one client on one account before waits begin, and on all accounts. */
  freePerAccount: 5,
  freePerClient: 20,
  firstWaitMs: 10_000,
  maxWaitMs: 5 * 60_000,
  /** Entries kept at most (oldest dropped first). */
  maxEntries: 10_000,
}

const counts = new Map<string, Count>()

export function resetLoginThrottle(): void {
  counts.clear()
}

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : ''
}

const keys = (req: PayloadRequest, email: string) => {
  const client = clientAddress(req.headers, env.trustedProxies)
  return { pair: `${client}\n${email}`, client }
}

function waitFor(failures: number, free: number): number {
  if (failures < free) return 0
  return Math.min(throttle.firstWaitMs * 2 ** (failures - free), throttle.maxWaitMs)
}

function remember(key: string, free: number, now: number) {
  const count = counts.get(key) ?? { failures: 0, retryAt: 0, seen: now }
  counts.delete(key)
  count.failures += 1
  count.seen = now
  count.retryAt = now + waitFor(count.failures, free)
  counts.set(key, count)
  while (counts.size > throttle.maxEntries) {
    const oldest = counts.keys().next().value
    if (oldest === undefined) break
    counts.delete(oldest)
  }
}

/**
 * Before Payload checks the password: refuse with 429 while the pair or the client must wait;
 * otherwise count the attempt as a failure (a success clears it in afterLogin) and give unknown
 * emails the cost of a real hash.
 */
export const throttleLogin: CollectionBeforeOperationHook = async (hook) => {
  const { args, req } = hook
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the union names the deprecated 'read'; we test 'login'
  if (hook.operation !== 'login') return args
  const data = (args as { data?: unknown }).data
  const email = emailOf(data)
  const { pair, client } = keys(req, email)
  const now = Date.now()
  const retryAt = Math.max(counts.get(pair)?.retryAt ?? 0, counts.get(client)?.retryAt ?? 0)
  if (retryAt > now) {
    const seconds = Math.ceil((retryAt - now) / 1_000)
    throw new APIError(message(req, 'loginThrottled', { seconds }), 429, { seconds }, true)
  }
  remember(pair, throttle.freePerAccount, now)
  remember(client, throttle.freePerClient, now)
  const password = (data as { password?: unknown } | undefined)?.password
  if (email && typeof password === 'string') {
    const known = await req.payload.db.findOne({
      collection: 'users',
      where: { email: { equals: email } },
      req,
    })
    if (!known) await hashForNothing(password)
  }
  return args
}

export const forgetFailures: CollectionAfterLoginHook = ({ req, user }) => {
  const { pair, client } = keys(req, emailOf(user))
  counts.delete(pair)
  const clientCount = counts.get(client)
  if (clientCount) clientCount.failures = Math.max(0, clientCount.failures - 1)
}
