import { compileQueries } from '../analysis/index.ts'
import type { AnalyzedMention, BrandQuery } from '../core/index.ts'
import type { Store } from '../store/index.ts'
import type { Pipeline } from './pipelines.ts'

/** How far back a query's baseline is read from the store: two weeks cover the weekly rhythm twice. */
export const HISTORY_DAYS = 14
/** At most this many past mentions per query (the newest ones): a bound on the time a reload takes. */
export const MAX_HISTORY = 50_000
const DAY = 86_400_000

/**
 * The stored mentions of the workspace that match each of `queries`, oldest first, from the `HISTORY_DAYS`
 * before its newest mention (none after `now`; an imported export may end long before today): a query added
 * today matches what was stored for the workspace's other queries. One read of the store for all queries,
 * at most `max` (the newest) per query.
 */
export const readQueryHistory = async (
  store: Store,
  workspaceId: string,
  queries: readonly BrandQuery[],
  now: Date,
  max = MAX_HISTORY,
): Promise<Map<string, AnalyzedMention[]>> => {
  const found = new Map<string, AnalyzedMention[]>(queries.map((q) => [q.id, []]))
  const [newest] = (await store.listMentions({ workspaceId, to: now, limit: 1 })).items
  if (!newest || queries.length === 0) return found
  const matcher = compileQueries(queries)
  const to = new Date(newest.createdAt.getTime() + 1) // `to` is exclusive
  const from = new Date(to.getTime() - HISTORY_DAYS * DAY)
  let open = queries.length // queries still short of `max`
  let before: string | undefined
  do {
    const page = await store.listMentions({ workspaceId, from, to, limit: 500, before })
    for (const m of page.items) {
      for (const id of matcher.match(m, m.analysis.lang)) {
        const list = found.get(id)!
        if (list.length < max && list.push(m) === max) open--
      }
    }
    before = page.next
  } while (before !== undefined && open > 0)
  for (const list of found.values()) list.reverse() // newest first as read, oldest first as replayed
  return found
}

/**
 * Seeds the detection of these queries of a running pipeline from the store, so that a query added or
 * changed while Vigie runs (or every query when `vigie serve` starts) judges bursts against its past, not
 * as a brand with no history. Returns how many past mentions each query was given.
 */
export const seedQueriesFromHistory = async (
  store: Store,
  pipeline: Pipeline,
  queries: readonly BrandQuery[],
): Promise<Map<string, number>> => {
  const histories = await readQueryHistory(store, pipeline.workspaceId, queries, pipeline.clock.now())
  return new Map(queries.map((q) => [q.id, pipeline.detection.seed(q.id, histories.get(q.id) ?? [])]))
}
