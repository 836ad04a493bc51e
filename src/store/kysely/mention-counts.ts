import { type Kysely, sql, type Transaction } from 'kysely'
import type { AnalyzedMention, SentimentLabel } from '../../core/index.ts'
import { dominantEmotion } from '../dominant-emotion.ts'
import { HOUR_MS } from '../volume-buckets.ts'
import { chunksOf } from './chunk-sizes.ts'
import type { MentionCountTable, MentionSourceCountTable, StoreTables } from './schema.ts'

/**
 * The overview's counts per hour (migration 0012), kept in the transactions that change what they count:
 * `saveMentions` adds the mentions really inserted (a re-delivered one is not), `setMentionSentiment` moves
 * a mention from its old tone to its new one, `purgeWorkspace` deletes them with the mentions.
 */

/** The workspace's own counts: a query's id is never empty. */
export const WORKSPACE_SCOPE = ''
/** The emotion of a mention without a dominant one (a key column cannot be null). */
export const NO_EMOTION = ''

export const hourOf = (at: number): number => Math.floor(at / HOUR_MS) * HOUR_MS

export type Db = Kysely<StoreTables> | Transaction<StoreTables>

/** The scopes a mention is counted in: its workspace, and each query it matched once. */
export const scopesOf = (m: AnalyzedMention): string[] => [
  WORKSPACE_SCOPE,
  ...new Set(m.analysis.queries.filter((q) => q !== WORKSPACE_SCOPE)),
]

/** The batch's counts, one row per key; rows sorted by key, so two writers take row locks in one order. */
export const sortedByKey = <T>(keyed: Map<string, T>): T[] =>
  [...keyed.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row)

const add = <T extends { count: number }>(keyed: Map<string, T>, key: string, row: Omit<T, 'count'>) => {
  const found = keyed.get(key)
  if (found) found.count += 1
  else keyed.set(key, { ...row, count: 1 } as T)
}

/** Adds the mentions just inserted to the hourly counts, in a few upserts (the batch's counts summed first). */
export const countSavedMentions = async (trx: Db, saved: readonly AnalyzedMention[]): Promise<void> => {
  const tones = new Map<string, MentionCountTable>()
  const sources = new Map<string, MentionSourceCountTable>()
  for (const m of saved) {
    const hour = hourOf(m.createdAt.getTime())
    const sentiment_label = m.analysis.sentiment.label
    const dominant_emotion = dominantEmotion(m.analysis.emotions) ?? NO_EMOTION
    for (const query_id of scopesOf(m)) {
      const at = `${m.workspaceId}\u0000${query_id}\u0000${hour}\u0000`
      add(tones, `${at}${sentiment_label}\u0000${dominant_emotion}`, {
        workspace_id: m.workspaceId,
        query_id,
        hour,
        sentiment_label,
        dominant_emotion,
      })
      add(sources, `${at}${m.source}`, { workspace_id: m.workspaceId, query_id, hour, source: m.source })
    }
  }
  await upsertCounts(trx, 'mention_counts', sortedByKey(tones))
  await upsertCounts(trx, 'mention_source_counts', sortedByKey(sources))
}

const KEYS = {
  mention_counts: ['workspace_id', 'query_id', 'hour', 'sentiment_label', 'dominant_emotion'],
  mention_source_counts: ['workspace_id', 'query_id', 'hour', 'source'],
} as const

const upsertCounts = async <T extends keyof typeof KEYS>(
  trx: Db,
  table: T,
  rows: (T extends 'mention_counts' ? MentionCountTable : MentionSourceCountTable)[],
) => {
  // in chunks of a few sizes (`chunksOf`): the same statements come back batch after batch, prepared once
  for (const chunk of chunksOf(rows)) {
    await trx
      .insertInto(table as 'mention_counts')
      .values(chunk as MentionCountTable[])
      .onConflict((oc) =>
        oc
          .columns([...KEYS[table]] as 'workspace_id'[])
          .doUpdateSet({ count: sql`${sql.ref(`${table}.count`)} + excluded.count` }),
      )
      .execute()
  }
}

export interface CountedMention {
  workspaceId: string
  id: string
  createdAt: number
  sentiment: SentimentLabel
  dominantEmotion: string | null
}

/**
 * Moves a mention's counts from its old tone to `label`, in its workspace and its queries; run in the
 * transaction that changes the label, after the mention's row was locked (the old label read from it).
 */
export const moveSentimentCount = async (trx: Db, m: CountedMention, label: SentimentLabel) => {
  if (m.sentiment === label) return
  const queries = await trx
    .selectFrom('mention_queries')
    .select('query_id')
    .where('workspace_id', '=', m.workspaceId)
    .where('mention_id', '=', m.id)
    .where('query_id', '<>', WORKSPACE_SCOPE)
    .execute()
  const scopes = [WORKSPACE_SCOPE, ...new Set(queries.map((q) => q.query_id))].sort()
  const hour = hourOf(m.createdAt)
  const dominant_emotion = m.dominantEmotion ?? NO_EMOTION
  await trx
    .updateTable('mention_counts')
    .set({ count: sql`count - 1` })
    .where('workspace_id', '=', m.workspaceId)
    .where('query_id', 'in', scopes)
    .where('hour', '=', hour)
    .where('sentiment_label', '=', m.sentiment)
    .where('dominant_emotion', '=', dominant_emotion)
    .execute()
  const row = { workspace_id: m.workspaceId, hour, sentiment_label: label, dominant_emotion }
  await upsertCounts(
    trx,
    'mention_counts',
    scopes.map((query_id) => ({ ...row, query_id, count: 1 })),
  )
}
