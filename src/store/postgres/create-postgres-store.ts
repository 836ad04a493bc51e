import { expressionBuilder, Kysely, Migrator, PostgresDialect, sql } from 'kysely'
import pg from 'pg'
import { AppError, type Clock, systemClock } from '../../core/index.ts'
import { createKyselyStore } from '../kysely/create-kysely-store.ts'
import type { MentionTable, StoreTables } from '../kysely/schema.ts'
import type { Store } from '../port.ts'
import { postgresMigrations } from './migrations.ts'

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
  const db = new Kysely<StoreTables>({ dialect: new PostgresDialect({ pool }) })
  const eb = expressionBuilder<SearchTables, 'm'>()
  return createKyselyStore({
    db,
    clock,
    async migrate() {
      await sql`create schema if not exists ${sql.id(schema)}`.execute(db)
      const migrator = new Migrator({ db, provider: postgresMigrations, migrationTableSchema: schema })
      // Kysely looks for its migration table through the catalog of every schema: another schema dropped at
      // that moment (another installation, another test run on the server) fails the lookup with 3F000.
      // Ours exists (created above), so the lookup is tried again.
      for (let attempt = 1; ; attempt++) {
        let error: unknown
        try {
          ;({ error } = await migrator.migrateToLatest())
        } catch (thrown) {
          error = thrown
        }
        if (!error) return
        const otherSchemaGone =
          (error as { code?: string }).code === '3F000' &&
          !String((error as Error).message).includes(`"${schema}"`)
        if (!otherSchemaGone || attempt >= 12) throw error
        // schemas are often dropped in a row (a test run cleaning up): wait a little longer each time
        await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 50 * 2 ** attempt)))
      }
    },
    // numbers are drawn at insert but seen at commit: one alert write at a time (per schema), so that a reader
    // following `seq` never sees a number commit after a larger one it already read
    serialiseAlertWrites: (write) =>
      db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.vigie_alerts'))`.execute(trx)
        await write(trx)
      }),
    // plainto_tsquery reads operators and quotes as plain words, so user input cannot break it.
    search: (words) =>
      eb(
        'm.search',
        '@@',
        eb.fn<string>('plainto_tsquery', [sql.lit('simple'), eb.fn('vigie_fold', [eb.val(words.join(' '))])]),
      ),
  })
}
