import {
  type DatabaseIntrospector,
  expressionBuilder,
  Kysely,
  Migrator,
  PostgresDialect,
  sql,
  type TableMetadata,
} from 'kysely'
import pg from 'pg'
import { AppError, type Clock, systemClock } from '../../core/index.ts'
import { createKyselyStore } from '../kysely/create-kysely-store.ts'
import type { MentionTable, StoreTables } from '../kysely/schema.ts'
import type { Store } from '../port.ts'
import { postgresMigrations } from './migrations.ts'
import { createMonthPartitionCache } from './month-partitions.ts'

export interface PostgresStoreOptions {
  /** `postgres://user@host:5432/database` */
  connectionString: string
  /** the schema holding Vigie's tables (created by `migrate()`); `public` by default */
  schema?: string
  clock?: Clock
}

const INT8_OID = 20
// Times are epoch milliseconds in bigint columns: read them as numbers (exact below 2^53), not strings.
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID
      ? Number
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
}

type SearchTables = { m: MentionTable & { search: string } }

/**
 * Kysely's PostgreSQL introspector reads the columns of every table of every schema (with
 * `pg_get_serial_sequence` on each): a table another installation or another test run alters or drops at that
 * moment fails the whole lookup ("column … of relation … does not exist", 3F000, 42P01). The migrator only asks
 * whether its own tables exist, so ours answers for our schema alone, table names only.
 */
class SchemaIntrospector implements DatabaseIntrospector {
  constructor(
    private readonly db: Kysely<unknown>,
    private readonly schema: string,
  ) {}
  async getSchemas() {
    return [{ name: this.schema }]
  }
  async getTables(): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string; type: string }>`
      select table_name as name, table_type as type from information_schema.tables
      where table_schema = ${this.schema}`.execute(this.db)
    return rows.map((row) => ({
      name: row.name,
      schema: this.schema,
      isView: row.type === 'VIEW',
      columns: [],
    }))
  }
  async getMetadata() {
    return { tables: await this.getTables() }
  }
}

class SchemaPostgresDialect extends PostgresDialect {
  constructor(
    config: ConstructorParameters<typeof PostgresDialect>[0],
    private readonly schema: string,
  ) {
    super(config)
  }
  override createIntrospector(db: Kysely<unknown>): DatabaseIntrospector {
    return new SchemaIntrospector(db, this.schema)
  }
}

/** The Store on PostgreSQL (pg through Kysely): the same tables as SQLite, tsvector search. */
export const createPostgresStore = ({
  connectionString,
  schema = 'public',
  clock = systemClock,
}: PostgresStoreOptions): Store => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new AppError('invalid', `not a schema name: ${schema}`)
  const pool = new pg.Pool({ connectionString, options: `-c search_path=${schema}`, types, max: 4 })
  // A connection the server or the network broke: its queries fail (the caller sees it) and the pool drops it,
  // the next query opens another. Without these listeners the 'error' event, emitted by the pool for an idle
  // connection and by the connection itself while a query holds it, would end the process.
  pool.on('error', () => {})
  pool.on('connect', (client) => client.on('error', () => {}))
  const db = new Kysely<StoreTables>({ dialect: new SchemaPostgresDialect({ pool }, schema) })
  const eb = expressionBuilder<SearchTables, 'm'>()
  const createMonthPartitions = createMonthPartitionCache(db)
  return createKyselyStore({
    db,
    clock,
    async migrate() {
      await sql`create schema if not exists ${sql.id(schema)}`.execute(db)
      const migrator = new Migrator({ db, provider: postgresMigrations, migrationTableSchema: schema })
      const { error } = await migrator.migrateToLatest()
      if (error) throw error
    },
    // numbers are drawn at insert but seen at commit: one alert write at a time (per schema), so that a reader
    // following `seq` never sees a number commit after a larger one it already read
    serialiseAlertWrites: (write) =>
      db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.vigie_alerts'))`.execute(trx)
        await write(trx)
      }),
    // a month's rows go to its own partition, made before the first of them is saved
    prepareMentions: (mentions) => createMonthPartitions(mentions.map((m) => m.createdAt.getTime())),
    // plainto_tsquery reads operators and quotes as plain words, so user input cannot break it.
    search: (words) =>
      eb(
        'm.search',
        '@@',
        eb.fn<string>('plainto_tsquery', [sql.lit('simple'), eb.fn('vigie_fold', [eb.val(words.join(' '))])]),
      ),
  })
}
