import type { CompiledQuery, Kysely, Transaction } from 'kysely'
import type { AnalyzedMention } from '../../core/index.ts'
import { dominantEmotion } from '../dominant-emotion.ts'
import { countSavedAuthors } from './author-counts.ts'
import { chunkSizes, chunksOf } from './chunk-sizes.ts'
import { countSavedMentions } from './mention-counts.ts'
import { MENTION_COLUMNS, writeMentionValues } from './mention-row.ts'
import type { MentionQueryTable, StoreTables } from './schema.ts'
import type { SearchIndexHooks } from './search-index-hooks.ts'

const LINK_COLUMNS = [
  'workspace_id',
  'query_id',
  'created_at',
  'mention_id',
  'sentiment_label',
  'source',
  'lang',
  'cause',
  'owned',
  'author_handle',
  'author_followers',
  'likes',
  'reposts',
  'replies',
  'dominant_emotion',
] as const satisfies readonly (keyof MentionQueryTable)[]

type Db = Kysely<StoreTables>
const keyOf = (workspaceId: string, id: string) => `${workspaceId}\u0000${id}`

/**
 * Saves mentions in one transaction with INSERT ... ON CONFLICT DO NOTHING RETURNING, so only the
 * mentions really inserted get their per-query rows and are added to the hourly counts. The SQL for a chunk size is compiled by Kysely once
 * and reused with new parameters (on SQLite the statement cache then skips the prepare too).
 */
export const createSaveMentions = (
  db: Db,
  searchIndex?: Pick<SearchIndexHooks, 'saved'>,
  prepare?: (mentions: readonly AnalyzedMention[]) => Promise<void>,
) => {
  const insertMentions = compiledBySize(db, 'mentions')
  const insertLinks = compiledBySize(db, 'mention_queries')
  const saveNewMentions = async (batch: readonly AnalyzedMention[]): Promise<AnalyzedMention[]> => {
    const mentions = firstOfEach(batch)
    const saved: AnalyzedMention[] = []
    await prepare?.(mentions)
    await db.transaction().execute(async (trx) => {
      for (const chunk of chunksOf(mentions)) {
        const { rows } = await trx.executeQuery<{ workspace_id: string; id: string }>({
          ...insertMentions(chunk.length),
          parameters: mentionParams(chunk),
        })
        // the usual case, every mention new, needs no lookup; the chunk's order is the batch's (RETURNING
        // promises none), which detection needs
        if (rows.length === chunk.length) saved.push(...chunk)
        else {
          const back = new Set(rows.map((r) => keyOf(r.workspace_id, r.id)))
          for (const m of chunk) if (back.has(keyOf(m.workspaceId, m.id))) saved.push(m)
        }
      }
      await saveLinks(trx, insertLinks, saved)
      await countSavedMentions(trx, saved)
      await countSavedAuthors(trx, saved)
    })
    searchIndex?.saved(saved.length)
    return saved
  }
  return {
    saveNewMentions,
    async saveMentions(batch: readonly AnalyzedMention[]) {
      const inserted = (await saveNewMentions(batch)).length
      return { inserted, duplicates: batch.length - inserted }
    },
  }
}

/** The chunk's values row after row in MENTION_COLUMNS order, written in place (no per-mention arrays). */
const mentionParams = (chunk: readonly AnalyzedMention[]): unknown[] => {
  const width = MENTION_COLUMNS.length
  const params: unknown[] = new Array(chunk.length * width)
  for (let i = 0; i < chunk.length; i++) writeMentionValues(chunk[i]!, params, i * width)
  return params
}

/** The batch without repeats (same workspace and id), in order. */
const firstOfEach = (batch: readonly AnalyzedMention[]): AnalyzedMention[] => {
  // the usual batch is one workspace's: its ids alone are the keys (no key string built per mention)
  const workspaceId = batch[0]?.workspaceId
  const oneWorkspace = batch.every((m) => m.workspaceId === workspaceId)
  const seen = new Set<string>()
  const unique: AnalyzedMention[] = []
  for (const m of batch) {
    const key = oneWorkspace ? m.id : keyOf(m.workspaceId, m.id)
    if (seen.has(key)) continue
    seen.add(key)
    unique.push(m)
  }
  return unique
}

const saveLinks = async (trx: Transaction<StoreTables>, insert: Compiled, saved: AnalyzedMention[]) => {
  // one row per (mention, query), written straight into parameter order: no array per link
  const params: unknown[] = []
  for (const m of saved) {
    const queries = m.analysis.queries
    for (let i = 0; i < queries.length; i++) {
      if (queries.indexOf(queries[i]!) !== i) continue // a query listed twice links once
      pushLinkValues(m, queries[i]!, params)
    }
  }
  const width = LINK_COLUMNS.length
  let start = 0
  for (const size of chunkSizes(params.length / width)) {
    const parameters = params.slice(start * width, (start + size) * width)
    start += size
    await trx.executeQuery({ ...insert(size), parameters })
  }
}

/** One per-query row's values in LINK_COLUMNS order: the mention's columns the dashboard reads per query. */
const pushLinkValues = (m: AnalyzedMention, queryId: string, out: unknown[]) => {
  const { author, metrics, analysis: a } = m
  out.push(m.workspaceId, queryId, m.createdAt.getTime(), m.id, a.sentiment.label, m.source, a.lang, a.cause)
  out.push(a.owned ? 1 : 0, author.handle, author.followers ?? null, metrics?.likes ?? null)
  out.push(metrics?.reposts ?? null, metrics?.replies ?? null, dominantEmotion(a.emotions) ?? null)
}

type Compiled = (rows: number) => CompiledQuery

/** Kysely binds every value as a parameter, so the SQL depends only on the row count: compile each once. */
const compiledBySize = (db: Db, table: 'mentions' | 'mention_queries'): Compiled => {
  const cache = new Map<number, CompiledQuery>()
  const columns: readonly string[] = table === 'mentions' ? MENTION_COLUMNS : LINK_COLUMNS
  const placeholder = Object.fromEntries(columns.map((c) => [c, null]))
  const compile = (rows: number) => {
    const values = Array.from({ length: rows }, () => placeholder) as never
    const compiled =
      table === 'mentions'
        ? db
            .insertInto('mentions')
            .values(values)
            // no conflict target: PostgreSQL's partitioned mentions have no unique (workspace_id, id) index
            // (a trigger skips a stored id there), SQLite's only other unique key, `seq`, is not written
            .onConflict((oc) => oc.doNothing())
            .returning(['workspace_id', 'id'])
            .compile()
        : db
            .insertInto('mention_queries')
            .values(values)
            .onConflict((oc) => oc.doNothing())
            .compile()
    if (compiled.parameters.length !== rows * columns.length)
      throw new Error(`unexpected ${table} insert shape`)
    return compiled
  }
  return (rows) => {
    const compiled = cache.get(rows) ?? compile(rows)
    cache.set(rows, compiled)
    return compiled
  }
}
