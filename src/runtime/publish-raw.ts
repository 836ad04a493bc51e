import { randomBytes } from 'node:crypto'
import { busSubject, isBusUnreachable } from '../bus/index.ts'
import { AppError } from '../core/index.ts'
import type { Connector, SourceItem } from '../sources/index.ts'
import { isStoreUnreachable } from '../store/index.ts'
import type { RawBatch } from './raw-batch.ts'
import {
  type RetryOptions,
  retryWhileStoreUnreachable,
  retryWhileUnreachable,
} from './retry-while-unreachable.ts'
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
  /** how a batch waits out an unreachable bus, or store for its cursor (default {@link OUTAGE_WAIT}) */
  outage?: Pick<RetryOptions, 'firstDelayMs' | 'maxDelayMs' | 'limitMs'>
  /** told before each wait for an unreachable bus or store */
  onOutage?: (wait: OutageWait) => void
  /** what a failure past the outage wait tells to do next (default `running it again resumes from there`) */
  retryHint?: string
  /** the import job the batches belong to (`RawBatch.job`): the analyze workers report on it */
  job?: string
}

export interface OutageWait {
  /** `bus`: the batch is not published yet; `store`: it is, its cursor is not saved yet */
  service: 'bus' | 'store'
  /** the batch's number, from 1 */
  batch: number
  error: unknown
  /** the wait before the next try */
  delayMs: number
  /** when the batch's first try (for this service) failed */
  since: Date
  /** when the last try is made: past it, publishing fails */
  until: Date
}

/**
 * A batch the bus (or the store) refuses for an outage is tried again after 0.5 s, then twice as long each time
 * up to 5 s, for 5 minutes from its first failure; then publishing fails, its cursor saved after the last batch
 * published. The same batch goes under the same id each time, so one JetStream took unconfirmed is not taken twice.
 */
export const OUTAGE_WAIT = { firstDelayMs: 500, maxDelayMs: 5000, limitMs: 5 * 60_000 } as const

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
 * An outage of the bus, or of the store for the cursor, is waited out ({@link OUTAGE_WAIT}), each batch under one
 * message id (`<run>.<n>`), so a batch taken unconfirmed and published again is not delivered twice.
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
  const wait = { ...OUTAGE_WAIT, ...o.outage }
  const waitOut = (service: OutageWait['service']): RetryOptions => {
    let since: number | undefined
    return {
      ...wait,
      signal: o.signal,
      onWait: (error, _tries, delayMs) => {
        // the first wait follows the first failure at once: the limit counts from about then
        since ??= Date.now()
        const [from, until] = [new Date(since), new Date(since + wait.limitMs)]
        o.onOutage?.({ service, batch: summary.batches + 1, error, delayMs, since: from, until })
      },
    }
  }
  const flush = async (cursor: string) => {
    const n = summary.batches
    const batch: RawBatch = { workspaceId, sourceKey, cursor, items, order: { run, n } }
    if (o.job !== undefined) batch.job = o.job
    const published = { batches: n, mentions: summary.mentions - mentions, waitedMs: wait.limitMs }
    await retryWhileUnreachable(
      () => rt.bus.publish(subject, batch, { id: `${run}.${n}` }),
      isBusUnreachable,
      waitOut('bus'),
    ).catch((error) => {
      throw gaveUp(error, isBusUnreachable(error) && !o.signal?.aborted, 'bus', published, o.retryHint)
    })
    await retryWhileStoreUnreachable(
      () => rt.store.setCursor(workspaceId, sourceKey, cursor),
      waitOut('store'),
    ).catch((error) => {
      throw gaveUp(error, isStoreUnreachable(error) && !o.signal?.aborted, 'store', published, o.retryHint)
    })
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

/** What publishing fails with once it stopped waiting for an outage (`outage` true); other failures as they are. */
const gaveUp = (
  error: unknown,
  outage: boolean,
  service: OutageWait['service'],
  published: { batches: number; mentions: number; waitedMs: number },
  retryHint = 'running it again resumes from there',
) => {
  if (!outage) return error
  const n = published.batches + 1
  const what =
    service === 'bus'
      ? `could not publish batch ${n}: the bus`
      : `published batch ${n} but could not save its cursor: the store`
  const count = (k: number, one: string, many: string) =>
    `${k.toLocaleString('en-US')} ${k === 1 ? one : many}`
  const reason = error instanceof Error ? error.message : String(error)
  return new AppError(
    'unavailable',
    `${what} was still unreachable after ${published.waitedMs / 1000} s (${reason}); ` +
      `${count(published.batches, 'batch', 'batches')} (${count(published.mentions, 'mention', 'mentions')}) ` +
      `were published before it and the cursor is saved after them: ${retryHint}`,
    { cause: error },
  )
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
