/**
 * The receipt code a participant gets for a submission: the only way to read its status or
 * withdraw it, since senders have no account. Twelve characters of Crockford's base32 (no I, L,
 * O or U, so it survives being read aloud or copied by hand), 60 random bits, shown in three
 * groups: `7KQ2-M9XD-A4TR`. The CMS keeps only its SHA-256, so the table alone cannot act for
 * a sender.
 */
import { createHash, randomBytes } from 'node:crypto'

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const length = 12

export function newReceiptCode(): string {
  const bytes = randomBytes(length)
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length] ?? '0')
  return [0, 4, 8].map((start) => chars.slice(start, start + 4).join('')).join('-')
}

/**
 * A typed code in its stored form, or undefined when it cannot be one: case, spaces and hyphens
 * do not matter, and the letters people confuse with digits read as those digits.
 */
export function normaliseReceipt(typed: string): string | undefined {
  const plain = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (!new RegExp(`^[${alphabet}]{${String(length)}}$`).test(plain)) return undefined
  return [0, 4, 8].map((start) => plain.slice(start, start + 4)).join('-')
}

export const receiptHash = (code: string): string =>
  createHash('sha256').update(code, 'utf8').digest('hex')
