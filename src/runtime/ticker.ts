import { raiseAlerts } from './alerting.ts'
import type { Runtime } from './runtime.ts'

/**
 * One live step: moves every workspace's detectors to its clock's "now" and raises what they found. A
 * workspace importing its backlog is left alone: its event time comes from the past mentions being read, and
 * moving it to "now" midway would pile the rest of the backlog into the current interval.
 */
export const tickDetection = async (rt: Runtime): Promise<number> => {
  let raised = 0
  for (const pipeline of rt.pipelines.all()) {
    if (pipeline.backfilling) continue
    const detected = pipeline.detection.advance(pipeline.clock.now())
    if (detected.length > 0) raised += (await raiseAlerts(rt, detected)).length
  }
  return raised
}

/**
 * Live detection: `tickDetection` every few seconds, so an interval closes (and a crisis is seen) even when
 * no new mention arrives to close it.
 */
export const startDetectionTicker = (rt: Runtime, everyMs = 2000): (() => void) => {
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      await tickDetection(rt)
    } catch (error) {
      rt.log.error({ error }, 'detection tick failed')
    } finally {
      running = false
    }
  }
  const timer = setInterval(tick, everyMs)
  timer.unref()
  return () => clearInterval(timer)
}
