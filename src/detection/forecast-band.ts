import type { CascadeEvent } from './forecast-cascade.ts'

/** How far a forecast made an hour in may miss: final / forecast, low and high. */
export interface ForecastBand {
  low: number
  high: number
  /** completed cascades behind it (0: the default band) */
  cascades: number
}

/**
 * Until a query has completed this many cascades its band is the default one: the 10th and 90th
 * percentiles of final / forecast on the simulator's test cascades (eval/virality.eval.ts, forecaster fitted
 * on other seeds) widened by half, since real cascades are less regular than simulated ones.
 */
export const MIN_BAND_HISTORY = 20
export const DEFAULT_BAND: ForecastBand = { low: 0.75, high: 1.5, cascades: 0 }
const KEPT = 200

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!

/**
 * Learns a query's forecast band from its own completed cascades: the forecast an hour after the original
 * (as it would have been made then) against the final count, over the last 200 cascades.
 */
export const createForecastBand = (forecastAt: (events: readonly CascadeEvent[], now: Date) => number) => {
  const ratios: number[] = []
  let band = DEFAULT_BAND
  return {
    complete(events: readonly CascadeEvent[], final: number) {
      const first = events[0]
      if (!first) return
      const now = new Date(first.at.getTime() + 3_600_000)
      const seen = events.filter((e) => e.at.getTime() <= now.getTime())
      // a cascade with no reshare yet at an hour was never forecast: it says nothing of the forecast's error
      if (seen.length < 2 || final < 10) return
      ratios.push(Math.max(final, 1) / Math.max(forecastAt(seen, now), 1))
      if (ratios.length > KEPT) ratios.shift()
      if (ratios.length < MIN_BAND_HISTORY) return
      const sorted = [...ratios].sort((a, b) => a - b)
      band = { low: quantile(sorted, 0.1), high: quantile(sorted, 0.9), cascades: ratios.length }
    },
    band: (): ForecastBand => band,
  }
}
