/** Milliseconds until a time given as an HTTP header: seconds (`Retry-After: 30`) or a date (ISO or HTTP). */
const untilHeader = (value: string | undefined, now: number): number | undefined => {
  if (value === undefined || value.trim() === '') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** When a rate-limited answer says nothing of when to come back. */
const DEFAULT_WAIT_MS = 60_000

/**
 * How long to wait before the next call to the instance, from one answer's headers: a 429 waits for
 * `Retry-After`, else `X-RateLimit-Reset`; an answer with `X-RateLimit-Remaining: 0` waits for the reset.
 * `undefined`: no need to wait.
 */
export const rateLimitWait = (
  status: number,
  headers: Record<string, string>,
  now: number,
): number | undefined => {
  const reset = untilHeader(headers['x-ratelimit-reset'], now)
  if (status === 429) return untilHeader(headers['retry-after'], now) ?? reset ?? DEFAULT_WAIT_MS
  if (headers['x-ratelimit-remaining']?.trim() === '0') return reset ?? DEFAULT_WAIT_MS
  return undefined
}
