import type { AnalyzerResult } from '../analysis/index.ts'
import type { AnalyzedMention, Mention } from '../core/index.ts'
import type { Connector, Rejection } from '../sources/index.ts'
import { raiseAlerts } from './alerting.ts'
import { analyzeInThread } from './batch-analysis.ts'
import { createDateWindow } from './date-window.ts'
import type { Pipeline } from './pipelines.ts'
import { countRejection, type RejectionKind } from './rejection-kinds.ts'
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
  /** every rejection counted by kind, with a few example positions */
  rejectedKinds: Record<string, RejectionKind>
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
  /** false: leave the source's cursor alone (an analyze worker: the publisher saved it when the bus took the items) */
  saveCursor?: boolean
  /** run detection on what is stored (replay, live); alerts are raised */
  detect?: boolean
  batchSize?: number
  signal?: AbortSignal
  /** called before each mention is analysed: lets a replay wait for its event time */
  pace?: (mention: Mention) => Promise<void> | void
  /** write and detect after every mention (paced replays, live streams) instead of in batches */
  flushEachMention?: boolean
  onBatch?: (summary: IngestSummary) => void
  /** told of each batch's analysed mentions once the store has them (new and already stored alike) */
  onStored?: (mentions: readonly AnalyzedMention[]) => Promise<void>
  /**
   * told of each mention ingest itself rejects (its date outside the window, its analysis failed), not of the
   * rows the connector could not make mentions of
   */
  onRefused?: (rejection: Rejection) => void
}

const MAX_KEPT_REJECTIONS = 1000

/** Mentions read and analysed together, with the cursor of the last item read before the cut. */
interface Batch {
  mentions: Mention[]
  results: Promise<AnalyzerResult[]>
  cursor: string | undefined
}

/**
 * Reads a connector through analysis into the store, in batches. The cursor advances only after the batch
 * before it was written (at least once); stable ids make re-delivery idempotent (stored once); rejected rows
 * become dead letters with their reason. In a long import, analysis runs in the runtime's worker threads
 * (`BatchAnalysis`) while this thread stores and detects the batches before (two in flight).
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
    rejectedKinds: {},
    alerts: 0,
  }
  const cursor = o.fromStart ? undefined : await rt.store.getCursor(workspaceId, o.sourceKey)
  // a batch is one write transaction: with 1,000 mentions instead of 500, the index pages a batch touches are
  // written to the WAL half as often (storing the pipeline bench's 30,900 mentions wrote 72 MB of WAL, now 44 MB,
  // and the kernel time fell with it)
  const batchSize = o.batchSize ?? 1000
  // paced replays and live streams write each mention at once: a round trip to a worker buys nothing.
  // Otherwise two batches may be analysed ahead of the one being written, so neither thread waits long.
  const inFlight = o.flushEachMention ? 0 : 2
  const batches: Batch[] = []
  let pending: Mention[] = []
  let lastCursor: string | undefined
  let savedCursor = cursor
  // counted per flush, not per mention: building a metric's label key for every post shows in profiles
  const received = new Map<string, number>()
  const analyse = (mentions: Mention[]): Promise<AnalyzerResult[]> =>
    o.flushEachMention
      ? Promise.resolve(analyzeInThread(pipeline, mentions))
      : rt.analysis.analyze(pipeline, mentions)
  const cutBatch = () => {
    if (pending.length === 0 && lastCursor === savedCursor) return
    const results = analyse(pending)
    results.catch(() => {}) // handled when settled; until then a failure must not count as unhandled
    batches.push({ mentions: pending, results, cursor: lastCursor })
    savedCursor = lastCursor
    pending = []
  }
  const settle = async () => {
    const batch = batches.shift()
    if (!batch) return
    const analysed = await tally(o, batch, await batch.results, summary)
    for (const [source, n] of received) rt.meter.count('mentions_received_total', { source }, n)
    received.clear()
    await saveAndDetect(o, pipeline, analysed, summary)
    if (batch.cursor !== undefined && o.saveCursor !== false)
      await rt.store.setCursor(workspaceId, o.sourceKey, batch.cursor)
    o.onBatch?.(summary)
  }
  const signal = o.signal ?? new AbortController().signal
  // event time of the workspace (the demo's runs ahead of the wall clock), read when each mention arrives
  const implausible = createDateWindow(rt.config.ingest, { now: () => pipeline.clock.now() })
  try {
    for await (const item of o.connector.read(cursor, signal)) {
      summary.read++
      const dateProblem = 'mention' in item ? implausible(item.mention) : undefined
      if ('rejected' in item) await reject(o, item.rejected, summary)
      else if (dateProblem !== undefined) {
        const refused = outOfWindow(item, dateProblem.reason, dateProblem.kind)
        o.onRefused?.(refused)
        await reject(o, refused, summary, 'validate')
      } else {
        if (o.pace) await o.pace(item.mention) // no await (a microtask turn per mention) when there is no pace
        pending.push(item.mention)
        received.set(item.mention.source, (received.get(item.mention.source) ?? 0) + 1)
      }
      lastCursor = item.cursor
      if (pending.length >= batchSize || (o.flushEachMention && pending.length > 0)) {
        cutBatch()
        while (batches.length > inFlight) await settle()
      }
    }
    cutBatch()
    while (batches.length > 0) await settle()
  } finally {
    // a failed write stops the import: batches still in flight are dropped (their cursor was not saved)
    await Promise.allSettled(batches.map((b) => b.results))
  }
  for (const [reason, n] of Object.entries(summary.skipped))
    rt.meter.count('mentions_skipped_total', { reason }, n)
  return summary
}

/** Counts skips, sends failures to the dead letters, and returns the analysed mentions in order. */
const tally = async (
  o: IngestOptions,
  batch: Batch,
  results: readonly AnalyzerResult[],
  summary: IngestSummary,
): Promise<AnalyzedMention[]> => {
  const analysed: AnalyzedMention[] = []
  for (let i = 0; i < results.length; i++) {
    const result = results[i]!
    if (result.kind === 'ok') analysed.push(result.mention)
    else if (result.kind === 'skip')
      summary.skipped[result.reason] = (summary.skipped[result.reason] ?? 0) + 1
    else {
      const refused = {
        reason: `${result.step}: ${result.reason}`,
        payload: JSON.stringify(batch.mentions[i]),
      }
      o.onRefused?.(refused)
      await reject(o, refused, summary)
    }
  }
  return analysed
}

