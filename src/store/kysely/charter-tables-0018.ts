import { type Kysely, sql } from 'kysely'

/**
 * Migration 0018, on both engines: each workspace's social-media charter, one row per saved version (never
 * updated), with its clauses and confidential terms as JSON text. Frozen once shipped.
 */
export const createCharterTables = async (db: Kysely<unknown>, engine: 'sqlite' | 'postgres') => {
  const id = engine === 'postgres' ? sql`text collate "C"` : sql`text`
  const time = engine === 'postgres' ? 'bigint' : 'integer'
  await db.schema
    .createTable('charters')
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('clauses', 'text', (c) => c.notNull())
    .addColumn('confidential_terms', 'text', (c) => c.notNull())
    .addColumn('updated_at', time, (c) => c.notNull())
    .addColumn('updated_by', id)
    .addPrimaryKeyConstraint('charters_pk', ['workspace_id', 'version'])
    .execute()
}
