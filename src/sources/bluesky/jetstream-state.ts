import type { BlueskyPosition } from './bluesky-cursor.ts'
import { encodeCursor } from './bluesky-cursor.ts'

/** How far back a reconnection starts before the last event read: Jetstream orders events only roughly. */
export const REPLAY_MARGIN_US = 5_000_000
// the cursor names at most this many records delivered within the margin
const MAX_CURSOR_KEYS = 200

/** Keys seen, oldest first, forgotten once they fall out of the replay margin. */
const createWindow = (entries: Iterable<[string, number]> = []) => {
  const keys = new Map<string, number>(entries)
  return {
    has: (key: string) => keys.has(key),
    add: (key: string, time: number) => keys.set(key, time),
    prune: (before: number) => {
      for (const [key, time] of keys) {
        if (time >= before) break
        keys.delete(key)
      }
    },
    newest: (n: number) => [...keys.keys()].slice(-n),
  }
}

/**
 * Where the stream stands: the newest event time read, and the records already delivered (in the cursor)
 * or counted (in memory) within the margin, so that a reconnection's replay neither repeats nor recounts.
 */
export const createStreamState = (start: BlueskyPosition) => {
  let t = start.t
  const delivered = createWindow(start.k.map((k) => [k, start.t]))
  const counted = createWindow()
  return {
    get time() {
      return t
    },
    /** records the event's time; true when it is newer than anything read before (not a replay) */
    advance(time: number): boolean {
      if (time <= t) return false
      t = time
      delivered.prune(t - REPLAY_MARGIN_US)
      counted.prune(t - REPLAY_MARGIN_US)
      return true
    },
    seen: (key: string) => delivered.has(key) || counted.has(key),
    wasDelivered: (key: string) => delivered.has(key),
    deliver: (key: string) => delivered.add(key, t),
    count: (key: string) => counted.add(key, t),
    cursor: () => encodeCursor({ t, k: delivered.newest(MAX_CURSOR_KEYS) }),
  }
}
export type StreamState = ReturnType<typeof createStreamState>
