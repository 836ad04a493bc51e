import type { Alert, BrandQuery, Mention } from '../core/index.ts'
import type { Connector, SourceItem } from '../sources/index.ts'
import { raiseAlerts } from './alerting.ts'
import { type IngestSummary, ingest } from './ingest.ts'
import type { Runtime } from './runtime.ts'
import { saveBrandQuery } from './save-brand-query.ts'

export interface ReplayInput {
  rt: Runtime
  connector: Connector
  sourceKey: string
  workspaceId: string
  query: BrandQuery
  /** 'max' replays as fast as possible; N replays N event-time seconds per wall-clock second */
  speed: 'max' | number
  /** the language alert sentences are written in (the workspace's; English by default) */
  language?: 'fr' | 'en'
  onAlert?: (alert: Alert) => void
  onBatch?: (summary: IngestSummary) => void
}

/**
 * Streams a file through the full pipeline in event-time order: analysis, store, detection, alerts.
 * The input is sorted by `createdAt` first (files are not always in order), which holds it in memory.
 */
export const replay = async (input: ReplayInput): Promise<IngestSummary & { alertsRaised: Alert[] }> => {
  const { rt, workspaceId } = input
  await rt.store.upsertWorkspace({
    id: workspaceId,
    name: workspaceId,
    createdAt: new Date(0),
    language: input.language ?? 'en',
  })
  await saveBrandQuery(rt, input.query)
  const pipeline = await rt.pipelines.get(workspaceId)
  const alertsRaised: Alert[] = []
  const unsubscribe = rt.hub.subscribe(workspaceId, (alert) => {
    alertsRaised.push(alert)
    input.onAlert?.(alert)
  })
  let last: Date | undefined
  try {
    const summary = await ingest({
      rt,
      workspaceId,
      connector: sortedByEventTime(input.connector),
      sourceKey: input.sourceKey,
      fromStart: true,
      detect: true,
      pace: createPacer(input.speed, (m) => {
        last = m.createdAt
      }),
      flushEachMention: input.speed !== 'max',
      onBatch: input.onBatch,
    })
    // close the last interval so a crisis at the very end of the file is still seen
    if (last) await raiseAlerts(rt, pipeline.detection.advance(new Date(last.getTime() + 5 * 60_000)))
    return { ...summary, alerts: alertsRaised.length, alertsRaised }
  } finally {
    unsubscribe()
  }
}

/** Yields rejections first, then mentions sorted by event time (stable for equal times). */
export const sortedByEventTime = (connector: Connector): Connector => ({
  kind: connector.kind,
  async *read(cursor, signal) {
    const mentions: Extract<SourceItem, { mention: Mention }>[] = []
    for await (const item of connector.read(cursor, signal)) {
      if ('rejected' in item) yield item
      else mentions.push(item)
    }
    mentions.sort((a, b) => a.mention.createdAt.getTime() - b.mention.createdAt.getTime())
    yield* mentions
  },
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits between mentions so event time runs `speed` times faster than the wall clock. */
export const createPacer = (speed: 'max' | number, seen: (m: Mention) => void) => {
  let origin: { event: number; wall: number } | undefined
  return async (m: Mention) => {
    seen(m)
    if (speed === 'max') return
    const event = m.createdAt.getTime()
    origin ??= { event, wall: Date.now() }
    const due = origin.wall + (event - origin.event) / speed
    const wait = due - Date.now()
    if (wait > 5) await sleep(wait)
  }
}
