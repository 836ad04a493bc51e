import type { ImportWaiting, PublishedImportJob } from '../core/index.ts'
import type { Connector } from '../sources/index.ts'
import { type OutageWait, type PublishRawOptions, type PublishSummary, publishRaw } from './publish-raw.ts'
import { createRejectionTally } from './rejection-kinds.ts'
import type { Runtime } from './runtime.ts'

export interface PublishImportOptions {
  rt: Runtime
  /** the job to keep up to date: its counts follow each batch the bus confirmed */
  job: PublishedImportJob
  connector: Connector
  sourceKey: string
  signal: AbortSignal
  /** how long a batch waits out an unreachable bus or store (default: as `vigie ingest`, 5 minutes) */
  outage?: PublishRawOptions['outage']
}

// an upload is read whole each time (fromStart): its saved cursor is no place to resume from
const RETRY_HINT =
  'importing the file again publishes it whole again, and what the workers stored already is stored once'

/**
 * An uploaded file published on `raw.<workspace>` for the analyze workers, as `vigie ingest` does with a bus
 * (`publishRaw`: batches, the cursor saved once the bus holds each, an outage waited out for 5 minutes, the
 * job's `waiting` saying so meanwhile). The job counts what this process knows: rows read, mentions and batches
 * the bus holds, rows that could not become mentions by reason (published too: the workers keep them as dead
 * letters). Each batch carries the job's id, so the workers report on it (`ImportJobs` adds their reports).
 * Stored, skipped and alerts are the workers'.
 */
export const publishImport = async (o: PublishImportOptions): Promise<void> => {
  const { rt, job } = o
  const refused = createRejectionTally()
  const seen = { read: 0, rejected: 0 }
  const noted: Connector = {
    kind: o.connector.kind,
    async *read(cursor, signal) {
      for await (const item of o.connector.read(cursor, signal)) {
        seen.read++
        if ('rejected' in item) {
          seen.rejected++
          refused.add(item.rejected)
        }
        yield item
      }
    },
  }
  // rows read and rejected as this process read them; mentions published once the bus confirmed their batch.
  // A batch through means the flow is back: the job no longer waits
  const follow = (published: number, batches: number) => {
    job.read = seen.read
    job.published = published
    job.batches = batches
    job.rejectedCount = seen.rejected
    job.rejected = refused.groups()
    job.waiting = null
  }
  try {
    const summary = await publishRaw({
      rt,
      workspaceId: job.workspaceId,
      connector: noted,
      sourceKey: o.sourceKey,
      fromStart: true,
      signal: o.signal,
      job: job.id,
      onBatch: (s: PublishSummary) => follow(s.mentions, s.batches),
      outage: o.outage,
      onOutage: (wait) => {
        // the rows read while the batch waits are said, as the bytes read are
        job.read = seen.read
        job.waiting = waitingOf(wait)
        rt.log.warn(
          { workspace: job.workspaceId, file: job.file, ...wait, error: String(wait.error) },
          `import waiting for the ${wait.service}`,
        )
      },
      retryHint: RETRY_HINT,
    })
    follow(summary.mentions, summary.batches)
  } catch (error) {
    // what was read is said even so: the rows after the last published batch were read, not published
    follow(job.published, job.batches)
    throw error
  }
}

const waitingOf = (wait: OutageWait): ImportWaiting => ({
  service: wait.service,
  batch: wait.batch,
  reason: wait.error instanceof Error ? wait.error.message : String(wait.error),
  since: wait.since,
  nextTryAt: new Date(Date.now() + wait.delayMs),
  until: wait.until,
})
