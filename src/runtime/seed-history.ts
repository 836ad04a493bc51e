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
 * The stored mentions of the workspace, of the `HISTORY_DAYS` before its newest one (none after `now`), that
 * match `query`,
 * oldest first: a query added today matches what was stored for the workspace's other queries.
 */
export const readQueryHistory = async (
  store: Store,
  query: BrandQuery,
  now: Date,
  max = MAX_HISTORY,
): Promise<AnalyzedMention[]> => {
  const matcher = compileQueries([query])
  // the two weeks before the newest stored mention: an imported export may end long before today
  const [newest] = (await store.listMentions({ workspaceId: query.workspaceId, to: now, limit: 1 })).items
  if (!newest) return []
  const to = new Date(newest.createdAt.getTime() + 1) // `to` is exclusive
  const from = new Date(to.getTime() - HISTORY_DAYS * DAY)
  const found: AnalyzedMention[] = []
  let before: string | undefined
  do {
    const page = await store.listMentions({ workspaceId: query.workspaceId, from, to, limit: 500, before })
    for (const m of page.items) if (matcher.match(m, m.analysis.lang).length > 0) found.push(m)
    before = page.next
  } while (before !== undefined && found.length < max)
  return found.slice(0, max).reverse()
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
  const seeded = new Map<string, number>()
  const to = pipeline.clock.now()
  for (const query of queries) {
    const history = await readQueryHistory(store, query, to)
    seeded.set(query.id, pipeline.detection.seed(query.id, history))
  }
  return seeded
}
