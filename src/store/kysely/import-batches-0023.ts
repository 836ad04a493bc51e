import { type Kysely, sql } from 'kysely'

/**
 * Migration 0023, on both engines: what the analyze workers did with each batch of a published import (an
 * upload with a bus), one row per batch, so that the server holding the import counts the rows the workers
 * rejected, whichever worker took each batch. Frozen once shipped.
 */
export const createImportBatchTable = async (db: Kysely<unknown>, engine: 'sqlite' | 'postgres') => {
  const id = engine === 'postgres' ? sql`text collate "C"` : sql`text`
  await db.schema
    .createTable('import_batches')
    .addColumn('workspace_id', id, (c) => c.notNull())
    .addColumn('job_id', id, (c) => c.notNull())
    .addColumn('batch', 'integer', (c) => c.notNull())
    // the rejections by kind (RejectionGroup[] as JSON; their count is theirs to sum)
    .addColumn('rejected', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_batches_pk', ['workspace_id', 'job_id', 'batch'])
    .execute()
}
