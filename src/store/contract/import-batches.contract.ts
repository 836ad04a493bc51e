import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { RejectionGroup } from '../../core/index.ts'
import { T0 } from './build-mention.ts'
import type { UseStore } from './use-store.ts'

const group = (reason: string, count: number): RejectionGroup => ({
  reason,
  count,
  lines: [4],
  items: [],
  example: `line 4: ${reason}`,
  examplePayload: '{"id":"x"}',
})

export const importBatchesContract = (use: UseStore) => {
  test("an import's batch reports come back in batch order, each batch once however often it was reported", () =>
    use(async (store) => {
      const report = { workspaceId: 'acme', jobId: 'imp_1', at: new Date(T0) }
      await store.saveImportBatchReport({ ...report, batch: 1, rejected: [group('createdAt: too old', 2)] })
      await store.saveImportBatchReport({ ...report, batch: 0, rejected: [] })
      // batch 1 handled again (redelivered): its new report replaces the first
      await store.saveImportBatchReport({ ...report, batch: 1, rejected: [group('createdAt: too old', 3)] })
      await store.saveImportBatchReport({ ...report, jobId: 'imp_2', batch: 0, rejected: [group('x', 1)] })
      await store.saveImportBatchReport({
        ...report,
        workspaceId: 'globex',
        batch: 0,
        rejected: [group('y', 1)],
      })
      const reports = await store.listImportBatchReports('acme', 'imp_1')
      assert.deepEqual(
        reports.map((r) => [r.batch, r.rejected.map((g) => [g.reason, g.count])]),
        [
          [0, []],
          [1, [['createdAt: too old', 3]]],
        ],
      )
      assert.deepEqual(reports[1]?.rejected[0], group('createdAt: too old', 3))
      assert.equal(reports[1]?.at?.getTime(), T0)
      assert.deepEqual(await store.listImportBatchReports('acme', 'imp_9'), [])
    }))

  test("purging a workspace removes its imports' batch reports", () =>
    use(async (store) => {
      await store.upsertWorkspace({ id: 'acme', name: 'Acme', createdAt: new Date(T0) })
      await store.saveImportBatchReport({ workspaceId: 'acme', jobId: 'imp_1', batch: 0, rejected: [] })
      await store.purgeWorkspace('acme')
      assert.deepEqual(await store.listImportBatchReports('acme', 'imp_1'), [])
    }))
}
