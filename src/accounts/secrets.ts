import { createHash, randomBytes } from 'node:crypto'

/** Prefixes say what a secret is when it turns up in a log or a paste: a session cookie or an API token. */
export type SecretKind = 'vgs' | 'vgt'

/** A random secret: its kind, then 32 random bytes in base64url (256 bits). */
export const newSecret = (kind: SecretKind): string => `${kind}_${randomBytes(32).toString('base64url')}`

/** What the store keeps of a secret: a SHA-256 is enough for 256 random bits (no guessing to slow down). */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex')

/** A short random id (tokens, users created without one). */
export const newId = (prefix: string): string => `${prefix}_${randomBytes(9).toString('base64url')}`
