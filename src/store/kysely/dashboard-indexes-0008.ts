import { type Kysely, sql } from 'kysely'

/**
 * Migration 0008, the same SQL on both engines (each engine's migrations.ts lists it): what the dashboard's
 * lists and overview read. Frozen like every shipped migration; the expressions are written exactly as
 * mention-order.ts and mention-filters.ts write them, so that the engines match them to the indexes.
 */

const EMOTIONS_0008 = ['anger', 'fear', 'sadness', 'joy', 'surprise', 'disgust'] as const

/** The dominant emotion (highest score, ties to the first listed, at least 0.5), or null. */
const DOMINANT_EMOTION_0008 = `case ${EMOTIONS_0008.map((emotion, at) => {
  const beats = EMOTIONS_0008.map((other, k) =>
    k === at ? `${emotion} >= 0.5` : `${emotion} ${k < at ? '>' : '>='} ${other}`,
  )
  return `when ${beats.join(' and ')} then '${emotion}'`
}).join(' ')} end`

/** How each engine stores the derived column: SQLite can only add a virtual one to a table. */
export type GeneratedStorage = 'virtual' | 'stored'

export const addDashboardIndexes = async (db: Kysely<unknown>, storage: GeneratedStorage) => {
  await sql`alter table mentions add column dominant_emotion text
    generated always as (${sql.raw(DOMINANT_EMOTION_0008)}) ${sql.raw(storage)}`.execute(db)
  const indexes: Record<string, string> = {
    // the overview's buckets (tone and emotion per time), read from the index alone
    mentions_by_tone: 'workspace_id, created_at, sentiment_label, dominant_emotion',
    // the reach and engagement orders, walked page by page instead of sorting the workspace
    mentions_by_reach: 'workspace_id, (coalesce(author_followers, -1)), created_at, id',
    mentions_by_engagement:
      'workspace_id, (coalesce(likes, 0) + coalesce(reposts, 0) + coalesce(replies, 0)), created_at, id',
    // the author filter and the top authors (counted and their reach read from the index)
    mentions_by_author: `workspace_id, (lower(ltrim(author_handle, '@'))), created_at, id, author_followers`,
    // the source filter and the top sources
    mentions_by_source: 'workspace_id, source, created_at, id',
  }
  for (const [name, columns] of Object.entries(indexes))
    await sql`create index ${sql.id(name)} on mentions (${sql.raw(columns)})`.execute(db)
}
