import { type AnalyzedMention, AppError, type BrandQuery } from '../core/index.ts'
import { createFold, createQueryDetection, type DetectedAlert, type QueryState } from './query-detection.ts'
import { DetectionSettings, type DetectionSettingsInput } from './settings.ts'

export interface Detection {
  /** Routes a mention to each of its queries (`analysis.queries`); unknown query ids are ignored. */
  observe(m: AnalyzedMention): void
  /** Closes every bucket that ended at or before `now` (event time) and returns the alerts they raised. */
  advance(now: Date): DetectedAlert[]
  /** The query's current level, score and signals; throws `not_found` for an unknown query. */
  snapshot(queryId: string): QueryState
}

/**
 * Crisis detection for a set of brand queries, over event time: a replay calls `advance(m.createdAt)`
 * before observing each mention and `advance(end)` at the end; live code calls `advance(clock.now())`
 * every few seconds. The same stream always gives the same alerts.
 */
export const createDetection = (input: {
  queries: readonly BrandQuery[]
  settings?: DetectionSettingsInput
}): Detection => {
  const settings = DetectionSettings.parse(input.settings ?? {})
  const intervalMs = settings.intervalMinutes * 60_000
  const fold = createFold()
  const queries = new Map(input.queries.map((q) => [q.id, createQueryDetection(q, settings, fold)]))
  type Query = NonNullable<ReturnType<typeof queries.get>>
  // Only queries that spoke lately are advanced bucket by bucket: with 1,000 queries most are silent, and a
  // silent query at level normal only closes empty buckets. It catches up on its next mention, which gives
  // the same state as if it had been advanced all along (empty buckets are deterministic).
  const awake = new Map<Query, number>()
  const sleepAfterMs = Math.max(24 * 3_600_000, settings.cooldownMinutes * 60_000)
  // Every query shares one bucket grid, so one comparison tells whether any bucket can close.
  let openStart = Number.NaN
  const advance = (now: Date): DetectedAlert[] => {
    const t = now.getTime()
    if (!Number.isNaN(openStart) && t < openStart + intervalMs) return []
    const alerts: DetectedAlert[] = []
    for (const [q, lastSeen] of awake) {
      alerts.push(...q.advance(now))
      if (t - lastSeen > sleepAfterMs && q.level() === 'normal') awake.delete(q)
    }
    const aligned = Math.floor(t / intervalMs) * intervalMs
    openStart = Number.isNaN(openStart) ? aligned : Math.max(openStart, aligned)
    return alerts
  }
  const wake = (q: Query, at: number) => {
    if (!awake.has(q) && !Number.isNaN(openStart)) q.advance(new Date(openStart))
    awake.set(q, at)
  }
  return {
    observe(m) {
      if (Number.isNaN(openStart)) advance(m.createdAt)
      for (const id of m.analysis.queries) {
        const q = queries.get(id)
        if (!q) continue
        wake(q, m.createdAt.getTime())
        q.observe(m, openStart)
      }
    },
    advance,
    snapshot(queryId) {
      const q = queries.get(queryId)
      if (!q) throw new AppError('not_found', `no brand query ${queryId} in detection`)
      return q.snapshot()
    },
  }
}
