import type { PublishedImportJob } from '../core/index.ts'
import type { Connector, Rejection } from '../sources/index.ts'
import { type PublishSummary, publishRaw } from './publish-raw.ts'
import { countRejection, groupRejections, type RejectionKind } from './rejection-kinds.ts'
import type { Runtime } from './runtime.ts'

export interface PublishImportOptions {
  rt: Runtime
  /** the job to keep up to date: its counts follow each batch the bus confirmed */
  job: PublishedImportJob
  connector: Connector
  sourceKey: string
  signal: AbortSignal
}

// an upload is read whole each time (fromStart): its saved cursor is no place to resume from
const RETRY_HINT =
  'importing the file again publishes it whole again, and what the workers stored already is stored once'

/**
 * An uploaded file published on `raw.<workspace>` for the analyze workers, as `vigie ingest` does with a bus
 * (`publishRaw`: batches, the cursor saved once the bus holds each, an outage waited out for 5 minutes). The
 * job counts what this process knows: rows read, mentions published, rows that could not become mentions by
 * reason (published too: the workers keep them as dead letters). Stored, skipped and alerts are the workers'.
 */
export const publishImport = async (o: PublishImportOptions): Promise<void> => {
  const { rt, job } = o
  const kinds: Record<string, RejectionKind> = {}
  const firsts: Rejection[] = []
  const noted: Connector = {
    kind: o.connector.kind,
    async *read(cursor, signal) {
      for await (const item of o.connector.read(cursor, signal)) {
        if ('rejected' in item) {
          const kind = item.rejected.kind ?? item.rejected.reason
          if (!(kind in kinds)) firsts.push(item.rejected)
          countRejection(kinds, item.rejected)
        }
        yield item
      }
    },
  }
  // called once the bus holds a batch: every row read so far is in it, the rejections noted included
  const follow = (s: PublishSummary) => {
    job.read = s.read
    job.published = s.mentions
    job.rejectedCount = s.rejected
    job.rejected = groupRejections(kinds, firsts)
  }
  const summary = await publishRaw({
    rt,
    workspaceId: job.workspaceId,
    connector: noted,
    sourceKey: o.sourceKey,
    fromStart: true,
    signal: o.signal,
    onBatch: follow,
    onOutage: (wait) =>
      rt.log.warn(
        { workspace: job.workspaceId, file: job.file, ...wait, error: String(wait.error) },
        `import waiting for the ${wait.service}`,
      ),
    retryHint: RETRY_HINT,
  })
  follow(summary)
}
