import type { Kysely, Transaction } from 'kysely'
import type { StoreTables } from './schema.ts'

// Children before parents: per-query rows reference mentions.
const TABLES = [
  'mention_queries',
  'mentions',
  'corrections',
  'queries',
  'cursors',
  'alerts',
  'dead_letters',
] as const

/** Deletes all a workspace holds in one transaction, keeping the workspace itself. */
export const purgeWorkspace = async (
  db: Kysely<StoreTables>,
  workspaceId: string,
  searchIndex?: {
    beforePurge(trx: Transaction<StoreTables>, workspaceId: string): Promise<void>
    afterPurge(trx: Transaction<StoreTables>): Promise<void>
  },
): Promise<void> => {
  await db.transaction().execute(async (trx) => {
    await searchIndex?.beforePurge(trx, workspaceId)
    for (const table of TABLES) await trx.deleteFrom(table).where('workspace_id', '=', workspaceId).execute()
    await searchIndex?.afterPurge(trx)
  })
}
