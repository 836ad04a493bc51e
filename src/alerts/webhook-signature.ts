import { createHmac, timingSafeEqual } from 'node:crypto'

const PREFIX = 'sha256='

/**
 * The `X-Vigie-Signature` value: `sha256=` + hex HMAC-SHA256 of `"<timestamp>.<body>"`.
 * The timestamp is signed with the body so a captured request cannot be replayed later with a new date.
 */
export const signWebhookBody = (secret: string, timestamp: string | number, body: string): string =>
  PREFIX + createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

/**
 * True when `signature` (the `X-Vigie-Signature` header) was made with `secret` over this timestamp and
 * raw body. Compares in constant time. Receivers should also reject stale timestamps (see docs/alerts.md).
 */
export const verifyWebhookSignature = (
  secret: string,
  timestamp: string | number,
  body: string,
  signature: string,
): boolean => {
  const expected = Buffer.from(signWebhookBody(secret, timestamp, body), 'utf8')
  const given = Buffer.from(signature, 'utf8')
  // timingSafeEqual throws on unequal lengths; the length of a valid signature is public anyway
  if (given.length !== expected.length) return false
  return timingSafeEqual(given, expected)
}
