import type { Transaction } from 'kysely'
import type { StoreTables } from './schema.ts'

/** How a store whose full-text index is kept apart from the mentions (SQLite) keeps it in step. */
export interface SearchIndexHooks {
  /** new mentions were committed */
  saved(rows: number): void
  /** before a full-text search: index what is not yet */
  catchUp(): Promise<void>
  /** in the transaction that deletes a workspace's mentions: before, and after the delete */
  beforePurge(trx: Transaction<StoreTables>, workspaceId: string): Promise<void>
  afterPurge(trx: Transaction<StoreTables>): Promise<void>
  close(): Promise<void>
}
