import { type NetPolicy, OPEN_INTERNET } from '../net/index.ts'

/** What a Mastodon connector needs from the outside; tests give a local policy and a sleep that does not wait. */
export interface MastodonDeps {
  /** the SSRF policy (`network.allowHosts`) */
  policy: NetPolicy
  /** waits `ms` (rate limits, backoff); resolves early, without error, when the signal aborts */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
  now: () => number
  /** in [0, 1): the jitter of backoffs */
  random: () => number
  /** one REST call, redirects included */
  timeoutMs: number
  /** a longer REST answer is refused */
  maxBytes: number
  /** statuses per REST page (the API allows 40) */
  pageSize: number
  /** tries of one call on a 5xx or a network error, and of a stream connection, before giving up */
  maxAttempts: number
  /** the first backoff; doubled at each further try */
  backoffMs: number
  /** a longer rate-limit wait is not waited for: the read fails and the runner comes back later */
  maxWaitMs: number
  /** a stream that sends nothing for this long (Mastodon sends a heartbeat every 15 s) is reconnected */
  streamIdleMs: number
  /** a stream event longer than this is rejected */
  maxEventBytes: number
}

export const sleepFor = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
  })

export const defaultDeps = (given: Partial<MastodonDeps> = {}): MastodonDeps => ({
  policy: OPEN_INTERNET,
  sleep: sleepFor,
  now: Date.now,
  random: Math.random,
  timeoutMs: 20_000,
  maxBytes: 8 * 1024 * 1024,
  pageSize: 40,
  maxAttempts: 4,
  backoffMs: 1_000,
  maxWaitMs: 15 * 60_000,
  streamIdleMs: 60_000,
  maxEventBytes: 1024 * 1024,
  ...given,
})

/** Exponential backoff with full jitter around it: `base·2^(try-1)`, between half and one and a half times. */
export const backoff = (deps: MastodonDeps, attempt: number): number =>
  Math.min(deps.backoffMs * 2 ** (attempt - 1), 5 * 60_000) * (0.5 + deps.random())
