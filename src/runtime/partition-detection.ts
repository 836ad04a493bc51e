import { z } from 'zod'
import { createSeenSet, type SeenSet } from '../analysis/index.ts'
import { type Alert, type AnalyzedMention, AppError, type BrandQuery } from '../core/index.ts'
import {
  createDetection,
  type DetectedAlert,
  type Detection,
  DetectionSettings,
  sameDefinition,
} from '../detection/index.ts'
import { toAlert } from './alerting.ts'
import { type AnalysedNotice, checkpointKey, partitionOf } from './detect-partitions.ts'
import { createNoticeOrder, type NoticeBatch, type NoticeOrder } from './notice-order.ts'
import type { Runtime } from './runtime.ts'
import { readQueryHistory } from './seed-history.ts'

/** Mention ids a workspace's detection remembers having observed (seeded, replayed or live). */
const SEEN = 500_000

interface WorkspaceDetection {
  detection: Detection
  queries: readonly BrandQuery[]
  seen: SeenSet
  checkedAt: number
  /** the event time of the latest mention observed (ms), NaN before any */
  newest: number
}

/**
 * The clock closes a workspace's buckets only while its stream is live: its latest mention at most this long
 * before now. An import of past posts keeps its own event time (moved to now midway, the rest of the backlog
 * would pile into the current interval), as `vigie serve` leaves a workspace alone while it backfills.
 */
const LIVE_WITHIN_MS = 15 * 60_000
/** how far behind now the clock moves detection: a mention still on its way through analysis lands in its own bucket */
const CLOCK_LATENESS_MS = 5_000

/** The detection of one partition's brand queries, workspace by workspace, in a detect worker. */
export interface PartitionDetection {
  /** Observes a notice's mentions (each once), stores the alerts they raise once, and returns those alerts. */
  handle(notice: AnalysedNotice): Promise<Alert[]>
  /**
   * Moves each live workspace's detection to `now` (less a few seconds for mentions still being analysed), so
   * a bucket closes, and its crisis is seen, even when no later mention comes to close it; stores the alerts
   * that raises once and returns them. Also lets batches held back flow when the stored checkpoint shows the
   * previous holder handled the ones awaited after no later notice came. Not to be called while `handle` runs.
   */
  tick(now: Date): Promise<Alert[]>
}

/** Publishing runs whose place a partition's checkpoint keeps, per workspace (the latest touched). */
const CHECKPOINT_RUNS = 50

/** The saved place of each run: its next batch, and the mention ids of the later batches held back. */
const Checkpoint = z.object({
  runs: z.array(
    z.object({
      run: z.string().min(1),
      next: z.number().int().min(0),
      held: z.array(z.object({ n: z.number().int().min(0), parts: z.array(z.array(z.string()).nullable()) })),
    }),
  ),
})
type Checkpoint = z.infer<typeof Checkpoint>

interface WorkspaceOrder {
  order: NoticeOrder
  /** the runs the checkpoint keeps, the latest touched last */
  runs: string[]
}

/**
 * A partition's detection, rebuilt from the store when a workspace's first batch is ready (this process just
 * took the partition, or the workspace is new to it): every query is seeded with its stored past before the
 * bucket of the batch's oldest mention (alerts discarded: they were raised when it happened; that bucket's
 * predecessor left open, since the previous holder may not have closed it), then the stored mentions from
 * that bucket on are replayed with alerts kept; from then on, the notices' mentions not yet observed. An alert
 * raised again (the previous holder raised it before it stopped) has the same id and is stored once
 * (`Store.addAlert`).
 *
 * After each notice, once its alerts are stored, where each publishing run stands (the next batch due, and
 * the later batches held back until it comes, by mention ids) is saved in the store as the workspace's cursor
 * `detect-partition:<n>`: the notices held back are acknowledged already, so the bus gives a new holder only
 * the batches from the next one on, and it starts where the previous holder stopped instead of at the first
 * notice it is handed (which may come before the batches the previous holder had not acknowledged).
 */
