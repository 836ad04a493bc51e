import { AppError, type Clock } from '../core/index.ts'

export interface RateLimit {
  /** requests allowed per window */
  max: number
  windowMs: number
}

/**
 * Fixed-window counters per key (an address, a user). Memory stays bounded: windows that ended are swept
 * when the table grows. Throws `rate_limited` with the seconds to wait.
 */
export const createRateLimiter = (limit: RateLimit, clock: Clock, what: string) => {
  const windows = new Map<string, { count: number; endsAt: number }>()
  const sweep = (now: number) => {
    for (const [key, w] of windows) if (w.endsAt <= now) windows.delete(key)
  }
  return {
    hit(key: string) {
      const now = clock.now().getTime()
      if (windows.size > 10_000) sweep(now)
      let w = windows.get(key)
      if (!w || w.endsAt <= now) {
        w = { count: 0, endsAt: now + limit.windowMs }
        windows.set(key, w)
      }
      w.count += 1
      if (w.count > limit.max) {
        const retryAfter = Math.ceil((w.endsAt - now) / 1000)
        throw new AppError('rate_limited', `too many ${what}: try again in ${retryAfter} s`, { retryAfter })
      }
    },
    /** forgets a key (a successful login clears its failures) */
    reset(key: string) {
      windows.delete(key)
    },
  }
}
