import { type Kysely, sql } from 'kysely'

/**
 * Migration 0019, on both engines: replies drafted in the crisis room, each workspace's approval chain, its
 * publishers and pause switch, crisis drills (sandboxes), and the append-only audit trail of who wrote, submitted, approved, rejected or
 * published what. A draft's
 * parts, decisions and flags are JSON text (read whole, never searched). Frozen once shipped.
 */
export const createReplyTables = async (db: Kysely<unknown>, engine: 'sqlite' | 'postgres') => {
  const id = engine === 'postgres' ? sql`text collate "C"` : sql`text`
  const time = engine === 'postgres' ? 'bigint' : 'integer'
  await db.schema
    .createTable('reply_drafts')
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('incident_id', id, (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .addColumn('changes', 'integer', (c) => c.notNull())
    // set while an approved draft waits to be published at that time
    .addColumn('publish_at', time)
    .addColumn('draft', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('reply_drafts_pk', ['workspace_id', 'id'])
    .execute()
  await db.schema
    .createIndex('reply_drafts_by_incident')
    .on('reply_drafts')
    .columns(['workspace_id', 'incident_id', 'created_at', 'id'])
    .execute()
  await db.schema.createIndex('reply_drafts_due').on('reply_drafts').column('publish_at').execute()
  await db.schema
    .createTable('publishers')
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('handle', 'text')
    .addColumn('secret_env', 'text', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    .addPrimaryKeyConstraint('publishers_pk', ['workspace_id', 'id'])
    .execute()
  await db.schema
    .createTable('publishing_pauses')
    .addColumn('workspace_id', id, (c) => c.primaryKey())
    .addColumn('since', time, (c) => c.notNull())
    .addColumn('paused_by', id)
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('drills')
    .addColumn('workspace_id', id, (c) => c.primaryKey())
    .addColumn('source_workspace_id', id, (c) => c.notNull())
    .addColumn('scenario', 'text', (c) => c.notNull())
    .addColumn('started_at', time, (c) => c.notNull())
    .addColumn('started_by', id)
    .addColumn('onset_at', time, (c) => c.notNull())
    .addColumn('speed', 'real', (c) => c.notNull())
    .addColumn('ended_at', time)
    .execute()
  await db.schema
    .createTable('approval_chains')
    .addColumn('workspace_id', id, (c) => c.primaryKey())
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('updated_at', time)
    .addColumn('updated_by', id)
    .execute()
  await db.schema
    .createTable('reply_audit')
    .addColumn('id', time, (c) =>
      engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('incident_id', id)
    .addColumn('draft_id', id)
    .addColumn('at', time, (c) => c.notNull())
    .addColumn('user_id', id)
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('reply_audit_by_incident')
    .on('reply_audit')
    .columns(['workspace_id', 'incident_id', 'id'])
    .execute()
}
