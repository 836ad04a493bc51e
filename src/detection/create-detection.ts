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
  /**
   * Swaps the brand queries in place (they were edited while detection runs): a query whose definition
   * (text, brand, owned accounts) is unchanged keeps its state; a new or changed one starts afresh, as a
   * query seen for the first time; a removed one is dropped (its mentions are ignored from then on). The
   * bucket grid and the other queries are untouched.
   */
  setQueries(queries: readonly BrandQuery[]): void
  /**
   * Gives a new query the baseline of its past: replays `history` (its mentions stored before, oldest
   * first; those from the current bucket on are left out) through a fresh detection of the query, alerts
   * discarded, and puts it in place of the query's state. Returns how many mentions were replayed. A query
   * added to a running workspace is otherwise a query with no history, for which every burst is news.
   * With `lastBucketOpen` (detection not running yet) the bucket of the last mention replayed stays open: the
   * next `advance` closes it and returns what it raises, as it would have in the process that saw that past
   * live (a detect worker taking a partition over does not know whether its previous holder closed it).
   */
  seed(queryId: string, history: readonly AnalyzedMention[], options?: { lastBucketOpen?: boolean }): number
  /** The language of the alert sentences from now on (the workspace's language changed); state is kept. */
  setLanguage(language: 'fr' | 'en'): void
}

/** Same text, brand, workspace and owned accounts: detection state learnt for one holds for the other. */
export const sameDefinition = (a: BrandQuery, b: BrandQuery): boolean =>
  a.query === b.query &&
  a.brand === b.brand &&
  a.workspaceId === b.workspaceId &&
  a.owned.length === b.owned.length &&
  a.owned.every((handle, i) => handle === b.owned[i])

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
  let known = new Map(input.queries.map((q) => [q.id, q]))
  type Query = ReturnType<typeof createQueryDetection>
  // A query's detectors are made at its first mention (or snapshot): with 1,000 queries most never speak,
  // and making them all up front cost more than detecting. A query untouched until then is in its initial
  // state anyway, which is what a new one is.
  const queries = new Map<string, Query>()
  const queryOf = (id: string): Query | undefined => {
    let q = queries.get(id)
    if (!q) {
      const query = known.get(id)
      if (!query) return undefined
      q = createQueryDetection(query, settings, fold)
      queries.set(id, q)
    }
    return q
  }
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
    // keys, not entries: an entry is a new [key, value] array per query and bucket
    for (const q of awake.keys()) {
      q.advance(t, alerts)
      if (t - (awake.get(q) ?? t) > sleepAfterMs && q.level() === 'normal') awake.delete(q)
    }
    const aligned = Math.floor(t / intervalMs) * intervalMs
    openStart = Number.isNaN(openStart) ? aligned : Math.max(openStart, aligned)
    return alerts
  }
  const wake = (q: Query, at: number) => {
    // a sleeping query only closes empty buckets at level normal: it raises nothing while catching up
    if (!awake.has(q) && !Number.isNaN(openStart)) q.advance(openStart, [])
    awake.set(q, at)
  }
  return {
    observe(m) {
      if (Number.isNaN(openStart)) advance(m.createdAt)
      for (const id of m.analysis.queries) {
        const q = queryOf(id)
        if (!q) continue
        wake(q, m.createdAt.getTime())
        q.observe(m, openStart)
      }
    },
    advance,
    snapshot(queryId) {
      const q = queryOf(queryId)
      if (!q) throw new AppError('not_found', `no brand query ${queryId} in detection`)
      return q.snapshot()
    },
    seed(queryId, history, options) {
      const query = known.get(queryId)
      if (!query) throw new AppError('not_found', `no brand query ${queryId} in detection`)
      const q = createQueryDetection(query, settings, fold)
      const discarded: DetectedAlert[] = []
      const until = Number.isNaN(openStart) ? Number.POSITIVE_INFINITY : openStart
      let replayed = 0
      for (const m of history) {
        const t = m.createdAt.getTime()
        if (t >= until) break
        q.advance(t, discarded)
        q.observe(
          { ...m, analysis: { ...m.analysis, queries: [queryId] } },
          Math.floor(t / intervalMs) * intervalMs,
        )
        replayed++
      }
      // close the history's buckets (up to the current one when detection runs already): the past raises nothing
      const last = history[replayed - 1]?.createdAt.getTime()
      if (!Number.isNaN(openStart)) q.advance(openStart, discarded)
      else if (last !== undefined && !options?.lastBucketOpen)
        q.advance(Math.floor(last / intervalMs) * intervalMs + intervalMs, discarded)
      const before = queries.get(queryId)
      if (before) awake.delete(before)
      queries.set(queryId, q)
      if (last !== undefined) awake.set(q, last)
      return replayed
    },
    setLanguage(language) {
      settings.language = language
    },
    setQueries(next) {
      const before = known
      known = new Map(next.map((q) => [q.id, q]))
      for (const [id, q] of queries) {
        const previous = before.get(id)
        const current = known.get(id)
        if (previous && current && sameDefinition(previous, current)) continue
        queries.delete(id) // made again from its new definition at its next mention
        awake.delete(q)
      }
    },
  }
}
