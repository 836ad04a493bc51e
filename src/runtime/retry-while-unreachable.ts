import { setTimeout as sleep } from 'node:timers/promises'
import { isStoreUnreachable } from '../store/index.ts'

export interface RetryOptions {
  /** the first wait after a failure (default 250 ms), doubled at each failure */
  firstDelayMs?: number
  /** the longest wait between two tries (default 30 s) */
  maxDelayMs?: number
  /**
   * how long after the first failure the last try is made (default: no limit); its failure is thrown. The
   * wait before it is cut short to end at the limit.
   */
  limitMs?: number
  /** aborted: the wait ends and the last failure is thrown */
  signal?: AbortSignal
  /** told before each wait */
  onWait?: (error: unknown, tries: number, delayMs: number) => void
}

/**
 * Runs `work` until it succeeds, trying again for as long as `unreachable` says a failure is an outage (a
 * server refused, broken off, restarting), waiting longer each time, up to `limitMs`; any other failure is
 * thrown at once, as is the last one once `signal` is aborted. `work` must be safe to run again.
 */
export const retryWhileUnreachable = async <T>(
  work: () => Promise<T>,
  unreachable: (error: unknown) => boolean,
  o: RetryOptions = {},
): Promise<T> => {
  const first = o.firstDelayMs ?? 250
  const max = o.maxDelayMs ?? 30_000
  let since: number | undefined
  for (let tries = 1; ; tries++) {
    try {
      return await work()
    } catch (error) {
      if (!unreachable(error) || o.signal?.aborted) throw error
      since ??= Date.now()
      const left = (o.limitMs ?? Number.POSITIVE_INFINITY) - (Date.now() - since)
      if (left <= 0) throw error
      const delayMs = Math.min(left, max, first * 2 ** Math.min(tries - 1, 20))
      o.onWait?.(error, tries, delayMs)
      await sleep(delayMs, undefined, { signal: o.signal }).catch(() => {
        throw error
      })
    }
  }
}

/**
 * {@link retryWhileUnreachable} for the store: tries again while the store is unreachable (connection refused or
 * broken off, the server restarting). The store writes are idempotent.
 */
export const retryWhileStoreUnreachable = <T>(work: () => Promise<T>, o: RetryOptions = {}) =>
  retryWhileUnreachable(work, isStoreUnreachable, o)
