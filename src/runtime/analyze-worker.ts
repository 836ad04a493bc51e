import type { AnalyzedMention, RejectionGroup } from '../core/index.ts'
import { AppError, describeIssues } from '../core/index.ts'
import type { Connector } from '../sources/index.ts'
import { isStoreUnreachable } from '../store/index.ts'
import { publishAnalysed } from './detect-partitions.ts'
import { ingest } from './ingest.ts'
import { RawBatch } from './raw-batch.ts'
import { createRejectionTally } from './rejection-kinds.ts'
import { type RetryOptions, retryWhileStoreUnreachable } from './retry-while-unreachable.ts'
import type { Runtime } from './runtime.ts'

/** The durable consumer every analyze worker shares: each raw batch goes to one of them. */
export const ANALYZE_CONSUMER = 'analyze'

export interface AnalyzeWorkerTotals {
  batches: number
  read: number
  stored: number
  duplicates: number
  rejected: number
  alerts: number
}

export interface AnalyzeWorker {
  readonly totals: AnalyzeWorkerTotals
  /** Stops taking batches; the one being handled is stored and acknowledged first. */
  stop(): Promise<void>
}

export interface AnalyzeWorkerOptions {
  rt: Runtime
  /**
   * also run detection on what this worker stores and raise alerts (`vigie ingest --detect` does the same):
   * right for one analyze worker alone. Otherwise the stored mentions are published on
   * `mentions.<workspace>.<partition>` for the detect workers.
   */
  detect?: boolean
  /** raw batches taken ahead of the one being handled (default 1: workers get their share at once) */
  prefetch?: number
  /** the waits between tries while the store is unreachable (default: from 250 ms, doubling, up to 30 s) */
  storeRetry?: Pick<RetryOptions, 'firstDelayMs' | 'maxDelayMs'>
}

/**
 * An analyze worker: takes raw batches from `raw.>` (published by `publishRaw`) as the shared durable consumer
 * `analyze`, puts each through the same `ingest` as an import (analysis, store, dead letters, detection), and
 * acknowledges it only after the store write. A batch delivered again (a worker killed before its
 * acknowledgement) is stored once: mention ids are stable and the store keeps the first.
 *
 * While the store is unreachable the worker keeps the batch and tries it again, waiting longer each time, for
 * as long as the outage lasts: the bus keeps a held message from redelivery, so the wait spends none of the
 * batch's `maxDeliver` attempts. A batch that fails for its own content still fails each attempt and ends as a
 * dead letter.
 */
export const startAnalyzeWorker = async (o: AnalyzeWorkerOptions): Promise<AnalyzeWorker> => {
  const { rt } = o
  const totals: AnalyzeWorkerTotals = {
    batches: 0,
    read: 0,
    stored: 0,
    duplicates: 0,
    rejected: 0,
    alerts: 0,
  }
  const refresh = createRefresh(rt)
  const stopping = new AbortController()
  const store = async (batch: RawBatch) => {
    await refresh(batch.workspaceId)
    const stored: AnalyzedMention[] = []
    const refused = createRejectionTally()
    const summary = await ingest({
      rt,
      workspaceId: batch.workspaceId,
      connector: itemsOf(batch),
      sourceKey: batch.sourceKey,
      fromStart: true,
      saveCursor: false,
      detect: Boolean(o.detect),
      batchSize: Math.max(1, batch.items.length),
      onStored: async (mentions) => void stored.push(...mentions),
      onRefused: refused.add,
    }).catch(reportFailure(rt, batch))
    await reportToImport(rt, batch, refused.groups())
    // published before the batch is acknowledged: a crash in between hands the batch (and them) out again
    if (!o.detect) await publishAnalysed(rt, batch.workspaceId, stored, batch.order)
    return summary
  }
  const handle = async (payload: unknown) => {
    const batch = parseBatch(payload)
    const summary = await retryWhileStoreUnreachable(() => store(batch), {
      ...o.storeRetry,
      // stopping during an outage: the batch is given back unacknowledged (one attempt spent)
      signal: stopping.signal,
      onWait: (error, tries, delayMs) =>
        rt.log.warn(
          {
            workspace: batch.workspaceId,
            tries,
            delayMs,
            error: error instanceof Error ? error.message : String(error),
          },
          'store unreachable; the batch is kept and tried again',
        ),
    })
    totals.batches++
    totals.read += summary.read
    totals.stored += summary.stored
    totals.duplicates += summary.duplicates
    totals.rejected += summary.rejectedCount
    totals.alerts += summary.alerts
  }
  const subscription = await rt.bus.subscribe('raw.>', handle, {
    durable: ANALYZE_CONSUMER,
    // a batch published before any worker ever ran was never analysed: the first worker takes it
    from: 'start',
    maxInFlight: 1 + (o.prefetch ?? 1),
  })
  return {
    totals,
    stop: () => {
      stopping.abort()
      return subscription.stop()
    },
  }
}

