import { AppError, isAppError } from '../../core/index.ts'
import { fetchSafely, type NetPolicy, type SafeFetchOptions, type SafeResponse } from '../net/index.ts'

export interface SendDeps {
  policy: NetPolicy
  /** waits (rate limits, backoff); injectable so tests do not really wait */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  now: () => number
  random: () => number
}

export interface SendLimits {
  timeoutMs: number
  maxBytes: number
  retries: number
}

export interface Request {
  url: string
  /** names the call in errors: `r/france new` */
  label: string
  method?: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
  /** a 2xx answer whose body cannot be read (truncated JSON): retried like a 5xx */
  check?: (res: SafeResponse) => string | undefined
}

/** An answer that is worth asking again: the reason, for the final error. */
class Transient extends Error {}

const MAX_RATE_LIMIT_WAITS = 5
const MAX_WAIT_MS = 15 * 60_000

/** `Retry-After` in seconds or as an HTTP date; otherwise Reddit's `X-Ratelimit-Reset` seconds. */
const retryAfterMs = (headers: Record<string, string>, now: number): number | undefined => {
  const raw = headers['retry-after'] ?? headers['x-ratelimit-reset']
  if (!raw) return undefined
  const seconds = Number(raw)
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000)
  const at = Date.parse(raw)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/**
 * Sends requests one after the other, honouring Reddit's rate limits: `X-Ratelimit-Remaining` below one
 * pauses the next call for `X-Ratelimit-Reset` seconds; a 429 waits `Retry-After`. Network errors, 5xx and
 * broken answers are retried with exponential backoff and jitter, `retries` times, then `unavailable`.
 */
export const createSender = (deps: SendDeps, limits: SendLimits) => {
  let pausedUntil = 0

  const noteRateLimit = (headers: Record<string, string>) => {
    const remaining = Number.parseFloat(headers['x-ratelimit-remaining'] ?? '')
    const reset = Number.parseFloat(headers['x-ratelimit-reset'] ?? '')
    if (remaining < 1 && Number.isFinite(reset))
      pausedUntil = Math.max(pausedUntil, deps.now() + Math.min(reset * 1000, MAX_WAIT_MS))
  }

  const backoffMs = (attempt: number) =>
    Math.min(30_000, 1000 * 2 ** (attempt - 1)) * (0.5 + deps.random() / 2)

  const attempt = async (r: Request, signal: AbortSignal): Promise<SafeResponse> => {
    const wait = pausedUntil - deps.now()
    if (wait > 0) await deps.sleep(wait, signal)
    const options: SafeFetchOptions = {
      policy: deps.policy,
      method: r.method ?? 'GET',
      headers: r.headers,
      timeoutMs: limits.timeoutMs,
      maxBytes: limits.maxBytes,
      signal,
      ...(r.body !== undefined && { body: r.body }),
    }
    let res: SafeResponse
    try {
      res = await fetchSafely(r.url, options)
    } catch (error) {
      // refused addresses and oversized answers are final; a broken connection is worth another try
      if (isAppError(error) && error.code === 'unavailable' && !signal.aborted)
        throw new Transient(error.message)
      throw error
    }
    noteRateLimit(res.headers)
    if (res.status >= 500) throw new Transient(`${r.label}: the server answered ${res.status}`)
    const broken = res.status < 300 ? r.check?.(res) : undefined
    if (broken) throw new Transient(`${r.label}: ${broken}`)
    return res
  }

  return async (r: Request, signal: AbortSignal): Promise<SafeResponse> => {
    let failures = 0
    let rateLimited = 0
    for (;;) {
      try {
        const res = await attempt(r, signal)
        if (res.status !== 429) return res
        if (++rateLimited > MAX_RATE_LIMIT_WAITS)
          throw new AppError(
            'unavailable',
            `${r.label}: still rate limited after ${MAX_RATE_LIMIT_WAITS} waits`,
          )
        const wait = retryAfterMs(res.headers, deps.now()) ?? backoffMs(rateLimited)
        await deps.sleep(Math.min(wait, MAX_WAIT_MS), signal)
      } catch (error) {
        if (!(error instanceof Transient) || signal.aborted) throw error
        if (++failures > limits.retries)
          throw new AppError('unavailable', `${error.message} (gave up after ${failures} attempts)`)
        await deps.sleep(backoffMs(failures), signal)
      }
    }
  }
}
export type Send = ReturnType<typeof createSender>