const saveAndDetect = async (
  o: IngestOptions,
  pipeline: Pipeline,
  batch: AnalyzedMention[],
  summary: IngestSummary,
) => {
  if (batch.length === 0) return
  const { rt } = o
  const fresh = await rt.store.saveNewMentions(batch)
  if (fresh.length > 0) void rt.notifier?.onMentions(fresh[0]!.workspaceId, fresh)
  summary.stored += fresh.length
  summary.duplicates += batch.length - fresh.length
  rt.meter.count('mentions_stored_total', {}, fresh.length)
  await o.onStored?.(batch)
  if (!o.detect) return
  const detection = pipeline.detection
  const detected = []
  for (const m of fresh) {
    const closed = detection.advance(m.createdAt)
    if (closed.length > 0) detected.push(...closed)
    detection.observe(m)
  }
  if (detected.length > 0) summary.alerts += (await raiseAlerts(rt, detected)).length
}

/** A mention refused for its date, as a rejection (with its line when the connector knows it). */
const outOfWindow = (item: { mention: Mention; line?: number }, reason: string, kind: string): Rejection => ({
  reason: `${item.mention.id}: ${reason}`,
  kind,
  payload: JSON.stringify(item.mention),
  ...(item.line !== undefined ? { line: item.line } : {}),
})

const reject = async (
  o: IngestOptions,
  rejection: Rejection,
  summary: IngestSummary,
  stage: 'parse' | 'validate' = 'parse',
) => {
  summary.rejectedCount++
  countRejection(summary.rejectedKinds, rejection)
  if (summary.rejected.length < MAX_KEPT_REJECTIONS) summary.rejected.push(rejection)
  o.rt.meter.count('mentions_rejected_total', { source: o.sourceKey.split(':')[0] ?? 'unknown' })
  await o.rt.store.addDeadLetter({
    workspaceId: o.workspaceId,
    source: o.sourceKey,
    stage,
    reason: `${rejection.line ? `line ${rejection.line}: ` : rejection.item ? `item ${rejection.item}: ` : ''}${rejection.reason}`,
    payload: rejection.payload,
  })
}
