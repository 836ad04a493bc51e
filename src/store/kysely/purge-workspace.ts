import type { Kysely } from 'kysely'
import type { StoreTables } from './schema.ts'
import type { SearchIndexHooks } from './search-index-hooks.ts'

// Children before parents: per-query rows reference mentions. Memberships stay: they are the workspace's
// team, not its data.
const TABLES = [
  'mention_counts',
  'mention_source_counts',
  'author_period_counts',
  'mention_queries',
  'mentions',
  'corrections',
  'queries',
  'cursors',
  'sources',
  'reply_audit',
  'reply_drafts',
  'approval_chains',
  'publishers',
  'publishing_pauses',
  'drills',
  'owned_accounts',
  'incident_timeline',
  'incidents',
  'alert_comments',
  'alert_notifications',
  'alerts',
  'dead_letters',
  'import_batches',
  'notification_rules',
  'charters',
] as const

/** Deletes all a workspace holds in one transaction, keeping the workspace itself. */
export const purgeWorkspace = async (
  db: Kysely<StoreTables>,
  workspaceId: string,
  searchIndex?: Pick<SearchIndexHooks, 'beforePurge' | 'afterPurge'>,
): Promise<void> => {
  await db.transaction().execute(async (trx) => {
    await searchIndex?.beforePurge(trx, workspaceId)
    for (const table of TABLES) await trx.deleteFrom(table).where('workspace_id', '=', workspaceId).execute()
    await searchIndex?.afterPurge(trx)
  })
}
