import { expressionBuilder, Migrator } from 'kysely'
import { type Clock, systemClock } from '../../core/index.ts'
import { createKyselyStore } from '../kysely/create-kysely-store.ts'
import type { MentionTable } from '../kysely/schema.ts'
import type { Store } from '../port.ts'
import { toFtsMatch } from './fts-match.ts'
import { sqliteMigrations } from './migrations.ts'
import { openSqlite } from './open-sqlite.ts'

export interface SqliteStoreOptions {
  /** a file path, or `:memory:` for a database that lives as long as the store */
  path: string
  /** stamps dead letters and cursor updates; the system clock by default */
  clock?: Clock
}

/** The FTS5 index; the column named like the table is FTS5's handle for MATCH. */
type SearchTables = { m: MentionTable; mentions_fts: { rowid: number; mentions_fts: string } }

/** The Store on SQLite (better-sqlite3 through Kysely): one file, WAL, FTS5 search. */
export const createSqliteStore = ({ path, clock = systemClock }: SqliteStoreOptions): Store => {
  const db = openSqlite(path)
  const eb = expressionBuilder<SearchTables, 'm'>()
  return createKyselyStore({
    db,
    clock,
    async migrate() {
      const { error } = await new Migrator({ db, provider: sqliteMigrations }).migrateToLatest()
      if (error) throw error
    },
    search: (words) =>
      eb(
        'm.seq',
        'in',
        eb.selectFrom('mentions_fts').select('rowid').where('mentions_fts', 'match', toFtsMatch(words)),
      ),
  })
}
