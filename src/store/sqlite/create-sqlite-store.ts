import { CompiledQuery, expressionBuilder, type Kysely, Migrator, sql } from 'kysely'
import { type Clock, systemClock } from '../../core/index.ts'
import { createKyselyStore } from '../kysely/create-kysely-store.ts'
import type { MentionTable, StoreTables } from '../kysely/schema.ts'
import type { SearchIndexHooks } from '../kysely/search-index-hooks.ts'
import type { Store } from '../port.ts'
import { toFtsMatch } from './fts-match.ts'
import { sqliteMigrations } from './migrations.ts'
import { openSqlite } from './open-sqlite.ts'
import { catchUp, REWIND_INDEX, type RunSql, searchPathOf, UNINDEX_WORKSPACE } from './search-index.ts'
import { createSearchIndexer } from './search-indexer.ts'

export interface SqliteStoreOptions {
  /** a file path, or `:memory:` for a database that lives as long as the store */
  path: string
  /** stamps dead letters and cursor updates; the system clock by default */
  clock?: Clock
  /** told when the background search indexer fails (the index then catches up at each search) */
  onIndexError?: (message: string) => void
}

/** The FTS5 index, in the attached search file; the column named like the table is FTS5's handle for MATCH. */
type SearchTables = { m: MentionTable; 'search.mentions_fts': { rowid: number; mentions_fts: string } }

/** The Store on SQLite (better-sqlite3 through Kysely): one file, WAL, FTS5 search in a file beside it. */
export const createSqliteStore = ({
  path,
  clock = systemClock,
  onIndexError = () => {},
}: SqliteStoreOptions): Store => {
  const db = openSqlite(path)
  const eb = expressionBuilder<SearchTables, 'm'>()
  return createKyselyStore({
    db,
    clock,
    searchIndex: searchIndexHooks(db, path, onIndexError),
    async migrate() {
      const { error } = await new Migrator({ db, provider: sqliteMigrations }).migrateToLatest()
      if (error) throw error
    },
    // `+m.seq`: the matches filter the rows walked in the page's order. Without the plus, SQLite may look
    // each walked row up once per match (an IN list as index keys): 20 s within a query at 1,000,000
    search: (words) =>
      eb(
        sql<number>`+${sql.ref('m.seq')}`,
        'in',
        eb
          .selectFrom('search.mentions_fts')
          .select('rowid')
          .where('mentions_fts', 'match', toFtsMatch(words)),
      ),
  })
}

/** Statements of the search index on the store's connection, or in one of its transactions. */
const runOn =
  (q: Pick<Kysely<StoreTables>, 'executeQuery'>): RunSql =>
  async (sqlText, parameters) =>
    (await q.executeQuery<Record<string, unknown>>(CompiledQuery.raw(sqlText, [...parameters]))).rows

const searchIndexHooks = (
  db: Kysely<StoreTables>,
  path: string,
  onError: (message: string) => void,
): SearchIndexHooks => {
  const searchPath = searchPathOf(path)
  // an in-memory database cannot be opened by another connection: it is indexed before each search only
  const indexer = searchPath === ':memory:' ? undefined : createSearchIndexer(path, searchPath, onError)
  return {
    saved: (n) => indexer?.saved(n),
    catchUp: () => catchUp(runOn(db), (step) => db.transaction().execute((trx) => step(runOn(trx)))),
    beforePurge: async (trx, workspaceId) => {
      await trx.executeQuery(CompiledQuery.raw(UNINDEX_WORKSPACE, [workspaceId]))
    },
    afterPurge: async (trx) => {
      await trx.executeQuery(CompiledQuery.raw(REWIND_INDEX))
    },
    close: async () => {
      await indexer?.close()
    },
  }
}
