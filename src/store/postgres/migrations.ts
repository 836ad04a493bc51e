import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely'

// Ids sort byte-wise as on SQLite, whatever the database's locale, so pages and lists agree.
const idText = sql`text collate "C"`

// Accent folding without the unaccent extension: lower() then translate() the accented letters
// (upper case too, since lower() leaves them alone under the C locale). Immutable, so a generated
// column can use it.
const ACCENTED = 'àáâãäåāçćčèéêëēėęìíîïīįñńòóôõöōùúûüūýÿžÀÁÂÃÄÅĀÇĆČÈÉÊËĒĖĘÌÍÎÏĪĮÑŃÒÓÔÕÖŌÙÚÛÜŪÝŸŽ'
const PLAIN = [...ACCENTED].map((letter) => letter.normalize('NFD').charAt(0).toLowerCase()).join('')

/** The schema's history, oldest first; names sort in the order they apply. Never edit a shipped one. */
const migrations: Record<string, Migration> = {
  '0001_initial': {
    async up(db: Kysely<unknown>) {
      await createWorkspaceTables(db)
      await createAlertTables(db)
      await createMentionTables(db)
    },
  },
  '0002_corrections': { up: (db: Kysely<unknown>) => createCorrectionTable(db) },
}

export const postgresMigrations: MigrationProvider = { getMigrations: async () => migrations }

const createWorkspaceTables = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', idText, (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('queries')
    .addColumn('workspace_id', idText, (c) => c.notNull())
    .addColumn('id', idText, (c) => c.notNull())
    .addColumn('brand', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('owned', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('queries_pk', ['workspace_id', 'id'])
    .execute()
  await db.schema
    .createTable('cursors')
    .addColumn('workspace_id', idText, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('cursor', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('cursors_pk', ['workspace_id', 'source'])
    .execute()
}

const createAlertTables = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('alerts')
    .addColumn('workspace_id', idText, (c) => c.notNull())
    .addColumn('id', idText, (c) => c.notNull())
    .addColumn('query_id', idText, (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('mentions', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alerts_pk', ['workspace_id', 'id'])
    .execute()
  await db.schema.createIndex('alerts_by_time').on('alerts').columns(['workspace_id', 'at', 'id']).execute()
  await db.schema
    .createTable('dead_letters')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('workspace_id', idText, (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('dead_letters_by_workspace')
    .on('dead_letters')
    .columns(['workspace_id', 'id'])
    .execute()
}

// No foreign key to mentions: a correction is training data and outlives its mention (retention, re-import).
const createCorrectionTable = async (db: Kysely<unknown>) => {
  await db.schema
    .createTable('corrections')
    .addColumn('workspace_id', idText, (c) => c.notNull())
    .addColumn('mention_id', idText, (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('corrected_by', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('corrections_pk', ['workspace_id', 'mention_id'])
    .execute()
}

const text = ['source', 'text', 'author_handle', 'author_id', 'lang', 'sentiment_label', 'cause', 'queries']
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

const createMentionTables = async (db: Kysely<unknown>) => {
  await sql`create function vigie_fold(value text) returns text language sql immutable parallel safe
    as $$ select translate(lower(value), ${sql.lit(ACCENTED)}, ${sql.lit(PLAIN)}) $$`.execute(db)
  let mentions = db.schema
    .createTable('mentions')
    .addColumn('seq', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
    .addColumn('workspace_id', idText, (c) => c.notNull())
    .addColumn('id', idText, (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('owned', 'smallint', (c) => c.notNull())
  for (const name of text) mentions = mentions.addColumn(name, 'text', (c) => c.notNull())
  for (const name of optionalText) mentions = mentions.addColumn(name, 'text')
  for (const name of optionalInteger) mentions = mentions.addColumn(name, 'bigint')
  for (const name of real) mentions = mentions.addColumn(name, 'double precision', (c) => c.notNull())
  await mentions
    .addColumn('search', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(sql`to_tsvector('simple', vigie_fold(coalesce(title, '') || ' ' || text))`)
        .stored(),
    )
    .addUniqueConstraint('mentions_identity', ['workspace_id', 'id'])
    .execute()
  await db.schema
    .createIndex('mentions_by_time')
    .on('mentions')
    .columns(['workspace_id', 'created_at', 'id'])
    .execute()
  await db.schema.createIndex('mentions_search').on('mentions').using('gin').column('search').execute()
  await db.schema
    .createTable('mention_queries')
    .addColumn('workspace_id', idText, (c) => c.notNull())
    .addColumn('query_id', idText, (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('mention_id', idText, (c) => c.notNull())
    .addColumn('sentiment_label', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_queries_pk', ['workspace_id', 'query_id', 'created_at', 'mention_id'])
    .addForeignKeyConstraint(
      'mention_queries_mention',
      ['workspace_id', 'mention_id'],
      'mentions',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute()
}
