import type { Store } from '../store/index.ts'

/** A post's engagement as a stream counted it since the source started (totals, not increments). */
export interface EngagementTotals {
  id: string
  likes: number
  reposts: number
  replies: number
}

/** Totals remembered per post, to turn the next totals into increments; older posts are forgotten first. */
const REMEMBERED = 50_000
/** Flushes an increment may wait for its mention to be stored before it is dropped. */
const TRIES = 5

/**
 * Writes the likes, reposts and replies a stream counts (Bluesky's Jetstream) into the stored mentions'
 * metrics, so reach and the dashboard see a post spread. Counts are gathered and written every `flushMs`
 * as increments (a restarted stream counts from zero: totals would go backwards); an increment for a post
 * not stored yet (its batch is still being written) is tried again at the next flushes.
 */
export const createEngagementWriter = (
  store: Pick<Store, 'addMentionMetrics'>,
  workspaceId: string,
  o: { flushMs?: number; onError?: (error: unknown) => void } = {},
) => {
  const written = new Map<string, EngagementTotals>()
  const latest = new Map<string, EngagementTotals>()
  const tries = new Map<string, number>()
  let timer: NodeJS.Timeout | undefined
  let flushing: Promise<void> = Promise.resolve()

  const flushOnce = async () => {
    if (latest.size === 0) return
    const batch = [...latest.values()]
    latest.clear()
    const increments = batch.map((t) => {
      const before = written.get(t.id)
      return {
        id: t.id,
        likes: t.likes - (before?.likes ?? 0),
        reposts: t.reposts - (before?.reposts ?? 0),
        replies: t.replies - (before?.replies ?? 0),
      }
    })
    const updated = new Set(await store.addMentionMetrics(workspaceId, increments))
    for (const t of batch) {
      if (updated.has(t.id)) {
        written.delete(t.id) // re-inserted: the newest stay when the oldest are forgotten
        written.set(t.id, t)
        tries.delete(t.id)
      } else if ((tries.get(t.id) ?? 0) + 1 < TRIES && !latest.has(t.id)) {
        tries.set(t.id, (tries.get(t.id) ?? 0) + 1)
        latest.set(t.id, t)
      } else tries.delete(t.id)
    }
    while (written.size > REMEMBERED) written.delete(written.keys().next().value!)
  }
  const flush = (): Promise<void> => {
    clearTimeout(timer)
    timer = undefined
    flushing = flushing.then(flushOnce).catch((error) => o.onError?.(error))
    return flushing
  }
  return {
    /** the connector's `onEngagement` */
    record(totals: EngagementTotals) {
      latest.set(totals.id, totals)
      if (timer === undefined) {
        timer = setTimeout(() => void flush(), o.flushMs ?? 2_000)
        timer.unref()
      }
    },
    flush,
  }
}
