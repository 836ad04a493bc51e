import { type Kysely, sql } from 'kysely'

/**
 * Migration 0020, on both engines: the alerts whose notification a process has taken on, one row each, so
 * that several notify workers (or one started again) send an alert's notifications once. Frozen once shipped.
 */
export const createAlertNotificationTable = async (db: Kysely<unknown>, engine: 'sqlite' | 'postgres') => {
  const id = engine === 'postgres' ? sql`text collate "C"` : sql`text`
  await db.schema
    .createTable('alert_notifications')
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('alert_id', id, (c) => c.notNull())
    .addColumn('claimed_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_notifications_pk', ['workspace_id', 'alert_id'])
    .execute()
}
