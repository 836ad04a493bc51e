import type { Kysely } from 'kysely'
import type { Clock, RejectionGroup } from '../../core/index.ts'
import type { Store } from '../port.ts'
import type { StoreTables } from './schema.ts'

type ImportBatchRecords = Pick<Store, 'saveImportBatchReport' | 'listImportBatchReports'>

export const createImportBatchRecords = (db: Kysely<StoreTables>, clock: Clock): ImportBatchRecords => ({
  async saveImportBatchReport(report) {
    const values = {
      rejected: JSON.stringify(report.rejected),
      at: (report.at ?? clock.now()).getTime(),
    }
    // a batch handled again (redelivered, or tried again after a failure) replaces its report: counted once
    await db
      .insertInto('import_batches')
      .values({ workspace_id: report.workspaceId, job_id: report.jobId, batch: report.batch, ...values })
      .onConflict((c) => c.columns(['workspace_id', 'job_id', 'batch']).doUpdateSet(values))
      .execute()
  },
  async listImportBatchReports(workspaceId, jobId) {
    const rows = await db
      .selectFrom('import_batches')
      .select(['batch', 'rejected', 'at'])
      .where('workspace_id', '=', workspaceId)
      .where('job_id', '=', jobId)
      .orderBy('batch')
      .execute()
    return rows.map((r) => ({
      workspaceId,
      jobId,
      batch: r.batch,
      rejected: JSON.parse(r.rejected) as RejectionGroup[],
      at: new Date(Number(r.at)),
    }))
  },
})
