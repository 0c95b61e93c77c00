/**
 * The address a sign-in comes from, which a client cannot choose. Next copies a client's own
 * `X-Forwarded-For` through unchanged and adds the TCP peer only when the header is absent, so
 * a rotating fake header used to give an attacker a fresh throttle count on every try.
 * `recordPeer` does what every proxy does: it appends the TCP peer of the request to
 * `X-Forwarded-For`, so the last entry is always written by this server. It runs before Next
 * sees the request: `node --import ./src/http/peerPreload.ts next start` (scripts/start.ts,
 * `pnpm --filter @mahjar/cms start`, the tests' servers). `clientAddress` then reads the header
 * from the right, skipping only the proxies named in CMS_TRUSTED_PROXIES (none by default): with
 * no trusted proxy the client is the TCP peer; behind nginx on the same host
 * (`CMS_TRUSTED_PROXIES=127.0.0.1,::1`, `proxy_set_header X-Forwarded-For
 * $proxy_add_x_forwarded_for`) it is the address nginx saw.
 * No imports beyond node:http types: the preload runs under plain Node type stripping.
 */
import type { IncomingMessage } from 'node:http'

/** Appends the request's TCP peer to its `X-Forwarded-For`. */
export function recordPeer(message: IncomingMessage): void {
  const peer = message.socket.remoteAddress ?? 'unknown'
  const inbound = message.headers['x-forwarded-for']
  const list = Array.isArray(inbound) ? inbound.join(', ') : inbound
  message.headers['x-forwarded-for'] = list ? `${list}, ${peer}` : peer
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one address. */
const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')

/**
 * The client: the rightmost `X-Forwarded-For` entry that is not a trusted proxy (the last entry
 * is the TCP peer, see recordPeer). 'unknown' when the header is missing.
 */
export function clientAddress(headers: Headers, trustedProxies: readonly string[]): string {
  const trusted = new Set(trustedProxies.map(plain))
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map(plain).filter(Boolean)
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index] ?? ''
    if (index === 0 || !trusted.has(hop)) return hop
  }
  return 'unknown'
}
