import { type Kysely, sql } from 'kysely'

/**
 * Migration 0017, on both engines: the brand's own accounts per workspace and network, one row each (the
 * handle is stored lower case, without `@`). Frozen once shipped.
 */
export const createOwnedAccountTable = async (db: Kysely<unknown>, engine: 'sqlite' | 'postgres') => {
  const id = engine === 'postgres' ? sql`text collate "C"` : sql`text`
  await db.schema
    .createTable('owned_accounts')
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('network', id, (c) => c.notNull())
    .addColumn('handle', id, (c) => c.notNull())
    .addColumn('account_id', 'text')
    .addPrimaryKeyConstraint('owned_accounts_pk', ['workspace_id', 'network', 'handle'])
    .execute()
}
