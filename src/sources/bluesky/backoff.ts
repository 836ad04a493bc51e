import { setTimeout as delay } from 'node:timers/promises'

/** Waits `ms`, or less when the signal aborts (tests inject one that does not wait). */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>

export const sleepUnlessAborted: Sleep = (ms, signal) => delay(ms, undefined, { signal }).catch(() => {})

/** A wait that doubles with each failure, between half and all of it (jitter spreads retries out). */
export const backoff = (attempt: number, baseMs: number, random: () => number) =>
  Math.min(60_000, baseMs * 2 ** (attempt - 1)) * (0.5 + random() / 2)
