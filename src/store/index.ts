export { toMentionRow } from './kysely/mention-row.ts'
export type {
  DeadLetter,
  MentionFilter,
  NewDeadLetter,
  Page,
  SentimentCorrectionRecord,
  Store,
  VolumeBucket,
} from './port.ts'
export { createPostgresStore, type PostgresStoreOptions } from './postgres/create-postgres-store.ts'
export { createSqliteStore, type SqliteStoreOptions } from './sqlite/create-sqlite-store.ts'
export { searchPathOf } from './sqlite/search-index.ts'
export { THREAD_AFTER_ROWS } from './sqlite/search-indexer.ts'
/** The shared behaviour suite for Store adapters; for tests only. */
export { storeContract } from './store.contract.ts'
