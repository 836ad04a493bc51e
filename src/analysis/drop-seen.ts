import { ok, type Step, skip } from './step.ts'

/** Remembers which mentions were already analysed; a Set works, and so does `createSeenSet`. */
export interface SeenSet {
  has(key: string): boolean
  add(key: string): void
}

/** Workspace ids hold no `:`, so this key cannot collide across workspaces. */
export const seenKey = (workspaceId: string, mentionId: string): string => `${workspaceId}:${mentionId}`

/** Skips a mention already seen in its workspace (`duplicate`), and remembers the others. */
export const dropSeen = (seen: SeenSet): Step => ({
  name: 'drop-seen',
  run(draft) {
    const key = seenKey(draft.workspaceId, draft.mention.id)
    if (seen.has(key)) return skip('duplicate')
    seen.add(key)
    return ok
  },
})

/**
 * A bounded set of recent keys that forgets the oldest first: live polling re-reads the last few items of a
 * feed, so recent memory is enough and memory stays flat. The store's unique ids catch older repeats.
 */
export const createSeenSet = (capacity: number): SeenSet & { readonly size: number } => {
  if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError('capacity must be a positive integer')
  // A Set iterates in insertion order, so its first key is always the oldest.
  const keys = new Set<string>()
  return {
    has: (key) => keys.has(key),
    add(key) {
      if (keys.has(key)) return
      keys.add(key)
      if (keys.size > capacity) keys.delete(keys.values().next().value!)
    },
    get size() {
      return keys.size
    },
  }
}
