import type { Mention } from '../core/index.ts'
import type { DetectedAlert } from '../detection/index.ts'
import type { Pipeline } from './pipelines.ts'

/**
 * Analyses and detects mentions in event-time order, in memory (nothing is stored): what backtests and
 * evaluations replay. Detection moves to each mention's time before observing it, then to `end`.
 */
export const detectStream = (pipeline: Pipeline, mentions: Iterable<Mention>, end: Date): DetectedAlert[] => {
  const alerts: DetectedAlert[] = []
  for (const mention of mentions) {
    alerts.push(...pipeline.detection.advance(mention.createdAt))
    const result = pipeline.analyze(mention)
    if (result.kind !== 'ok') continue
    pipeline.remember([result.mention]) // as ingest does once a mention is stored
    pipeline.detection.observe(result.mention)
  }
  alerts.push(...pipeline.detection.advance(end))
  return alerts
}
