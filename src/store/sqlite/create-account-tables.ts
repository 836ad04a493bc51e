import type { Kysely } from 'kysely'

/**
 * Migration 0007: users, their memberships of workspaces, browser sessions, API tokens, and the comments on
 * alerts. Emails are stored lowercase, so a plain unique constraint makes them unique in any case.
 */
export const createAccountTables = async (db: Kysely<unknown>): Promise<void> => {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('admin', 'integer', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('password_hash', 'text')
    .execute()
  await db.schema
    .createTable('memberships')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'workspace_id'])
    .execute()
  await db.schema
    .createIndex('memberships_by_workspace')
    .on('memberships')
    .columns(['workspace_id', 'user_id'])
    .execute()
  await createSessionTables(db)
  await createCommentTable(db)
}

const createSessionTables = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('csrf', 'text', (c) => c.notNull())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('expires_at', 'integer', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute()
  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('last_used_at', 'integer')
    .execute()
  await db.schema
    .createIndex('api_tokens_by_user')
    .on('api_tokens')
    .columns(['user_id', 'created_at'])
    .execute()
}

const createCommentTable = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('alert_comments')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('alert_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('alert_comments_by_alert')
    .on('alert_comments')
    .columns(['workspace_id', 'alert_id', 'at', 'id'])
    .execute()
}
