import { type Kysely, sql } from 'kysely'

/**
 * Migration 0012, on both engines (each engine's migrations.ts lists it): the overview's counts per hour,
 * kept at save (mention-counts.ts), so that a long range sums hours instead of counting mentions.
 * `mention_counts` counts per workspace, query, hour, sentiment and dominant emotion; `mention_source_counts`
 * per workspace, query, hour and source. The workspace's own counts have the query '' (a query's id is never
 * empty); a mention without a dominant emotion has the emotion ''. Filled here from the mentions stored
 * before. Frozen like every shipped migration.
 */
export const createMentionCounts = async (db: Kysely<unknown>, engine: 'sqlite' | 'postgres') => {
  // ids sort byte-wise on PostgreSQL too, as everywhere else in the schema; the source is compared and
  // ordered as the mentions' own column is (the top sources' ties)
  const id = engine === 'postgres' ? sql`text collate "C"` : sql`text`
  const int = sql.raw(engine === 'postgres' ? 'bigint' : 'integer')
  // SQLite keeps the rows in key order (no rowid); PostgreSQL reads the count from the key's index alone
  const end = engine === 'postgres' ? sql` include (count))` : sql`) without rowid`
  await sql`create table mention_counts (
    workspace_id ${id} not null, query_id ${id} not null, hour ${int} not null,
    sentiment_label text not null, dominant_emotion text not null, count ${int} not null,
    primary key (workspace_id, query_id, hour, sentiment_label, dominant_emotion)${end}`.execute(db)
  await sql`create table mention_source_counts (
    workspace_id ${id} not null, query_id ${id} not null, hour ${int} not null,
    source text not null, count ${int} not null,
    primary key (workspace_id, query_id, hour, source)${end}`.execute(db)
  await fillMentionCounts(db)
  // a query's top authors of a long range, read from an index on PostgreSQL rather than from the table
  // (SQLite keeps the per-query rows in that order already)
  if (engine === 'postgres')
    await sql`create index mention_queries_by_time_lists
      on mention_queries (workspace_id, query_id, created_at, author_handle)`.execute(db)
}

// The hour holding a time, floored as Math.floor would (the remainder of a negative time is negative)
const HOUR_0012 = 3_600_000
const hourOf = (time: string) =>
  sql.raw(`(${time} - ((${time} % ${HOUR_0012}) + ${HOUR_0012}) % ${HOUR_0012})`)

const fillMentionCounts = async (db: Kysely<unknown>) => {
  const hour = hourOf('created_at')
  const tone = sql`sentiment_label, coalesce(dominant_emotion, '')`
  await sql`insert into mention_counts
    (workspace_id, query_id, hour, sentiment_label, dominant_emotion, count)
    select workspace_id, '', ${hour}, ${tone}, count(*) from mentions group by workspace_id, ${hour}, ${tone}`.execute(
    db,
  )
  await sql`insert into mention_counts
    (workspace_id, query_id, hour, sentiment_label, dominant_emotion, count)
    select workspace_id, query_id, ${hour}, ${tone}, count(*) from mention_queries where query_id <> ''
    group by workspace_id, query_id, ${hour}, ${tone}`.execute(db)
  await sql`insert into mention_source_counts (workspace_id, query_id, hour, source, count)
    select workspace_id, '', ${hour}, source, count(*) from mentions group by workspace_id, ${hour}, source`.execute(
    db,
  )
  await sql`insert into mention_source_counts (workspace_id, query_id, hour, source, count)
    select workspace_id, query_id, ${hour}, source, count(*) from mention_queries where query_id <> ''
    group by workspace_id, query_id, ${hour}, source`.execute(db)
}
