import type { Kysely } from 'kysely'
import type { Store } from '../port.ts'
import type { StoreTables } from './schema.ts'

/**
 * Adds stream-counted engagement to stored mentions and their per-query copies, in one transaction. An
 * increment adds (a restarted stream counts from zero again, so totals would go backwards); a mention stored
 * without metrics starts from zero.
 */
export const addMentionMetrics =
  (db: Kysely<StoreTables>): Store['addMentionMetrics'] =>
  async (workspaceId, increments) => {
    const useful = increments.filter((i) => i.likes + i.reposts + i.replies > 0)
    if (useful.length === 0) return []
    return db.transaction().execute(async (trx) => {
      const updated: string[] = []
      for (const i of useful) {
        for (const table of ['mentions', 'mention_queries'] as const) {
          const result = await trx
            .updateTable(table)
            .set((eb) => ({
              likes: eb(eb.fn.coalesce('likes', eb.lit(0)), '+', i.likes),
              reposts: eb(eb.fn.coalesce('reposts', eb.lit(0)), '+', i.reposts),
              replies: eb(eb.fn.coalesce('replies', eb.lit(0)), '+', i.replies),
            }))
            .where('workspace_id', '=', workspaceId)
            .where(table === 'mentions' ? 'id' : 'mention_id', '=', i.id)
            .executeTakeFirst()
          if (table === 'mentions' && result.numUpdatedRows > 0n) updated.push(i.id)
        }
      }
      return updated
    })
  }
