/**
 * Loaded with `node --import` before `next start`: every request of every HTTP server in the
 * process gets its TCP peer appended to `X-Forwarded-For` before Next reads it (peerAddress.ts
 * says why). Next 16 has no hook that sees the socket and no request IP in route handlers.
 */
import { Server } from 'node:http'
import type { IncomingMessage } from 'node:http'
import { recordPeer } from './peerAddress.ts'

// eslint-disable-next-line @typescript-eslint/unbound-method -- re-applied to each server below (Reflect.apply)
const emit = Server.prototype.emit

Server.prototype.emit = function emitWithPeer(
  this: Server,
  event: string | symbol,
  ...args: unknown[]
): boolean {
  if (event === 'request') recordPeer(args[0] as IncomingMessage)
  return Reflect.apply(emit, this, [event, ...args]) as boolean
} as typeof Server.prototype.emit