export const createPartitionDetection = (
  rt: Runtime,
  partition: number,
  /** aborted when this process no longer holds the partition (its lease was lost): nothing more is written */
  held?: AbortSignal,
): PartitionDetection => {
  const workspaces = new Map<string, WorkspaceDetection>()
  const orders = new Map<string, WorkspaceOrder>()
  const ownedQueries = async (workspaceId: string) =>
    (await rt.pipelines.reload(workspaceId)).queries.filter(
      (q) => partitionOf(workspaceId, q.id) === partition,
    )

  const rebuild = async (workspaceId: string, first: readonly AnalyzedMention[]) => {
    const language = (await rt.store.getWorkspace(workspaceId))?.language ?? 'en'
    const settings = DetectionSettings.parse({ language })
    const queries = await ownedQueries(workspaceId)
    const state: WorkspaceDetection = {
      detection: createDetection({ queries, settings }),
      queries,
      seen: createSeenSet(SEEN),
      checkedAt: Date.now(),
      newest: Number.NaN,
    }
    const intervalMs = settings.intervalMinutes * 60_000
    const oldest = first.reduce((t, m) => Math.min(t, m.createdAt.getTime()), rt.clock.now().getTime())
    const cut = new Date(Math.floor(oldest / intervalMs) * intervalMs)
    const history = await readQueryHistory(rt.store, workspaceId, queries, cut)
    for (const q of queries) {
      const past = history.get(q.id) ?? []
      state.detection.seed(q.id, past, { lastBucketOpen: true })
      for (const m of past) state.seen.add(m.id)
    }
    // up to the batch's newest mention: later batches stored already come in order through their notices
    const newest = first.reduce((t, m) => Math.max(t, m.createdAt.getTime()), 0)
    const stored = await storedBetween(workspaceId, cut, new Date(newest + 1))
    const alerts = [...observe(state, stored), ...observe(state, first)]
    workspaces.set(workspaceId, state)
    return { state, alerts }
  }

  const readCheckpoint = async (workspaceId: string): Promise<Checkpoint | undefined> => {
    const saved = await rt.store.getCursor(workspaceId, checkpointKey(partition))
    const parsed = saved === undefined ? undefined : Checkpoint.safeParse(parseJson(saved))
    if (parsed && !parsed.success)
      rt.log.warn({ partition, workspace: workspaceId }, 'detect partition: checkpoint unreadable, ignored')
    return parsed?.success ? parsed.data : undefined
  }

  // the order of a workspace's notices, put back where the checkpoint says the previous holder left each run
  const orderOf = async (workspaceId: string): Promise<WorkspaceOrder> => {
    const known = orders.get(workspaceId)
    if (known) return known
    const parsed = await readCheckpoint(workspaceId)
    const runs = parsed?.runs ?? []
    const order = createNoticeOrder()
    for (const r of runs) {
      const held = []
      for (const h of r.held) {
        const parts = []
        for (const ids of h.parts) parts.push(ids === null ? undefined : await mentionsById(workspaceId, ids))
        held.push({ n: h.n, parts })
      }
      order.resume({ run: r.run, next: r.next, held })
    }
    const entry = { order, runs: runs.map((r) => r.run) }
    orders.set(workspaceId, entry)
    return entry
  }

  const mentionsById = async (workspaceId: string, ids: readonly string[]) => {
    const found: AnalyzedMention[] = []
    for (const id of ids) {
      const m = await rt.store.getMention(workspaceId, id)
      if (m) found.push(m)
    }
    return found
  }

  const saveCheckpoint = async (workspaceId: string, o: WorkspaceOrder, run: string) => {
    o.runs = [...o.runs.filter((r) => r !== run), run].slice(-CHECKPOINT_RUNS)
    const checkpoint: Checkpoint = { runs: [] }
    for (const id of o.runs) {
      const place = o.order.place(id)
      if (!place) continue
      const held = place.held.map((h) => ({
        n: h.n,
        parts: h.parts.map((part) => (part === undefined ? null : part.map((m) => m.id))),
      }))
      checkpoint.runs.push({ run: id, next: place.next, held })
    }
    await rt.store.setCursor(workspaceId, checkpointKey(partition), JSON.stringify(checkpoint))
  }

  const storedBetween = async (workspaceId: string, from: Date, to: Date) => {
    const found: AnalyzedMention[] = []
    let before: string | undefined
    do {
      const page = await rt.store.listMentions({ workspaceId, from, to, limit: 500, before })
      found.push(...page.items)
      before = page.next
    } while (before !== undefined)
    return found.reverse() // oldest first
  }

  const observe = (state: WorkspaceDetection, mentions: readonly AnalyzedMention[]) => {
    const detected: DetectedAlert[] = []
    const owned = new Set(state.queries.map((q) => q.id))
    for (const m of mentions) {
      if (state.seen.has(m.id) || !m.analysis.queries.some((q) => owned.has(q))) continue
      state.seen.add(m.id)
      const t = m.createdAt.getTime()
      if (!(t <= state.newest)) state.newest = t
      detected.push(...state.detection.advance(m.createdAt))
      state.detection.observe(m)
    }
    return detected
  }

  /**
   * The batches a notice makes ready. When it is held back, the batch due may have been handled by the
   * previous holder after this one read the checkpoint (it was finishing the notices it had in hand): the
   * stored checkpoint then says the run is further on, and the run moves there; the workspace's detection is
   * rebuilt from the store, which holds the mentions that holder observed.
   */
  const takeInOrder = async (o: WorkspaceOrder, notice: AnalysedNotice) => {
    const ready = o.order.take(notice)
    const run = notice.order?.run
    if (ready.length > 0 || run === undefined) return ready
    return skipHandledElsewhere(notice.workspaceId, o, run)
  }

  /** The batches ready once a run with batches held back moves to where the stored checkpoint says it is. */
  const skipHandledElsewhere = async (workspaceId: string, o: WorkspaceOrder, run: string) => {
    const ours = o.order.place(run)
    if (!ours || ours.held.length === 0) return []
    const stored = (await readCheckpoint(workspaceId))?.runs.find((r) => r.run === run)
    if (!stored || stored.next <= ours.next) return []
    rt.log.info(
      { partition, workspace: workspaceId, run, from: ours.next, to: stored.next },
      'detect partition: batches handled by the previous holder, detection rebuilt from the store',
    )
    workspaces.delete(workspaceId)
    return o.order.skipTo(run, stored.next)
  }

  const observeBatches = async (workspaceId: string, batches: readonly NoticeBatch[]) => {
    const detected: DetectedAlert[] = []
    for (const batch of batches) {
      if (batch.mentions.length === 0) continue
      const known = workspaces.get(workspaceId)
      // a late batch before any: handled by the previous holder, in the store the rebuild reads
      if (known === undefined && batch.late) continue
      if (known === undefined) detected.push(...(await rebuild(workspaceId, batch.mentions)).alerts)
      else {
        await refreshQueries(workspaceId, known)
        detected.push(...observe(known, batch.mentions))
      }
    }
    return detected
  }

  const storeAlerts = async (detected: readonly DetectedAlert[]) => {
    const alerts = detected.map((a) => toAlert(a, rt.alertKey))
    stillHeld()
    for (const alert of alerts)
      if (await rt.store.addAlert(alert))
        rt.meter.count('alerts_raised_total', { severity: alert.severity, kind: alert.kind })
    return alerts
  }

  const stillHeld = () => {
    if (held?.aborted)
      throw new AppError('unavailable', `detect partition ${partition} is held by another worker now`)
  }

  // queries edited while the worker runs: new or changed ones start from their stored past
  const refreshQueries = async (workspaceId: string, state: WorkspaceDetection) => {
    if (Date.now() - state.checkedAt < rt.config.runner.reloadSeconds * 1000) return
    state.checkedAt = Date.now()
    const queries = await ownedQueries(workspaceId)
    const before = new Map(state.queries.map((q) => [q.id, q]))
    const changed = queries.filter((q) => !before.has(q.id) || !sameDefinition(before.get(q.id)!, q))
    if (changed.length === 0 && queries.length === state.queries.length) return
    state.detection.setQueries(queries)
    state.queries = queries
    const history = await readQueryHistory(rt.store, workspaceId, changed, rt.clock.now())
    for (const q of changed) state.detection.seed(q.id, history.get(q.id) ?? [])
  }

  return {
    async handle(notice) {
      stillHeld()
      const o = await orderOf(notice.workspaceId)
      const detected = await observeBatches(notice.workspaceId, await takeInOrder(o, notice))
      // a holder that lost the partition meanwhile writes nothing: the notice goes back to the bus, for the
      // new holder, and the checkpoint stays the new holder's
      const alerts = await storeAlerts(detected)
      // after the alerts: a holder stopped in between handles the notice again and stores them once
      stillHeld()
      if (notice.order) await saveCheckpoint(notice.workspaceId, o, notice.order.run)
      return alerts
    },
    async tick(now) {
      const raised: Alert[] = []
      // batches held back while the previous holder finished the ones awaited, and no notice came since
      for (const [workspaceId, o] of orders)
        for (const run of o.runs) {
          const ready = await skipHandledElsewhere(workspaceId, o, run)
          if (ready.length === 0) continue
          raised.push(...(await storeAlerts(await observeBatches(workspaceId, ready))))
          stillHeld()
          await saveCheckpoint(workspaceId, o, run)
        }
      const detected: DetectedAlert[] = []
      const to = now.getTime() - CLOCK_LATENESS_MS
      for (const state of workspaces.values())
        if (to > state.newest && to - state.newest <= LIVE_WITHIN_MS)
          detected.push(...state.detection.advance(new Date(to)))
      if (detected.length > 0) raised.push(...(await storeAlerts(detected)))
      return raised
    },
  }
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
