import { type Kysely, sql } from 'kysely'

/**
 * Migration 0016, on both engines: the crisis room's incidents and their timelines. Alert ids, facts are
 * JSON text (an incident gathers a handful of alerts; nothing searches inside them). Frozen once shipped.
 */
export const createIncidentTables = async (db: Kysely<unknown>, engine: 'sqlite' | 'postgres') => {
  const id = engine === 'postgres' ? sql`text collate "C"` : sql`text`
  const time = engine === 'postgres' ? 'bigint' : 'integer'
  await db.schema
    .createTable('incidents')
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('id', id, (c) => c.notNull())
    .addColumn('query_id', id)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('owner_id', id)
    .addColumn('opened_at', time, (c) => c.notNull())
    .addColumn('opened_by', id)
    .addColumn('closed_at', time)
    .addColumn('alert_ids', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('posture', 'text')
    .addPrimaryKeyConstraint('incidents_pk', ['workspace_id', 'id'])
    .execute()
  await db.schema
    .createIndex('incidents_by_time')
    .on('incidents')
    .columns(['workspace_id', 'opened_at', 'id'])
    .execute()
  await db.schema
    .createTable('incident_timeline')
    .addColumn('id', time, (c) =>
      engine === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement(),
    )
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('incident_id', id, (c) => c.notNull())
    .addColumn('at', time, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('mention_id', 'text')
    .addColumn('alert_id', id)
    .addColumn('user_id', id)
    .execute()
  await db.schema
    .createIndex('incident_timeline_by_incident')
    .on('incident_timeline')
    .columns(['workspace_id', 'incident_id', 'at', 'id'])
    .execute()
}
