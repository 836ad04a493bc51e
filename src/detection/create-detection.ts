import { type AnalyzedMention, AppError, type BrandQuery } from '../core/index.ts'
import { createQueryDetection, type DetectedAlert, type QueryState } from './query-detection.ts'
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
  const queries = new Map(input.queries.map((q) => [q.id, createQueryDetection(q, settings)]))
  // Every query shares one bucket grid, so one comparison tells whether any bucket can close.
  let openStart = Number.NaN
  const advance = (now: Date): DetectedAlert[] => {
    const t = now.getTime()
    if (!Number.isNaN(openStart) && t < openStart + intervalMs) return []
    const alerts: DetectedAlert[] = []
    for (const q of queries.values()) alerts.push(...q.advance(now))
    const aligned = Math.floor(t / intervalMs) * intervalMs
    openStart = Number.isNaN(openStart) ? aligned : Math.max(openStart, aligned)
    return alerts
  }
  return {
    observe(m) {
      if (Number.isNaN(openStart)) advance(m.createdAt)
      for (const id of m.analysis.queries) queries.get(id)?.observe(m, openStart)
    },
    advance,
    snapshot(queryId) {
      const q = queries.get(queryId)
      if (!q) throw new AppError('not_found', `no brand query ${queryId} in detection`)
      return q.snapshot()
    },
  }
}
