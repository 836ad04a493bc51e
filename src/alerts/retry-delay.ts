/** How long to wait before a retry: exponential backoff with jitter, or what the server asked for. */
export interface RetryDelayPolicy {
  /** delay before the 2nd attempt, before jitter */
  baseDelayMs: number
  /** cap of the exponential backoff */
  maxDelayMs: number
  /** a server asking for a longer wait (Retry-After) is given up on rather than retried too early */
  maxRetryAfterMs: number
  /** 0..1, injectable so tests are deterministic */
  random: () => number
}

/**
 * "Equal jitter": half the exponential delay is fixed, half is random, so retries from many alerts spread
 * out without ever retrying immediately.
 */
export const backoffDelay = (failedAttempts: number, policy: RetryDelayPolicy): number => {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failedAttempts - 1))
  return Math.round(exponential / 2 + (exponential / 2) * policy.random())
}

/** A `Retry-After` header (seconds or an HTTP date) in milliseconds from `nowMs`; undefined if absent or bad. */
export const parseRetryAfter = (header: string | null, nowMs: number): number | undefined => {
  if (header === null || header.trim() === '') return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - nowMs)
}

/** The wait before the next attempt, or `undefined` when the server asked for more than we may wait. */
export const retryDelay = (
  failedAttempts: number,
  retryAfterMs: number | undefined,
  policy: RetryDelayPolicy,
): number | undefined => {
  if (retryAfterMs === undefined) return backoffDelay(failedAttempts, policy)
  return retryAfterMs > policy.maxRetryAfterMs ? undefined : retryAfterMs
}
