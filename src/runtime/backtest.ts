import {
  type BacktestAlert,
  type BacktestEvent,
  type BacktestScore,
  countQuietDays,
  scoreEvents,
} from '../benchmark/index.ts'
import { type BrandQuery, type Mention, systemClock } from '../core/index.ts'
import type { DetectedAlert, DetectionSettingsInput } from '../detection/index.ts'
import type { Connector } from '../sources/index.ts'
import { createDateWindow, type DateWindowSettings, DEFAULT_DATE_WINDOW } from './date-window.ts'
import { detectStream } from './detect-stream.ts'
import { createPipeline } from './pipelines.ts'
import { sortedByEventTime } from './replay.ts'

export interface BacktestInput {
  connector: Connector
  queries: readonly BrandQuery[]
  events: readonly BacktestEvent[]
  settings?: DetectionSettingsInput
  /** mentions dated outside it are left out, as ingest quarantines them (default: the config's defaults) */
  dates?: DateWindowSettings
}

/**
 * Replays history through analysis and detection with the given settings, in memory (nothing is stored),
 * and scores the alerts against the ground truth: recall, false alerts per week, delay per event.
 */
export const backtest = async (
  input: BacktestInput,
): Promise<{ score: BacktestScore; alerts: DetectedAlert[]; rejected: number; outOfWindow: number }> => {
  const pipeline = createPipeline({
    workspaceId: 'backtest',
    queries: input.queries,
    clock: systemClock,
    settings: input.settings,
  })
  const mentions: Mention[] = []
  let rejected = 0
  let outOfWindow = 0
  const implausible = createDateWindow(input.dates ?? DEFAULT_DATE_WINDOW, systemClock)
  for await (const item of sortedByEventTime(input.connector).read(undefined, new AbortController().signal)) {
    if ('rejected' in item) rejected++
    else if (implausible(item.mention)) outOfWindow++
    else mentions.push(item.mention)
  }
  const first = mentions[0]?.createdAt
  const last = mentions.at(-1)?.createdAt
  if (!first || !last) {
    const score = scoreEvents({ alerts: [], events: input.events, quietDays: 0 })
    return { score, alerts: [], rejected, outOfWindow }
  }
  const alerts = detectStream(pipeline, mentions, new Date(last.getTime() + 5 * 60_000))
  const quietDays = countQuietDays({
    start: first,
    end: last,
    queryIds: input.queries.map((q) => q.id),
    events: input.events,
  })
  const scored: BacktestAlert[] = alerts.map((a) => ({ at: a.at, queryId: a.queryId, severity: a.severity }))
  const score = scoreEvents({ alerts: scored, events: input.events, quietDays })
  return { score, alerts, rejected, outOfWindow }
}
