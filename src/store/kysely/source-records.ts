import type { Kysely } from 'kysely'
import type { Store } from '../port.ts'
import type { StoreTables } from './schema.ts'

/** What the sources page reads: each source's resume point and how many of its items were rejected. */
export const createSourceRecords = (
  db: Kysely<StoreTables>,
): Pick<Store, 'listCursors' | 'countDeadLetters'> => ({
  async listCursors(workspaceId) {
    const rows = await db
      .selectFrom('cursors')
      .select(['source', 'updated_at'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('source')
      .execute()
    return rows.map((r) => ({ source: r.source, updatedAt: new Date(Number(r.updated_at)) }))
  },
  async countDeadLetters(workspaceId) {
    const rows = await db
      .selectFrom('dead_letters')
      .select((eb) => ['source', eb.fn.countAll().as('count'), eb.fn.max('at').as('last')])
      .where('workspace_id', '=', workspaceId)
      .groupBy('source')
      .orderBy('source')
      .execute()
    return rows.map((r) => ({ source: r.source, count: Number(r.count), lastAt: new Date(Number(r.last)) }))
  },
})
