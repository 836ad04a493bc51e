/** How far a poll may move from its period either way: polls of many feeds started together spread out. */
export const POLL_JITTER = 0.1

/**
 * The wait before the next poll of a source polled every `everyMs`: `everyMs` ± 10 %, drawn from `random`
 * (a function returning [0, 1), as `Math.random`), in whole milliseconds.
 */
export const nextPollDelay = (everyMs: number, random: () => number = Math.random): number => {
  if (!Number.isFinite(everyMs) || everyMs <= 0)
    throw new RangeError(`a poll period is a positive number of milliseconds, not ${everyMs}`)
  const r = Math.min(Math.max(random(), 0), 1)
  return Math.round(everyMs * (1 - POLL_JITTER + 2 * POLL_JITTER * r))
}
