import { setTimeout as sleepFor } from 'node:timers/promises'
import { type Clock, systemClock } from '../../core/index.ts'
import { parseRetryAfter, retryDelay } from '../retry-delay.ts'

/** How one attempt went: done, worth another try (maybe after the wait the server asked for), or final. */
export type Attempt =
  | { kind: 'delivered' }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'fail'; reason: string }

/** What a sender reports; a failure carries what was sent, for the dead letter. */
export type SendOutcome = { ok: true } | { ok: false; reason: string; payload: string }

export interface RetrySettings {
  /** attempts in all, the first included; 5 by default */
  maxAttempts?: number
  baseDelayMs?: number
  maxDelayMs?: number
  /** a server asking for a longer wait is given up on */
  maxRetryAfterMs?: number
  random?: () => number
  /** injectable so tests never wait */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  clock?: Clock
}

/**
 * Tries until delivered, a final failure, or `maxAttempts`: exponential backoff with jitter between
 * attempts, or the server's Retry-After (as the alert webhook does, retry-delay.ts). Resolves to the
 * reason it gave up, or undefined once delivered.
 */
export const withRetries = async (
  attempt: () => Promise<Attempt>,
  settings: RetrySettings = {},
  signal?: AbortSignal,
): Promise<string | undefined> => {
  const maxAttempts = settings.maxAttempts ?? 5
  const sleep = settings.sleep ?? ((ms: number, s?: AbortSignal) => sleepFor(ms, undefined, { signal: s }))
  const policy = {
    baseDelayMs: settings.baseDelayMs ?? 1_000,
    maxDelayMs: settings.maxDelayMs ?? 5 * 60_000,
    maxRetryAfterMs: settings.maxRetryAfterMs ?? 15 * 60_000,
    random: settings.random ?? Math.random,
  }
  for (let n = 1; ; n++) {
    const outcome = await attempt()
    if (outcome.kind === 'delivered') return undefined
    if (outcome.kind === 'fail') return outcome.reason
    if (n >= maxAttempts) return `gave up after ${n} attempts; last: ${outcome.reason}`
    const delay = retryDelay(n, outcome.retryAfterMs, policy)
    if (delay === undefined)
      return `server asked to retry after ${Math.round((outcome.retryAfterMs ?? 0) / 1000)} s, more than allowed; last: ${outcome.reason}`
    await sleep(delay, signal)
  }
}

/** The answer of a POST, as `fetchSafely` gives it. */
export interface PostResponse {
  status: number
  /** lower-case names */
  headers: Record<string, string>
  body: string | Uint8Array
}

/**
 * Sends one POST; the runtime injects the SSRF-guarded one (`fetchSafely` with the `network` policy), so
 * that a URL a user typed never reaches the server's own network. Rejects on network failures.
 */
export type PostFunction = (
  url: string,
  request: { headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<PostResponse>

const snippetOf = (body: string | Uint8Array) =>
  (typeof body === 'string' ? body : Buffer.from(body).toString('utf8')).slice(0, 200).trim()

/** 2xx delivered; 429 and 5xx retried (Retry-After honoured); other answers and refused addresses final. */
export const classifyResponse = (response: PostResponse, nowMs: number): Attempt => {
  if (response.status >= 200 && response.status < 300) return { kind: 'delivered' }
  const snippet = snippetOf(response.body)
  const reason = `HTTP ${response.status}${snippet ? `: ${snippet}` : ''}`
  if (response.status !== 429 && response.status < 500) return { kind: 'fail', reason }
  return {
    kind: 'retry',
    reason,
    retryAfterMs: parseRetryAfter(response.headers['retry-after'] ?? null, nowMs),
  }
}

/** Errors a retry cannot mend: an address the SSRF guard refuses, a URL that is not one. */
const isFinal = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  ['forbidden', 'invalid'].includes(String((error as { code?: unknown }).code))

/** POSTs a JSON body with retries; a failure carries the body for the dead letter. */
export const postWithRetries = async (
  post: PostFunction,
  url: string,
  request: { headers: Record<string, string>; body: string },
  settings: RetrySettings = {},
  signal?: AbortSignal,
): Promise<SendOutcome> => {
  const clock = settings.clock ?? systemClock
  const reason = await withRetries(
    async () => {
      try {
        return classifyResponse(await post(url, { ...request, signal }), clock.now().getTime())
      } catch (error) {
        if (signal?.aborted) throw error
        const message = error instanceof Error ? error.message : String(error)
        return isFinal(error)
          ? { kind: 'fail', reason: message }
          : { kind: 'retry', reason: `network error: ${message}` }
      }
    },
    settings,
    signal,
  )
  return reason === undefined ? { ok: true } : { ok: false, reason, payload: request.body }
}
