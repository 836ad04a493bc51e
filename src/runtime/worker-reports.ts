import type { PublishedImportJob, RejectionGroup } from '../core/index.ts'
import type { ImportBatchReport } from '../store/index.ts'
import { EXAMPLES } from './rejection-kinds.ts'

/**
 * A published import with what the analyze workers reported on its batches: the batches they handled, and the
 * mentions they rejected added to the import's rejections (same reason: one group, the first example kept).
 */
export const addWorkerReports = (
  job: PublishedImportJob,
  reports: readonly ImportBatchReport[],
): PublishedImportJob => {
  const groups = new Map<string, RejectionGroup>(job.rejected.map((g) => [g.reason, { ...g }]))
  let rejectedCount = 0
  for (const report of reports)
    for (const group of report.rejected) {
      rejectedCount += group.count
      const seen = groups.get(group.reason)
      if (!seen) {
        groups.set(group.reason, { ...group })
        continue
      }
      seen.count += group.count
      seen.lines = [...seen.lines, ...group.lines].slice(0, EXAMPLES)
      seen.items = [...seen.items, ...group.items].slice(0, EXAMPLES - seen.lines.length)
    }
  return {
    ...job,
    rejectedCount: job.rejectedCount + rejectedCount,
    rejected: [...groups.values()].sort((a, b) => b.count - a.count),
    workers: { batches: reports.length, rejectedCount },
  }
}
