import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A new webhook source's key: shown once to whoever configures the sending tool. */
export const newWebhookSecret = (): string => randomBytes(32).toString('base64url')

/** `sha256=<hex>`: the HMAC-SHA256 of the raw body with the source's secret (what senders put in X-Vigie-Signature). */
export const signBody = (secret: string, body: string): string =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

/** Compares in constant time; false for a missing or malformed header. */
export const isValidSignature = (secret: string, body: string, header: string | undefined): boolean => {
  if (header === undefined) return false
  const expected = Buffer.from(signBody(secret, body))
  const given = Buffer.from(header.trim())
  return expected.length === given.length && timingSafeEqual(expected, given)
}
