import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely'
import { createAccountTables, SQLITE_ACCOUNT_TYPES } from '../kysely/account-tables-0007.ts'
import { createAlertNotificationTable } from '../kysely/alert-notifications-0020.ts'
import { createAuthorCounts } from '../kysely/author-counts-0021.ts'
import { createCharterTables } from '../kysely/charter-tables-0018.ts'
import { addDashboardIndexes } from '../kysely/dashboard-indexes-0008.ts'
import { createImportBatchTable } from '../kysely/import-batches-0023.ts'
import { createIncidentTables } from '../kysely/incident-tables-0016.ts'
import { createMentionCounts } from '../kysely/mention-counts-0012.ts'
import { createNotificationRuleTable } from '../kysely/notification-rules-0011.ts'
import { createOwnedAccountTable } from '../kysely/owned-accounts-0017.ts'
import { copyMentionsIntoQueries } from '../kysely/query-copies-0009.ts'
import { createReplyTables } from '../kysely/reply-tables-0019.ts'
import { createSourceTables } from '../kysely/source-tables-0010.ts'

/** The schema's history, oldest first; names sort in the order they apply. Never edit a shipped one. */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await createWorkspaceTables(db)
      await createAlertTables(db)
      await createMentionTables(db)
      await createMentionSearch(db)
    },
  },
  '0002_corrections': { up: (db: Kysely<unknown>) => createCorrectionTable(db) },
  // the full-text index moved to its own file, filled in bulk after the writes (search-index.ts); it is
  // rebuilt there from the mentions by the first catch-up
  '0003_search_in_own_file': {
    async up(db: Kysely<unknown>) {
      for (const trigger of ['mentions_fts_insert', 'mentions_fts_delete', 'mentions_fts_update'])
        await sql`drop trigger if exists main.${sql.raw(trigger)}`.execute(db)
      await sql`drop table if exists main.mentions_fts`.execute(db)
    },
  },
  // alerts get a number in the order they are stored, never reused (autoincrement), so that a server can
  // follow the alerts another process stores (`listAlertsStoredAfter`): the table is rebuilt with it
  '0004_alerts_numbered': { up: (db: Kysely<unknown>) => numberAlerts(db) },
  '0005_installation': { up: (db: Kysely<unknown>) => createInstallationTable(db) },
  // the language alerts are written in for the workspace's team
  '0006_workspace_language': {
    up: (db: Kysely<unknown>) =>
      db.schema
        .alterTable('workspaces')
        .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
        .execute(),
  },
  // accounts: users, memberships, sessions, API tokens; and the team's comments on alerts
  '0007_accounts': { up: (db: Kysely<unknown>) => createAccountTables(db, SQLITE_ACCOUNT_TYPES) },
  // the dashboard's filters, orders and overview: the dominant emotion and the indexes they read
  '0008_dashboard_indexes': { up: (db: Kysely<unknown>) => addDashboardIndexes(db, 'virtual') },
  // a query's overview and filtered lists read its per-query rows alone: they copy what those read
  '0009_query_copies': { up: (db: Kysely<unknown>) => copyMentionsIntoQueries(db) },
  // the sources a workspace listens to, and their health
  '0010_sources': { up: (db: Kysely<unknown>) => createSourceTables(db, 'integer') },
  '0011_notification_rules': { up: (db: Kysely<unknown>) => createNotificationRuleTable(db, 'sqlite') },
  // the overview's counts per hour, kept at save: a long range sums hours instead of counting mentions
  '0012_mention_counts': { up: (db: Kysely<unknown>) => createMentionCounts(db, 'sqlite') },
  '0016_incidents': { up: (db: Kysely<unknown>) => createIncidentTables(db, 'sqlite') },
  // the brand's own accounts per workspace and network, whatever source brings their posts
  '0017_owned_accounts': { up: (db: Kysely<unknown>) => createOwnedAccountTable(db, 'sqlite') },
  // the social-media charter of each workspace, versioned, and its confidential terms
  '0018_charters': { up: (db: Kysely<unknown>) => createCharterTables(db, 'sqlite') },
  // replies drafted in the crisis room, approval chains and the audit trail
  '0019_replies': { up: (db: Kysely<unknown>) => createReplyTables(db, 'sqlite') },
  // the alerts whose notification a process has taken on: each is notified once, whatever the notify workers
  '0020_alert_notifications': { up: (db: Kysely<unknown>) => createAlertNotificationTable(db, 'sqlite') },
  // mentions per author and 30 days: a long range's top authors without grouping every mention
  '0021_author_counts': { up: (db: Kysely<unknown>) => createAuthorCounts(db, 'sqlite') },
  // what the analyze workers did with each batch of a published import: its job counts their rejections
  '0023_import_batches': { up: (db: Kysely<unknown>) => createImportBatchTable(db, 'sqlite') },
}

/** Installation-wide values (the secret keying alert ids); the same table on every engine. */
const createInstallationTable = (db: Kysely<unknown>) =>
  db.schema
    .createTable('installation')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

