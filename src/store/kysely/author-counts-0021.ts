import { type Kysely, sql } from 'kysely'

/**
 * Migration 0021, on both engines (each engine's migrations.ts lists it): mentions per author and period of
 * 30 days, with their largest reach, kept at save (author-counts.ts), so that a long range's top authors are found from a few of the
 * busiest authors of each period instead of grouping every mention (counted-authors.ts). The query `''` is
 * the whole workspace (as in `mention_counts`); the author is the comparable handle, written by the engine
 * with the expression the author filter and index use. Filled here from the mentions stored before. Frozen
 * like every shipped migration.
 */
export const createAuthorCounts = async (db: Kysely<unknown>, engine: 'sqlite' | 'postgres') => {
  const id = engine === 'postgres' ? sql`text collate "C"` : sql`text`
  const int = sql.raw(engine === 'postgres' ? 'bigint' : 'integer')
  const end = engine === 'postgres' ? sql`)` : sql`) without rowid`
  await sql`create table author_period_counts (
    workspace_id ${id} not null, query_id ${id} not null, period ${int} not null,
    author_key text not null, count ${int} not null, max_followers ${int},
    primary key (workspace_id, query_id, author_key, period)${end}`.execute(db)
  // a period's busiest authors, read from the index alone (the key's order serves an author's periods)
  await sql`create index author_period_counts_by_count
    on author_period_counts (workspace_id, query_id, period, count, author_key)`.execute(db)
  const period = periodOf0021('created_at')
  const key = sql`lower(ltrim(author_handle, '@'))`
  const columns = sql`(workspace_id, query_id, period, author_key, count, max_followers)`
  await sql`insert into author_period_counts ${columns}
    select workspace_id, '', ${period}, ${key}, count(*), max(author_followers) from mentions
    group by workspace_id, ${period}, ${key}`.execute(db)
  await sql`insert into author_period_counts ${columns}
    select workspace_id, query_id, ${period}, ${key}, count(*), max(author_followers) from mention_queries
    where query_id <> '' group by workspace_id, query_id, ${period}, ${key}`.execute(db)
}

const PERIOD_0021 = 30 * 86_400_000
// the period holding a time, floored as Math.floor would (the remainder of a negative time is negative)
const periodOf0021 = (time: string) =>
  sql.raw(`(${time} - ((${time} % ${PERIOD_0021}) + ${PERIOD_0021}) % ${PERIOD_0021})`)