/**
 * What the worker did with a batch of an import (`batch.job`): the mentions it rejected, recorded against the
 * import under the batch's number, so a batch handled again (redelivered) replaces its report.
 */
const reportToImport = async (rt: Runtime, batch: RawBatch, rejected: RejectionGroup[]) => {
  if (batch.job === undefined || batch.order === undefined) return
  await rt.store.saveImportBatchReport({
    workspaceId: batch.workspaceId,
    jobId: batch.job,
    batch: batch.order.n,
    rejected,
  })
}

/**
 * A batch of an import the worker could not store for its own content (not an outage) is reported with all
 * its mentions rejected, then failed as before: tried again (a success replaces the report), at last a dead
 * letter. Only the storing is watched: a batch stored, then failed on the bus, has no mention rejected.
 */
const reportFailure =
  (rt: Runtime, batch: RawBatch) =>
  async (error: unknown): Promise<never> => {
    if (batch.job === undefined || isStoreUnreachable(error)) throw error
    const mentions = batch.items.flatMap((item) => ('mention' in item ? [item] : []))
    const reason = `the analyze worker failed on the batch: ${error instanceof Error ? error.message : String(error)}`
    const lines = mentions.flatMap((m) => (m.line === undefined ? [] : [m.line])).slice(0, 3)
    const first = mentions[0]
    const group: RejectionGroup = {
      reason,
      count: mentions.length,
      lines,
      items: [],
      example: first?.line === undefined ? reason : `line ${first.line}: ${reason}`,
      examplePayload: first ? JSON.stringify(first.mention).slice(0, 300) : '',
    }
    await reportToImport(rt, batch, mentions.length === 0 ? [] : [group]).catch((failed: unknown) =>
      rt.log.warn(
        { workspace: batch.workspaceId, job: batch.job, error: String(failed) },
        'could not report a failed batch',
      ),
    )
    throw error
  }

const parseBatch = (payload: unknown): RawBatch => {
  const parsed = RawBatch.safeParse(payload)
  if (!parsed.success)
    throw new AppError(
      'invalid',
      `not a raw batch: ${describeIssues(parsed.error.issues).slice(0, 5).join('; ')}`,
    )
  return parsed.data
}

/** The batch's items as a connector, so the batch takes the import's path. */
const itemsOf = (batch: RawBatch): Connector => ({
  kind: 'bus',
  async *read() {
    yield* batch.items
  },
})

/** Re-reads a workspace's queries, owned accounts and language at most every `runner.reloadSeconds`. */
const createRefresh = (rt: Runtime) => {
  const readAt = new Map<string, number>()
  return async (workspaceId: string) => {
    const now = Date.now()
    const last = readAt.get(workspaceId)
    if (last !== undefined && now - last < rt.config.runner.reloadSeconds * 1000) return
    await rt.pipelines.reload(workspaceId)
    await rt.pipelines.reloadOwnedAccounts(workspaceId)
    await rt.pipelines.reloadSettings(workspaceId)
    readAt.set(workspaceId, now) // after the reads: a read the store failed is tried again with the batch
  }
}
