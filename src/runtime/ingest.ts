import type { AnalyzedMention, Mention } from '../core/index.ts'
import type { Connector, Rejection } from '../sources/index.ts'
import { raiseAlerts } from './alerting.ts'
import type { Pipeline } from './pipelines.ts'
import type { Runtime } from './runtime.ts'

export interface IngestSummary {
  read: number
  stored: number
  duplicates: number
  /** expected outcomes (no query matched...) by reason */
  skipped: Record<string, number>
  /** rows that could not become mentions (first 1,000 kept here, all in dead letters) */
  rejected: Rejection[]
  rejectedCount: number
  alerts: number
}

export interface IngestOptions {
  rt: Runtime
  workspaceId: string
  connector: Connector
  /** the key of the cursor, e.g. `file:/abs/path.jsonl` */
  sourceKey: string
  /** start from the beginning even if a cursor was saved */
  fromStart?: boolean
  /** run detection on what is stored (replay, live); alerts are raised */
  detect?: boolean
  batchSize?: number
  signal?: AbortSignal
  /** called before each mention is analysed: lets a replay wait for its event time */
  pace?: (mention: Mention) => Promise<void> | void
  /** write and detect after every mention (paced replays, live streams) instead of in batches */
  flushEachMention?: boolean
  onBatch?: (summary: IngestSummary) => void
}

const MAX_KEPT_REJECTIONS = 1000

/**
 * Reads a connector through analysis into the store, in batches. The cursor advances only after the batch
 * before it was written (at least once); stable ids make re-delivery idempotent (stored once); rejected rows
 * become dead letters with their reason.
 */
export const ingest = async (o: IngestOptions): Promise<IngestSummary> => {
  const { rt, workspaceId } = o
  const pipeline = await rt.pipelines.get(workspaceId)
  const summary: IngestSummary = {
    read: 0,
    stored: 0,
    duplicates: 0,
    skipped: {},
    rejected: [],
    rejectedCount: 0,
    alerts: 0,
  }
  const cursor = o.fromStart ? undefined : await rt.store.getCursor(workspaceId, o.sourceKey)
  const batchSize = o.batchSize ?? 500
  let batch: AnalyzedMention[] = []
  let lastCursor: string | undefined
  // counted per flush, not per mention: building a metric's label key for every post shows in profiles
  const received = new Map<string, number>()
  const flush = async () => {
    for (const [source, n] of received) rt.meter.count('mentions_received_total', { source }, n)
    received.clear()
    await saveAndDetect(o, pipeline, batch, summary)
    batch = []
    if (lastCursor !== undefined) await rt.store.setCursor(workspaceId, o.sourceKey, lastCursor)
    o.onBatch?.(summary)
  }
  const signal = o.signal ?? new AbortController().signal
  for await (const item of o.connector.read(cursor, signal)) {
    summary.read++
    if ('rejected' in item) await reject(o, item.rejected, summary)
    else {
      if (o.pace) await o.pace(item.mention) // no await (a microtask turn per mention) when there is no pace
      const result = pipeline.analyze(item.mention)
      if (result.kind === 'ok') batch.push(result.mention)
      else if (result.kind === 'skip')
        summary.skipped[result.reason] = (summary.skipped[result.reason] ?? 0) + 1
      else
        await reject(
          o,
          { reason: `${result.step}: ${result.reason}`, payload: JSON.stringify(item.mention) },
          summary,
        )
      received.set(item.mention.source, (received.get(item.mention.source) ?? 0) + 1)
    }
    lastCursor = item.cursor
    if (batch.length >= batchSize || (o.flushEachMention && batch.length > 0)) await flush()
  }
  await flush()
  for (const [reason, n] of Object.entries(summary.skipped))
    rt.meter.count('mentions_skipped_total', { reason }, n)
  return summary
}

const saveAndDetect = async (
  o: IngestOptions,
  pipeline: Pipeline,
  batch: AnalyzedMention[],
  summary: IngestSummary,
) => {
  if (batch.length === 0) return
  const { rt, workspaceId } = o
  const existing = await rt.store.findExistingMentionIds(
    workspaceId,
    batch.map((m) => m.id),
  )
  const fresh = batch.filter((m) => !existing.has(m.id))
  const { inserted, duplicates } = await rt.store.saveMentions(fresh)
  summary.stored += inserted
  summary.duplicates += duplicates + existing.size
  rt.meter.count('mentions_stored_total', {}, inserted)
  if (!o.detect) return
  const detection = pipeline.detection
  const detected = []
  for (const m of fresh) {
    detected.push(...detection.advance(m.createdAt))
    detection.observe(m)
  }
  if (detected.length > 0) summary.alerts += (await raiseAlerts(rt, detected)).length
}

const reject = async (o: IngestOptions, rejection: Rejection, summary: IngestSummary) => {
  summary.rejectedCount++
  if (summary.rejected.length < MAX_KEPT_REJECTIONS) summary.rejected.push(rejection)
  o.rt.meter.count('mentions_rejected_total', { source: o.sourceKey.split(':')[0] ?? 'unknown' })
  await o.rt.store.addDeadLetter({
    workspaceId: o.workspaceId,
    source: o.sourceKey,
    stage: 'parse',
    reason: rejection.line ? `line ${rejection.line}: ${rejection.reason}` : rejection.reason,
    payload: rejection.payload,
  })
}
