/**
 * Payload's stored password format, read back for two checks it has no public API for: the
 * current password on a change of one's own, and an equal-cost hash for unknown emails at login.
 * Mirrors payload/dist/auth/strategies/local/generatePasswordSaltHash.js (3.90): a
 * `pbkdf2-sha256-v1:` prefix means 600,000 iterations and 32 bytes; older hashes 25,000 and 512.
 */
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)
const currentPrefix = 'pbkdf2-sha256-v1:'

function parameters(hash: string) {
  return hash.startsWith(currentPrefix)
    ? { stored: hash.slice(currentPrefix.length), iterations: 600_000, keyLength: 32 }
    : { stored: hash, iterations: 25_000, keyLength: 512 }
}

export async function passwordMatches(
  password: string,
  salt: unknown,
  hash: unknown,
): Promise<boolean> {
  if (typeof salt !== 'string' || typeof hash !== 'string') return false
  const { stored, iterations, keyLength } = parameters(hash)
  const derived = await derive(password, salt, iterations, keyLength, 'sha256')
  const expected = Buffer.from(stored, 'hex')
  return derived.length === expected.length && timingSafeEqual(derived, expected)
}

/** The work a real password check costs, spent on nothing (an unknown email). */
export async function hashForNothing(password: string): Promise<void> {
  await derive(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256')
}
