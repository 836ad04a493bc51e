import type { Kysely } from 'kysely'

/**
 * Migration 0010: the sources a workspace listens to (feeds, networks, webhooks) and their health as the
 * runner last saw it. Times are epoch ms (`bigint` on PostgreSQL, `integer` on SQLite).
 */
export const createSourceTables = async (db: Kysely<unknown>, time: 'integer' | 'bigint'): Promise<void> => {
  await db.schema
    .createTable('sources')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('every_ms', time, (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('created_at', time, (c) => c.notNull())
    // a webhook source's HMAC key (never listed)
    .addColumn('secret', 'text')
    .addColumn('last_success_at', time)
    .addColumn('last_error_at', time)
    .addColumn('last_error', 'text')
    .addColumn('stored', time, (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', time, (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('sources_pk', ['workspace_id', 'id'])
    .execute()
}
