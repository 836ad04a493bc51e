/**
 * Replays a simulated stream causally through the product's own analysis and detection (default
 * settings), as `vigie replay` and the live pipeline do: detection is advanced to each mention's event
 * time before the mention is observed, then to the end of the run.
 */
import { createManualClock, type Mention } from '../src/core/index.ts'
import type { DetectedAlert, DetectionSettingsInput } from '../src/detection/index.ts'
import { createPipeline } from '../src/runtime/index.ts'
import type { Simulation } from '../src/simulation/index.ts'

const WORKSPACE = 'eval'

/**
 * The simulator writes each post's engagement counters as seen at the *end* of the run; a live
 * collector sees a fresh post with almost none. Replaying them would let detection read a cascade's
 * final size from its first post, so they are removed unless `keepFinalMetrics` asks for the leak.
 */
const asFirstSeen = (m: Mention): Mention => {
  if (!m.metrics) return m
  const { metrics: _final, ...rest } = m
  return rest
}

export interface ReplayOptions {
  keepFinalMetrics?: boolean
  /** detection settings to try instead of the defaults (what-if runs) */
  settings?: DetectionSettingsInput
}

export const replayScenario = (sim: Simulation, options: ReplayOptions = {}): DetectedAlert[] => {
  const queries = sim.truth.queries.map((q) => ({ ...q, workspaceId: WORKSPACE }))
  const clock = createManualClock(new Date(sim.truth.start))
  const settings = options.settings ? { settings: options.settings } : {}
  const pipeline = createPipeline({ workspaceId: WORKSPACE, queries, clock, ...settings })
  const alerts: DetectedAlert[] = []
  for (const mention of sim.mentions) {
    clock.set(mention.createdAt)
    alerts.push(...pipeline.detection.advance(mention.createdAt))
    const result = pipeline.analyze(options.keepFinalMetrics ? mention : asFirstSeen(mention))
    if (result.kind !== 'ok') continue
    pipeline.remember([result.mention]) // as the runtime does once a mention is stored
    pipeline.detection.observe(result.mention)
  }
  alerts.push(...pipeline.detection.advance(new Date(sim.truth.end)))
  return alerts
}
