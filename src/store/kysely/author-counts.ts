import { sql } from 'kysely'
import type { AnalyzedMention } from '../../core/index.ts'
import { chunksOf } from './chunk-sizes.ts'
import { type Db, scopesOf, sortedByKey } from './mention-counts.ts'

/**
 * Mentions per author and period (migration 0021), kept in the transaction that saves them: `saveMentions`
 * adds the mentions really inserted, `purgeWorkspace` deletes them with the mentions. The engine writes the
 * comparable handle (`lower(ltrim(handle, '@'))`, the author filter's expression): two handles the engine
 * folds together are summed by the same statement, whatever JavaScript would make of them.
 */

// the larger of two reaches, either unknown (null): SQLite's two-argument max is null when either is
const LARGEST = sql`case when excluded.max_followers is null then author_period_counts.max_followers
    when author_period_counts.max_followers is null then excluded.max_followers
    when excluded.max_followers > author_period_counts.max_followers then excluded.max_followers
    else author_period_counts.max_followers end`

/** Periods of 30 days from the epoch: a year's top authors read about twelve of them. */
export const PERIOD_MS = 30 * 86_400_000

export const periodOf = (at: number): number => Math.floor(at / PERIOD_MS) * PERIOD_MS

interface HandleCount {
  workspace_id: string
  query_id: string
  period: number
  handle: string
  count: number
  followers: number | null
}

/** Adds the mentions just inserted to the authors' counts: summed per handle first, then per author by SQL. */
export const countSavedAuthors = async (trx: Db, saved: readonly AnalyzedMention[]): Promise<void> => {
  const byHandle = new Map<string, HandleCount>()
  for (const m of saved) {
    const period = periodOf(m.createdAt.getTime())
    for (const query_id of scopesOf(m)) {
      const key = `${m.workspaceId}\u0000${query_id}\u0000${period}\u0000${m.author.handle}`
      const found = byHandle.get(key)
      const followers = m.author.followers ?? null
      if (found) {
        found.count += 1
        if (followers !== null && (found.followers === null || followers > found.followers))
          found.followers = followers
      } else
        byHandle.set(key, {
          workspace_id: m.workspaceId,
          query_id,
          period,
          handle: m.author.handle,
          count: 1,
          followers,
        })
    }
  }
  const rows = sortedByKey(byHandle)
  // in chunks of a few sizes (`chunksOf`), in key order: the sums and maxima are the same whatever the cut
  for (const chunk of chunksOf(rows)) {
    const values = chunk.map(
      (r) =>
        sql`(cast(${r.workspace_id} as text), cast(${r.query_id} as text), cast(${r.period} as bigint), cast(${r.handle} as text), cast(${r.count} as bigint), cast(${r.followers} as bigint))`,
    )
    const key = sql`lower(ltrim(handle, '@'))`
    // keys in order, so that two PostgreSQL writers take the rows' locks in one order; `where true` keeps
    // SQLite from reading the upsert's `on` as a join's
    await sql`with v (workspace_id, query_id, period, handle, n, followers) as (values ${sql.join(values)})
      insert into author_period_counts (workspace_id, query_id, period, author_key, count, max_followers)
      select workspace_id, query_id, period, ${key}, sum(n), max(followers) from v where true
      group by workspace_id, query_id, period, ${key}
      order by workspace_id, query_id, ${key}, period
      on conflict (workspace_id, query_id, author_key, period)
      do update set count = author_period_counts.count + excluded.count,
        max_followers = ${LARGEST}`.execute(trx)
  }
}
