export { type CopiedTable, type CopyToPostgresOptions, copyToPostgres } from './copy-to-postgres.ts'
export { isStoreUnreachable } from './is-store-unreachable.ts'
export { toMentionRow } from './kysely/mention-row.ts'
export {
  type Aggregate,
  type AggregateBucket,
  type AggregateInput,
  type DeadLetter,
  DOMINANT_EMOTION_MIN,
  type ExportFormat,
  type ImportBatchReport,
  type MentionFilter,
  type MentionSort,
  type MetricsIncrement,
  type NewDeadLetter,
  type Page,
  type QueryShare,
  type SentimentCorrectionRecord,
  type SourceRecord,
  type SourceRun,
  type Store,
  type TopAuthor,
  type TopCount,
  type VolumeBucket,
} from './port.ts'
export { createPostgresStore, type PostgresStoreOptions } from './postgres/create-postgres-store.ts'
export { createSqliteStore, type SqliteStoreOptions } from './sqlite/create-sqlite-store.ts'
export { searchPathOf } from './sqlite/search-index.ts'
export { THREAD_AFTER_ROWS } from './sqlite/search-indexer.ts'
/** The shared behaviour suite for Store adapters; for tests only. */
export { storeContract } from './store.contract.ts'
