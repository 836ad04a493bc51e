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
  /**
   * A batch that has not filled is published once this many milliseconds have passed since its first item
   * (a live source: its next post may be hours away). Without it, only a full batch or the end is published.
   */
  maxWaitMs?: number
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

/**
 * How a live source is published (`vigie worker --role listen`): a post waits at most 100 ms for the ones after
 * it, so a quiet stream's post leaves at once and a loud one goes in batches. One message per post made the
 * analyze workers store one mention per transaction: fed 250 posts/s, two of them fell behind at about 20/s.
 */
export const LIVE_PUBLISH = { batchSize: 500, maxWaitMs: 100 } as const

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
  const iterator = o.connector.read(from, signal)[Symbol.asyncIterator]()
  let cursor: string | undefined
  let due = Number.POSITIVE_INFINITY
  let done = false
  // a due batch is published while the connector's next read is in flight
  let reading = false
  try {
    for (let next = iterator.next(); ; next = iterator.next()) {
      let result = await waitUntil(next, o.maxWaitMs === undefined || items.length === 0 ? undefined : due)
      // the batch waited long enough: published while the connector's next item is still on its way
      while (result === 'due') {
        reading = true
        await flush(cursor as string)
        reading = false
        result = await next
      }
      if (result.done) {
        done = true
        break
      }
      const item = result.value
      summary.read++
      if ('mention' in item) {
        summary.mentions++
        mentions++
      } else summary.rejected++
      if (items.length === 0) due = Date.now() + (o.maxWaitMs ?? 0)
      items.push(item)
      chars += JSON.stringify(item).length
      cursor = item.cursor
      if (mentions >= batchSize || chars >= MAX_BATCH_CHARS) await flush(cursor)
    }
  } finally {
    // closing waits for a read in flight (a live source's next post may be hours away): not awaited then
    const closing = done ? undefined : iterator.return?.()
    closing?.catch(() => {})
    if (!reading) await closing
  }
  if (items.length > 0 && cursor !== undefined) await flush(cursor)
  return summary
}

/** The next item, or 'due' if `deadline` (a `Date.now()` time) comes first. */
const waitUntil = async <T>(next: Promise<T>, deadline: number | undefined): Promise<T | 'due'> => {
  if (deadline === undefined) return next
  const left = deadline - Date.now()
  if (left <= 0) return 'due'
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'due'>((resolve) => {
    timer = setTimeout(() => resolve('due'), left)
  })
  try {
    return await Promise.race([next, timeout])
  } finally {
    clearTimeout(timer)
  }
}
