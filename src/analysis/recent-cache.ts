/**
 * Remembers what a pure function computed from recent texts. Reshares repeat their original's text within
 * minutes or hours, so a stream can skip most of the repeated language detection and model scoring.
 */
export type RecentCache<V> = (key: string, compute: (key: string) => V) => V

/**
 * Two generations of at most `capacity` entries each: when the young one fills up it becomes the old one and
 * the previous old one is dropped. O(1) without per-hit bookkeeping; keeps the last `capacity` to
 * 2 × `capacity` texts, and a hit in the old generation is carried over to the young one.
 */
export const createRecentCache = <V>(capacity: number): RecentCache<V> => {
  let young = new Map<string, V>()
  let old = new Map<string, V>()
  const keep = (key: string, value: V) => {
    if (young.size >= capacity) {
      old = young
      young = new Map()
    }
    young.set(key, value)
    return value
  }
  return (key, compute) => {
    const hit = young.get(key)
    if (hit !== undefined) return hit
    const older = old.get(key)
    return keep(key, older !== undefined ? older : compute(key))
  }
}

/** How many recent texts the analysis steps remember (a few MB at most). */
export const RECENT_TEXTS = 4096
