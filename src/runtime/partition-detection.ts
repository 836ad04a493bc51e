import { createSeenSet, type SeenSet } from '../analysis/index.ts'
import type { Alert, AnalyzedMention, BrandQuery } from '../core/index.ts'
import {
  createDetection,
  type DetectedAlert,
  type Detection,
  DetectionSettings,
  sameDefinition,
} from '../detection/index.ts'
import { toAlert } from './alerting.ts'
import { type AnalysedNotice, partitionOf } from './detect-partitions.ts'
import { createNoticeOrder } from './notice-order.ts'
import type { Runtime } from './runtime.ts'
import { readQueryHistory } from './seed-history.ts'

/** Mention ids a workspace's detection remembers having observed (seeded, replayed or live). */
const SEEN = 500_000

interface WorkspaceDetection {
  detection: Detection
  queries: readonly BrandQuery[]
  seen: SeenSet
  checkedAt: number
}

/** The detection of one partition's brand queries, workspace by workspace, in a detect worker. */
export interface PartitionDetection {
  /** Observes a notice's mentions (each once), stores the alerts they raise once, and returns those alerts. */
  handle(notice: AnalysedNotice): Promise<Alert[]>
}

/**
 * A partition's detection, rebuilt from the store the first time a workspace's mentions arrive (this process
 * just took the partition, or the workspace is new to it): every query is seeded with its stored past before
 * the bucket of the notice's oldest mention (alerts discarded: they were raised when it happened), then the
 * stored mentions from that bucket on are replayed with alerts kept; from then on, the notices' mentions not
 * yet observed. An alert raised again (the previous holder raised it before it stopped) has the same id and
 * is stored once (`Store.addAlert`).
 */
export const createPartitionDetection = (rt: Runtime, partition: number): PartitionDetection => {
  const workspaces = new Map<string, WorkspaceDetection>()
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
    }
    const intervalMs = settings.intervalMinutes * 60_000
    const oldest = first.reduce((t, m) => Math.min(t, m.createdAt.getTime()), rt.clock.now().getTime())
    const cut = new Date(Math.floor(oldest / intervalMs) * intervalMs)
    const history = await readQueryHistory(rt.store, workspaceId, queries, cut)
    for (const q of queries) {
      const past = history.get(q.id) ?? []
      state.detection.seed(q.id, past)
      for (const m of past) state.seen.add(m.id)
    }
    // up to the batch's newest mention: later batches stored already come in order through their notices
    const newest = first.reduce((t, m) => Math.max(t, m.createdAt.getTime()), 0)
    const stored = await storedBetween(workspaceId, cut, new Date(newest + 1))
    const alerts = [...observe(state, stored), ...observe(state, first)]
    workspaces.set(workspaceId, state)
    return { state, alerts }
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
      detected.push(...state.detection.advance(m.createdAt))
      state.detection.observe(m)
    }
    return detected
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

  const inOrder = createNoticeOrder()
  return {
    async handle(notice) {
      const detected: DetectedAlert[] = []
      for (const mentions of inOrder(notice)) {
        if (mentions.length === 0) continue
        const known = workspaces.get(notice.workspaceId)
        if (known === undefined) detected.push(...(await rebuild(notice.workspaceId, mentions)).alerts)
        else {
          await refreshQueries(notice.workspaceId, known)
          detected.push(...observe(known, mentions))
        }
      }
      const alerts = detected.map((a) => toAlert(a, rt.alertKey))
      for (const alert of alerts)
        if (await rt.store.addAlert(alert))
          rt.meter.count('alerts_raised_total', { severity: alert.severity, kind: alert.kind })
      return alerts
    },
  }
}
