import { Migrator } from 'kysely'
import { type Clock, systemClock } from '../../core/index.ts'
import type { Store } from '../port.ts'
import { createAlertRecords } from './alert-records.ts'
import { listMentions } from './list-mentions.ts'
import { fromMentionRow, MENTION_COLUMNS } from './mention-row.ts'
import { mentionVolume } from './mention-volume.ts'
import { sqliteMigrations } from './migrations.ts'
import { openSqlite } from './open-sqlite.ts'
import { createSaveMentions } from './save-mentions.ts'
import { createWorkspaceRecords } from './workspace-records.ts'

export interface SqliteStoreOptions {
  /** a file path, or `:memory:` for a database that lives as long as the store */
  path: string
  /** stamps dead letters and cursor updates; the system clock by default */
  clock?: Clock
}

// findExistingMentionIds binds one parameter per id; stay far below SQLite's 32766.
const IDS_PER_LOOKUP = 5000

/** The Store on SQLite (better-sqlite3 through Kysely): one file, WAL, FTS5 search. */
export const createSqliteStore = ({ path, clock = systemClock }: SqliteStoreOptions): Store => {
  const db = openSqlite(path)
  return {
    async migrate() {
      const { error } = await new Migrator({ db, provider: sqliteMigrations }).migrateToLatest()
      if (error) throw error
    },
    close: () => db.destroy(),
    ...createWorkspaceRecords(db, clock),
    ...createAlertRecords(db, clock),
    saveMentions: createSaveMentions(db),
    async findExistingMentionIds(workspaceId, ids) {
      const found = new Set<string>()
      for (let start = 0; start < ids.length; start += IDS_PER_LOOKUP) {
        const rows = await db
          .selectFrom('mentions')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', ids.slice(start, start + IDS_PER_LOOKUP))
          .execute()
        for (const row of rows) found.add(row.id)
      }
      return found
    },
    async getMention(workspaceId, id) {
      const row = await db
        .selectFrom('mentions')
        .select(MENTION_COLUMNS)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst()
      return row && fromMentionRow(row)
    },
    listMentions: (filter) => listMentions(db, filter),
    async countMentions(workspaceId) {
      const row = await db
        .selectFrom('mentions')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow()
      return row.count
    },
    volume: (input) => mentionVolume(db, input),
  }
}
