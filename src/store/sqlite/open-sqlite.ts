import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { CompiledQuery, Kysely, type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely'
import type { StoreTables } from '../kysely/schema.ts'
import { registerFoldLigatures } from '../ligatures.ts'
import { createLru } from './lru.ts'
import { SEARCH_SCHEMA, searchPathOf } from './search-index.ts'

const STATEMENT_CACHE_SIZE = 256

/**
 * Opens the database through Kysely. Kysely's SQLite driver prepares every query anew; the hot path
 * re-runs the same SQL, so prepared statements are kept in a small LRU cache.
 */
export const openSqlite = (path: string): Kysely<StoreTables> => {
  const inMemory = path === ':memory:' || path === ''
  const pragmas = [
    ...(inMemory ? [] : ['pragma journal_mode = wal']),
    // checkpoint every ~40 MB of WAL instead of 4 MB: a checkpoint copies pages back and syncs the disk inside
    // the commit that triggers it, so a long import stalls ten times less often (npm run bench -- pipeline).
    // Once the search indexer thread runs, it checkpoints after each pass and this one rarely fires
    ...(inMemory ? [] : ['pragma wal_autocheckpoint = 10000']),
    'pragma synchronous = normal',
    'pragma foreign_keys = on',
    'pragma busy_timeout = 5000',
    // 32 MiB instead of 2: the mentions' indexes are written at random places, keep more of them in memory
    'pragma cache_size = -32000',
  ]
  return new Kysely<StoreTables>({
    dialect: new SqliteDialect({
      database: async () => {
        // A first start with a fresh data folder should just work.
        if (!inMemory) mkdirSync(dirname(path), { recursive: true })
        const db = new Database(path)
        registerFoldLigatures(db) // the search index's catch-up runs on this connection too
        return withStatementCache(db)
      },
      onCreateConnection: async (connection) => {
        for (const pragma of pragmas) await connection.executeQuery(CompiledQuery.raw(pragma))
        // the full-text index's own file (search-index.ts)
        await connection.executeQuery(CompiledQuery.raw('attach database ? as search', [searchPathOf(path)]))
        for (const statement of SEARCH_SCHEMA) await connection.executeQuery(CompiledQuery.raw(statement))
      },
    }),
  })
}

const withStatementCache = (db: Database.Database): SqliteDatabase => {
  const cache = createLru<string, SqliteStatement>(STATEMENT_CACHE_SIZE)
  return {
    close: () => db.close(),
    prepare: (sqlText) => cache.getOrCreate(sqlText, () => spreadingParameters(db.prepare(sqlText))),
  }
}

/** Beyond this many parameters a statement gets them as one array (a spread this long could overflow the stack). */
const MAX_SPREAD_PARAMETERS = 32_766

/**
 * Kysely hands a statement its parameters as one array, which better-sqlite3 reads element by element
 * through V8's API; given as arguments they bind markedly faster (a multi-row insert of 500 mentions
 * binds 15,500 values: npm run bench -- store). SQLite allows at most 32,766 parameters per statement.
 */
const spreadingParameters = (stmt: Database.Statement): SqliteStatement => {
  const args = (parameters: ReadonlyArray<unknown>) =>
    parameters.length <= MAX_SPREAD_PARAMETERS ? parameters : [parameters]
  return {
    reader: stmt.reader,
    all: (parameters) => stmt.all(...args(parameters)),
    run: (parameters) => stmt.run(...args(parameters)),
    iterate: (parameters) => stmt.iterate(...args(parameters)),
  }
}
