import { setTimeout as sleep } from 'node:timers/promises'
import { isStoreUnreachable } from '../store/index.ts'

export interface StoreRetryOptions {
  /** the first wait after a failure (default 250 ms), doubled at each failure */
  firstDelayMs?: number
  /** the longest wait between two tries (default 30 s) */
  maxDelayMs?: number
  /** aborted: the wait ends and the last failure is thrown */
  signal?: AbortSignal
  /** told before each wait */
  onWait?: (error: unknown, tries: number, delayMs: number) => void
}

/**
 * Runs `work` until it succeeds, trying again for as long as the store is unreachable (connection refused or
 * broken off, the server restarting), waiting longer each time; any other failure is thrown at once, as is
 * the last one once `signal` is aborted. `work` must be safe to run again (the store writes are idempotent).
 */
export const retryWhileStoreUnreachable = async <T>(
  work: () => Promise<T>,
  o: StoreRetryOptions = {},
): Promise<T> => {
  const first = o.firstDelayMs ?? 250
  const max = o.maxDelayMs ?? 30_000
  for (let tries = 1; ; tries++) {
    try {
      return await work()
    } catch (error) {
      if (!isStoreUnreachable(error) || o.signal?.aborted) throw error
      const delayMs = Math.min(max, first * 2 ** Math.min(tries - 1, 20))
      o.onWait?.(error, tries, delayMs)
      await sleep(delayMs, undefined, { signal: o.signal }).catch(() => {
        throw error
      })
    }
  }
}