export const sqliteMigrations: MigrationProvider = { getMigrations: async () => migrations }

const createWorkspaceTables = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('queries')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('owned', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('queries_pk', ['workspace_id', 'id'])
    .execute()
  await db.schema
    .createTable('cursors')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('cursor', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cursors_pk', ['workspace_id', 'source'])
    .execute()
}

const ALERT_COLUMNS =
  'workspace_id, id, query_id, at, kind, severity, score, explanation, mentions, status, details'

const numberAlerts = async (db: Kysely<unknown>) => {
  await sql`create table alerts_numbered (
    seq integer primary key autoincrement,
    workspace_id text not null, id text not null, query_id text not null, at integer not null,
    kind text not null, severity text not null, score real not null, explanation text not null,
    mentions text not null, status text not null, details text not null,
    unique (workspace_id, id))`.execute(db)
  await sql`insert into alerts_numbered (${sql.raw(ALERT_COLUMNS)})
    select ${sql.raw(ALERT_COLUMNS)} from alerts order by at, workspace_id, id`.execute(db)
  await sql`drop table alerts`.execute(db)
  await sql`alter table alerts_numbered rename to alerts`.execute(db)
  await db.schema.createIndex('alerts_by_time').on('alerts').columns(['workspace_id', 'at', 'id']).execute()
}

const createAlertTables = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('alerts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('query_id', 'text', (c) => c.notNull())
    .addColumn('at', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('mentions', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alerts_pk', ['workspace_id', 'id'])
    .execute()
  await db.schema.createIndex('alerts_by_time').on('alerts').columns(['workspace_id', 'at', 'id']).execute()
  await db.schema
    .createTable('dead_letters')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('at', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('dead_letters_by_workspace')
    .on('dead_letters')
    .columns(['workspace_id', 'id'])
    .execute()
}

const text = ['source', 'text', 'author_id', 'author_handle', 'lang', 'sentiment_label', 'cause', 'queries']
const optionalText = ['url', 'title', 'declared_lang', 'author_name', 'repost_of', 'reply_to']
const optionalInteger = ['author_followers', 'author_verified', 'likes', 'reposts', 'replies']
const real = [
  'sentiment_score',
  'sentiment_confidence',
  'anger',
  'fear',
  'sadness',
  'joy',
  'surprise',
  'disgust',
]

// No foreign key to mentions: a correction is training data and outlives its mention (retention, re-import).
const createCorrectionTable = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('corrections')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('mention_id', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('corrected_by', 'text')
    .addColumn('at', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('corrections_pk', ['workspace_id', 'mention_id'])
    .execute()
}

const createMentionTables = async (db: Kysely<unknown>) => {
  // `seq` is an INTEGER PRIMARY KEY so rowids stay stable through VACUUM, which the FTS index relies on;
  // the identity of a mention is the unique (workspace_id, id).
  let mentions = db.schema
    .createTable('mentions')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('owned', 'integer', (c) => c.notNull())
  for (const name of text) mentions = mentions.addColumn(name, 'text', (c) => c.notNull())
  for (const name of optionalText) mentions = mentions.addColumn(name, 'text')
  for (const name of optionalInteger) mentions = mentions.addColumn(name, 'integer')
  for (const name of real) mentions = mentions.addColumn(name, 'real', (c) => c.notNull())
  await mentions.addUniqueConstraint('mentions_identity', ['workspace_id', 'id']).execute()
  await db.schema
    .createIndex('mentions_by_time')
    .on('mentions')
    .columns(['workspace_id', 'created_at', 'id'])
    .execute()
  // Clustered on the per-query volume and listing order; sentiment is copied so volume needs no join.
  await db.schema
    .createTable('mention_queries')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('query_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('mention_id', 'text', (c) => c.notNull())
    .addColumn('sentiment_label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_queries_pk', ['workspace_id', 'query_id', 'created_at', 'mention_id'])
    .addForeignKeyConstraint(
      'mention_queries_mention',
      ['workspace_id', 'mention_id'],
      'mentions',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .modifyEnd(sql`without rowid`)
    .execute()
}

// Kysely has no builder for virtual tables or triggers. columnsize = 0: results are not ranked (no bm25),
// so the per-row size table is skipped, one write less per mention.
const createMentionSearch = async (db: Kysely<unknown>) => {
  await sql`create virtual table mentions_fts using fts5(
    title, text, content = 'mentions', content_rowid = 'seq',
    tokenize = "unicode61 remove_diacritics 2", columnsize = 0)`.execute(db)
  await sql`create trigger mentions_fts_insert after insert on mentions begin
    insert into mentions_fts (rowid, title, text) values (new.seq, new.title, new.text);
  end`.execute(db)
  await sql`create trigger mentions_fts_delete after delete on mentions begin
    insert into mentions_fts (mentions_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
  end`.execute(db)
  await sql`create trigger mentions_fts_update after update of title, text on mentions begin
    insert into mentions_fts (mentions_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
    insert into mentions_fts (rowid, title, text) values (new.seq, new.title, new.text);
  end`.execute(db)
}
