import { randomUUID } from 'node:crypto'
import { setTimeout as sleepFor } from 'node:timers/promises'
import { type Alert, AppError, type Clock, type Meter, nullMeter, systemClock } from '../core/index.ts'
import type { AlertChannel } from './port.ts'
import { parseRetryAfter, type RetryDelayPolicy, retryDelay } from './retry-delay.ts'
import { signWebhookBody } from './webhook-signature.ts'

export interface WebhookChannelOptions {
  url: string
  /** HMAC-SHA256 key of the `X-Vigie-Signature` header */
  secret: string
  /** attempts in all, the first included */
  maxAttempts: number
  fetch?: typeof fetch
  /** injectable so tests never wait */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** called once when an alert could not be delivered, with the JSON body that was sent */
  onDeadLetter?: (reason: string, payload: string) => void | Promise<void>
  clock?: Clock
  random?: () => number
  meter?: Meter
  baseDelayMs?: number
  maxDelayMs?: number
  maxRetryAfterMs?: number
  /** per attempt */
  timeoutMs?: number
}

type Attempt =
  | { kind: 'delivered' }
  | { kind: 'retry'; reason: string; retryAfterMs?: number }
  | { kind: 'fail'; reason: string }

/**
 * Posts each alert as signed JSON (`{ type: 'alert', alert }`) to one URL. Retries network errors, 5xx and
 * 429 with backoff (honouring Retry-After); other 4xx are final. When it gives up it reports a dead letter
 * and rejects with an `unavailable` AppError; the delivery id stays the same across retries.
 */
export const createWebhookChannel = (options: WebhookChannelOptions): AlertChannel => {
  const clock = options.clock ?? systemClock
  const meter = options.meter ?? nullMeter
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => sleepFor(ms, undefined, { signal }))
  const policy = retryPolicyFrom(options)
  const post = createPoster(options, clock)
  const count = (outcome: string) => meter.count('webhook_attempts_total', { outcome })

  const giveUp = async (reason: string, body: string): Promise<never> => {
    count('dead_letter')
    await options.onDeadLetter?.(reason, body)
    throw new AppError('unavailable', `webhook delivery failed: ${reason}`)
  }

  return {
    kind: 'webhook',
    async deliver(alert: Alert, signal?: AbortSignal) {
      const body = JSON.stringify({ type: 'alert', alert })
      const deliveryId = randomUUID()
      for (let attempt = 1; ; attempt++) {
        const outcome = await post(body, deliveryId, signal)
        if (outcome.kind === 'delivered') return count('delivered')
        const next = planRetry(outcome, attempt, options.maxAttempts, policy)
        if (typeof next === 'string') return giveUp(next, body)
        count('retried')
        await sleep(next, signal)
      }
    },
  }
}

const retryPolicyFrom = (options: WebhookChannelOptions): RetryDelayPolicy => ({
  baseDelayMs: options.baseDelayMs ?? 1_000,
  maxDelayMs: options.maxDelayMs ?? 5 * 60_000,
  maxRetryAfterMs: options.maxRetryAfterMs ?? 15 * 60_000,
  random: options.random ?? Math.random,
})

/** The wait before the next attempt, or why there will be none (the dead letter's reason). */
const planRetry = (
  outcome: Exclude<Attempt, { kind: 'delivered' }>,
  attempt: number,
  maxAttempts: number,
  policy: RetryDelayPolicy,
): number | string => {
  if (outcome.kind === 'fail') return outcome.reason
  if (attempt >= maxAttempts) return `gave up after ${attempt} attempts; last: ${outcome.reason}`
  const delay = retryDelay(attempt, outcome.retryAfterMs, policy)
  if (delay !== undefined) return delay
  const asked = Math.round((outcome.retryAfterMs ?? 0) / 1000)
  return `server asked to retry after ${asked} s, more than allowed; last: ${outcome.reason}`
}

/** One signed POST, classified as delivered, worth retrying, or final. */
const createPoster = (options: WebhookChannelOptions, clock: Clock) => {
  const doFetch = options.fetch ?? fetch
  const timeoutMs = options.timeoutMs ?? 10_000
  return async (body: string, deliveryId: string, signal?: AbortSignal): Promise<Attempt> => {
    const timestamp = String(Math.floor(clock.now().getTime() / 1000))
    const timeout = AbortSignal.timeout(timeoutMs)
    let response: Response
    try {
      response = await doFetch(options.url, {
        method: 'POST',
        // a POST redirected would become a GET: the configured URL must be the final one
        redirect: 'manual',
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        headers: {
          'Content-Type': 'application/json',
          'X-Vigie-Event': 'alert',
          'X-Vigie-Delivery': deliveryId,
          'X-Vigie-Timestamp': timestamp,
          'X-Vigie-Signature': signWebhookBody(options.secret, timestamp, body),
        },
        body,
      })
    } catch (error) {
      if (signal?.aborted) throw error // cancelled by the caller: not a delivery failure
      return {
        kind: 'retry',
        reason: `network error: ${error instanceof Error ? error.message : String(error)}`,
      }
    }
    return classify(response, await readSnippet(response), clock.now().getTime())
  }
}

const classify = (response: Response, snippet: string, nowMs: number): Attempt => {
  if (response.status >= 200 && response.status < 300) return { kind: 'delivered' }
  const reason = `HTTP ${response.status}${snippet ? `: ${snippet}` : ''}`
  if (response.status === 429 || response.status >= 500) {
    return {
      kind: 'retry',
      reason,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), nowMs),
    }
  }
  return { kind: 'fail', reason }
}

/** The start of the response body, for the dead letter's reason; reading it also frees the connection. */
const readSnippet = async (response: Response): Promise<string> => {
  try {
    return (await response.text()).slice(0, 200).trim()
  } catch {
    return ''
  }
}
