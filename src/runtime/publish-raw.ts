import { randomBytes } from 'node:crypto'
import { busSubject } from '../bus/index.ts'
import type { Connector, SourceItem } from '../sources/index.ts'
import type { RawBatch } from './raw-batch.ts'
import type { Runtime } from './runtime.ts'

export interface PublishRawOptions {
  rt: Runtime
  workspaceId: string
  connector: Connector
  /** the key of the cursor, e.g. `file:/abs/path.jsonl` */
  sourceKey: string
  /** start from the beginning even if a cursor was saved */
  fromStart?: boolean
  /** mentions per bus message (default 500) */
  batchSize?: number
  signal?: AbortSignal
  onBatch?: (summary: PublishSummary) => void
}

export interface PublishSummary {
  /** items read: mentions and rows that could not become one */
  read: number
  mentions: number
  /** rows that could not become mentions: the analyze workers keep them as dead letters */
  rejected: number
  /** bus messages */
  batches: number
}

// NATS refuses messages over its max_payload (1 MiB by default); JSON text of this length stays well under it
// even when every character takes two bytes
const MAX_BATCH_CHARS = 256 * 1024

/**
 * Reads a connector onto the bus instead of through the pipeline: the items go in batches to `raw.<workspace>`,
 * each with the source's cursor after its last item, saved once the bus holds the batch (on NATS, once
 * JetStream stored it), so the next run resumes after it. The analyze workers (`startAnalyzeWorker`) do the rest.
 */
export const publishRaw = async (o: PublishRawOptions): Promise<PublishSummary> => {
  const { rt, workspaceId, sourceKey } = o
  const subject = busSubject('raw', workspaceId)
  const summary: PublishSummary = { read: 0, mentions: 0, rejected: 0, batches: 0 }
  const batchSize = o.batchSize ?? 500
  let items: SourceItem[] = []
  let mentions = 0
  let chars = 0
  const run = randomBytes(8).toString('hex')
  const flush = async (cursor: string) => {
    const batch: RawBatch = { workspaceId, sourceKey, cursor, items, order: { run, n: summary.batches } }
    await rt.bus.publish(subject, batch)
    await rt.store.setCursor(workspaceId, sourceKey, cursor)
    summary.batches++
    items = []
    mentions = 0
    chars = 0
    o.onBatch?.(summary)
  }
  const from = o.fromStart ? undefined : await rt.store.getCursor(workspaceId, sourceKey)
  const signal = o.signal ?? new AbortController().signal
  let cursor: string | undefined
  for await (const item of o.connector.read(from, signal)) {
    summary.read++
    if ('mention' in item) {
      summary.mentions++
      mentions++
    } else summary.rejected++
    items.push(item)
    chars += JSON.stringify(item).length
    cursor = item.cursor
    if (mentions >= batchSize || chars >= MAX_BATCH_CHARS) await flush(cursor)
  }
  if (items.length > 0 && cursor !== undefined) await flush(cursor)
  return summary
}
