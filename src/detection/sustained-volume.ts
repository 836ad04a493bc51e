/** What the last hour held against what the volume model expected, on the query's own scale for an hour. */
export interface SustainedReading {
  count: number
  expected: number
  /** Anscombe deviation divided by the query's usual deviation over such windows */
  z: number
  /** 0..1: `logistic(1.6·(z − zMidpoint))`, 0 below `minCount` */
  level: number
}

const anscombe = (x: number) => 2 * Math.sqrt(x + 3 / 8)
/** the usual deviation starts above Poisson's: an hour of real traffic clusters more than 12 buckets apart */
const PRIOR_DISPERSION = 1.5
const MIN_COUNT = 8

/**
 * A sparse stream shows a crisis as 20 posts in an hour where 3 were usual: a handful per bucket, nothing a
 * 5-minute bucket can tell from noise. This sums the counts and the model's expectations over
 * `windowBuckets` and judges the deviation against how much such windows usually deviate for this query (an
 * exponential memory of |z| over calm windows), so a bursty query does not alert on its ordinary hours.
 */
export const createSustainedVolume = (opts: {
  windowBuckets: number
  halfLifeBuckets: number
  zMidpoint: number
}) => {
  const decay = 2 ** (-1 / opts.halfLifeBuckets)
  const counts: number[] = []
  const expectations: number[] = []
  const state = { count: 0, expected: 0, dispersion: PRIOR_DISPERSION }
  const reading: SustainedReading = { count: 0, expected: 0, z: 0, level: 0 }
  return {
    /** Takes one closed bucket; the reading is overwritten at the next step. */
    step(count: number, expected: number): Readonly<SustainedReading> {
      counts.push(count)
      expectations.push(expected)
      state.count += count
      state.expected += expected
      if (counts.length > opts.windowBuckets) {
        state.count -= counts.shift() ?? 0
        state.expected -= expectations.shift() ?? 0
      }
      const raw = anscombe(state.count) - anscombe(Math.max(state.expected, 0))
      const z = raw / Math.max(1, state.dispersion)
      // an anomalous window does not teach the usual deviation (the crisis must not become the norm)
      if (Math.abs(z) < 3) state.dispersion = state.dispersion * decay + Math.abs(raw) * 1.2533 * (1 - decay)
      reading.count = state.count
      reading.expected = state.expected
      reading.z = z
      reading.level = state.count < MIN_COUNT ? 0 : 1 / (1 + Math.exp(-1.6 * (z - opts.zMidpoint)))
      return reading
    },
  }
}
