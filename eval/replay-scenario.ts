/**
 * Replays a simulated stream causally through the product's own analysis and detection (default
 * settings), as `vigie replay` and the live pipeline do: detection is advanced to each mention's event
 * time before the mention is observed, then to the end of the run.
 */
import { createManualClock, type Mention } from '../src/core/index.ts'
import type { DetectedAlert, DetectionSettingsInput } from '../src/detection/index.ts'
import { createPipeline, detectStream } from '../src/runtime/index.ts'
import type { Simulation } from '../src/simulation/index.ts'

const WORKSPACE = 'eval'

/**
 * Engagement counters are removed (unless `keepFinalMetrics`), so detection judges a cascade only by the
 * reshares it sees in the stream, whatever a file's counters say.
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
  const mentions = options.keepFinalMetrics ? sim.mentions : sim.mentions.map(asFirstSeen)
  return detectStream(pipeline, mentions, new Date(sim.truth.end))
}
