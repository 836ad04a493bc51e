import type { BlueskyPosition } from './bluesky-cursor.ts'

/** What a read does before the stream: a backfill of a window (milliseconds), then Jetstream from a point. */
export interface ReadPlan {
  backfill?: { sinceMs: number; untilMs: number; after?: { ms: number; uri: string } }
  /** Jetstream's cursor (microseconds), 0 for the live tip, and what it already delivered */
  stream: BlueskyPosition
}

export interface PlanInput {
  start: BlueskyPosition | undefined
  nowMs: number
  backfillHours: number
  retentionHours: number
  /** whether there is anything to backfill from (search terms or accounts) */
  canBackfill: boolean
}

/**
 * Where a read starts (pure): a new source searches its recent history first; a resumed one goes on with
 * Jetstream, unless it was inside a backfill (which it finishes) or away longer than Jetstream keeps events
 * (the gap is searched, then the stream starts now).
 */
export const planRead = ({
  start,
  nowMs,
  backfillHours,
  retentionHours,
  canBackfill,
}: PlanInput): ReadPlan => {
  const nowUs = nowMs * 1000
  if (!start) {
    if (!canBackfill || backfillHours === 0) return { stream: { t: 0, k: [] } }
    return {
      backfill: { sinceMs: nowMs - backfillHours * 3_600_000, untilMs: nowMs },
      stream: { t: nowUs, k: [] },
    }
  }
  const stale = start.t > 0 && nowUs - start.t > retentionHours * 3_600_000_000
  if (start.b) {
    const untilMs = stale ? nowMs : start.t / 1000
    return {
      backfill: { sinceMs: start.b.ms, untilMs: Math.max(untilMs, start.b.ms + 1), after: start.b },
      stream: { t: stale ? nowUs : start.t, k: [] },
    }
  }
  if (stale && canBackfill)
    return { backfill: { sinceMs: Math.floor(start.t / 1000), untilMs: nowMs }, stream: { t: nowUs, k: [] } }
  return { stream: start }
}
