import { type Kysely, sql } from 'kysely'

/**
 * Migration 0011, on both engines (each engine's migrations.ts lists it): the workspaces' notification
 * rules. The trigger and the channel are JSON text (their shapes grow with new kinds without a migration).
 * Frozen like every shipped migration.
 */
export const createNotificationRuleTable = async (db: Kysely<unknown>, engine: 'sqlite' | 'postgres') => {
  // ids sort byte-wise on PostgreSQL too, as everywhere else in the schema
  const id = engine === 'postgres' ? sql`text collate "C"` : sql`text`
  const time = engine === 'postgres' ? 'bigint' : 'integer'
  await db.schema
    .createTable('notification_rules')
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', engine === 'postgres' ? 'smallint' : 'integer', (c) => c.notNull())
    .addColumn('trigger_kind', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('group_minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('updated_at', time, (c) => c.notNull())
    .addColumn('last_digest_at', time)
    .addPrimaryKeyConstraint('notification_rules_pk', ['workspace_id', 'id'])
    .execute()
  // the ticker reads every workspace's digests
  await db.schema
    .createIndex('notification_rules_by_trigger')
    .on('notification_rules')
    .columns(['trigger_kind', 'workspace_id', 'id'])
    .execute()
}
