import { raiseAlerts } from './alerting.ts'
import type { Runtime } from './runtime.ts'

/**
 * Live detection: moves every workspace's detectors to its clock's "now" every few seconds, so an interval
 * closes (and a crisis is seen) even when no new mention arrives to close it.
 */
export const startDetectionTicker = (rt: Runtime, everyMs = 2000): (() => void) => {
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      for (const pipeline of rt.pipelines.all()) {
        const detected = pipeline.detection.advance(pipeline.clock.now())
        if (detected.length > 0) await raiseAlerts(rt, detected)
      }
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
