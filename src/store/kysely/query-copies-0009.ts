import { type Kysely, sql } from 'kysely'

/**
 * Migration 0009, the same SQL on both engines (each engine's migrations.ts lists it): the per-query rows
 * get a copy of what the dashboard filters, orders and counts (as they already had the sentiment), so that a
 * query's overview and its filtered lists read the query's rows alone and join a mention only to show it.
 * Frozen like every shipped migration; the expressions are written as mention-order.ts and mention-filters.ts
 * write them, so that the engines match them to the indexes.
 */

const COPIED_0009 = {
  source: 'text',
  lang: 'text',
  cause: 'text',
  owned: 'integer',
  author_handle: 'text',
  author_followers: 'bigint',
  likes: 'bigint',
  reposts: 'bigint',
  replies: 'bigint',
  dominant_emotion: 'text',
} as const

/**
 * The mention's dominant emotion becomes a plain column written at save (`dominantEmotion`, the SQL of 0008
 * in code), filled here from the generated one: SQLite computes a virtual column from the row, so counting
 * emotions on `mentions_by_tone` looked every mention up in the table.
 */
const saveDominantEmotion = async (db: Kysely<unknown>) => {
  await sql`drop index mentions_by_tone`.execute(db)
  await sql`alter table mentions add column dominant_emotion_saved text`.execute(db)
  await sql`update mentions set dominant_emotion_saved = dominant_emotion`.execute(db)
  await sql`alter table mentions drop column dominant_emotion`.execute(db)
  await sql`alter table mentions rename column dominant_emotion_saved to dominant_emotion`.execute(db)
  await sql`create index mentions_by_tone
    on mentions (workspace_id, created_at, sentiment_label, dominant_emotion)`.execute(db)
  // the overview's top sources and authors of a range, read from the index alone in time order
  await sql`create index mentions_by_time_lists
    on mentions (workspace_id, created_at, source, author_handle)`.execute(db)
}

export const copyMentionsIntoQueries = async (db: Kysely<unknown>) => {
  await saveDominantEmotion(db)
  for (const [column, type] of Object.entries(COPIED_0009))
    await sql`alter table mention_queries add column ${sql.id(column)} ${sql.raw(type)}`.execute(db)
  const columns = Object.keys(COPIED_0009)
  await sql`update mention_queries set ${sql.join(columns.map((c) => sql`${sql.id(c)} = m.${sql.id(c)}`))}
    from mentions as m
    where m.workspace_id = mention_queries.workspace_id and m.id = mention_queries.mention_id`.execute(db)
  const indexes: Record<string, string> = {
    // a correction updates a mention's rows; deleting mentions checks them (the foreign key)
    mention_queries_by_mention: 'workspace_id, mention_id',
    // a query's reach and engagement orders, walked page by page on the query's rows
    mention_queries_by_reach:
      'workspace_id, query_id, (coalesce(author_followers, -1)), created_at, mention_id',
    mention_queries_by_engagement:
      'workspace_id, query_id, (coalesce(likes, 0) + coalesce(reposts, 0) + coalesce(replies, 0)), created_at, mention_id',
  }
  for (const [name, columns] of Object.entries(indexes))
    await sql`create index ${sql.id(name)} on mention_queries (${sql.raw(columns)})`.execute(db)
}
