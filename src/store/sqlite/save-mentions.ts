import type { CompiledQuery, Kysely, Transaction } from 'kysely'
import type { AnalyzedMention } from '../../core/index.ts'
import { createLru } from './lru.ts'
import { MENTION_COLUMNS, toMentionRow } from './mention-row.ts'
import type { SqliteSchema } from './schema.ts'

// 500 rows x 31 columns stays well under SQLite's 32766 bound variables.
const ROWS_PER_STATEMENT = 500
// Batches tend to have a fixed size, so a few remainder sizes recur; the SQL for 500 rows is ~100 KB.
const COMPILED_SIZES_KEPT = 8
const LINK_COLUMNS = ['workspace_id', 'query_id', 'created_at', 'mention_id', 'sentiment_label'] as const

type Db = Kysely<SqliteSchema>
const keyOf = (workspaceId: string, id: string) => `${workspaceId}\u0000${id}`

/**
 * Saves mentions in one transaction with INSERT ... ON CONFLICT DO NOTHING RETURNING, so only the
 * mentions really inserted get their per-query rows. The SQL for a chunk size is compiled by Kysely once
 * and reused with new parameters (the statement cache then skips the prepare too).
 */
export const createSaveMentions = (db: Db) => {
  const insertMentions = compiledBySize(db, 'mentions')
  const insertLinks = compiledBySize(db, 'mention_queries')
  return async (batch: readonly AnalyzedMention[]) => {
    const unique = new Map<string, AnalyzedMention>()
    for (const m of batch)
      if (!unique.has(keyOf(m.workspaceId, m.id))) unique.set(keyOf(m.workspaceId, m.id), m)
    const mentions = [...unique.values()]
    const inserted = await db.transaction().execute(async (trx) => {
      const saved: AnalyzedMention[] = []
      for (let start = 0; start < mentions.length; start += ROWS_PER_STATEMENT) {
        const chunk = mentions.slice(start, start + ROWS_PER_STATEMENT)
        const params = chunk.flatMap((m) => {
          const row = toMentionRow(m)
          return MENTION_COLUMNS.map((column) => row[column])
        })
        const { rows } = await trx.executeQuery<{ workspace_id: string; id: string }>({
          ...insertMentions(chunk.length),
          parameters: params,
        })
        for (const r of rows) saved.push(unique.get(keyOf(r.workspace_id, r.id)) as AnalyzedMention)
      }
      await saveLinks(trx, insertLinks, saved)
      return saved.length
    })
    return { inserted, duplicates: batch.length - inserted }
  }
}

const saveLinks = async (trx: Transaction<SqliteSchema>, insert: Compiled, saved: AnalyzedMention[]) => {
  const links = saved.flatMap((m) =>
    [...new Set(m.analysis.queries)].map((q) => [
      m.workspaceId,
      q,
      m.createdAt.getTime(),
      m.id,
      m.analysis.sentiment.label,
    ]),
  )
  for (let start = 0; start < links.length; start += ROWS_PER_STATEMENT) {
    const chunk = links.slice(start, start + ROWS_PER_STATEMENT)
    await trx.executeQuery({ ...insert(chunk.length), parameters: chunk.flat() })
  }
}

type Compiled = (rows: number) => CompiledQuery

/** Kysely compiles every value to a `?`, so the SQL depends only on the row count: compile each once. */
const compiledBySize = (db: Db, table: 'mentions' | 'mention_queries'): Compiled => {
  const cache = createLru<number, CompiledQuery>(COMPILED_SIZES_KEPT)
  const columns: readonly string[] = table === 'mentions' ? MENTION_COLUMNS : LINK_COLUMNS
  const placeholder = Object.fromEntries(columns.map((c) => [c, null]))
  const compile = (rows: number) => {
    const values = Array.from({ length: rows }, () => placeholder) as never
    const compiled =
      table === 'mentions'
        ? db
            .insertInto('mentions')
            .values(values)
            .onConflict((oc) => oc.columns(['workspace_id', 'id']).doNothing())
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
  return (rows) => cache.getOrCreate(rows, () => compile(rows))
}
