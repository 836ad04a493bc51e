/** the hours over which detection judges a crisis that builds slowly (volume and tone) */
export const SLOW_WINDOW_HOURS = 6

/** What the last hours held against what the same hours of the day usually hold. */
export interface SeasonalReading {
  /** the counted posts in the window */
  count: number
  /** what the same hours of previous days held, on average */
  expected: number
  /** Anscombe deviation divided by the query's usual deviation over such windows */
  z: number
  /** 0..1: `logistic(1.6·(z − zMidpoint))`; 0 below `minCount` or before `warmupDays` of history */
  level: number
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const anscombe = (x: number) => 2 * Math.sqrt(Math.max(x, 0) + 3 / 8)
const hourOfDay = (t: number) => ((Math.floor(t / HOUR) % 24) + 24) % 24
/** an hour of many windows clusters more than Poisson: the usual deviation starts there */
const PRIOR_DISPERSION = 1.5
/** windows standing this far out teach neither the hours' means nor the usual deviation */
const ANOMALY_Z = 2

/**
 * A crisis that builds over a day or more (a defect reported a little more every hour, a new subject that
 * crowds out the usual talk) never makes one bucket, nor one hour, stand out: each is a little worse than the
 * last, and a baseline that follows the recent level learns it as it comes. This compares the last
 * `windowHours` with the same hours of previous days: for each hour of the day (UTC), an exponential memory
 * (half-life `halfLifeDays`) of the count per bucket, learnt only from windows that do not stand out (an
 * anomalous window teaches at most what was expected), so days of a slow crisis do not become its norm. The
 * deviation is judged against how much such windows usually deviate for this query.
 */
export const createSeasonalSurge = (opts: {
  bucketMs: number
  windowHours: number
  halfLifeDays: number
  zMidpoint: number
  /** fewer counted posts than this in the window is anecdote */
  minCount: number
  /** days of history before the reading counts */
  warmupDays: number
}) => {
  const windowBuckets = Math.max(1, Math.round((opts.windowHours * HOUR) / opts.bucketMs))
  const perDay = DAY / opts.bucketMs
  // a slot learns once per bucket of its hour: its half-life in steps of that slot
  const slotDecay = 2 ** (-1 / (opts.halfLifeDays * (perDay / 24)))
  const windowDecay = 2 ** (-1 / (opts.halfLifeDays * perDay))
  const mean = new Float64Array(24)
  const weight = new Float64Array(24)
  // the window's counts and expectations in a ring (a push and a shift per bucket moved the whole window)
  const counts = new Float64Array(windowBuckets)
  const expectations = new Float64Array(windowBuckets)
  const state = {
    count: 0,
    expected: 0,
    dispersion: PRIOR_DISPERSION,
    first: Number.NaN,
    overall: 0,
    n: 0,
    filled: 0,
    next: 0,
  }
  const reading: SeasonalReading = { count: 0, expected: 0, z: 0, level: 0 }
  /** the hour's usual count per bucket; an hour not yet seen borrows the mean of all hours */
  const expectedAt = (h: number) => {
    const w = weight[h] ?? 0
    const overall = state.n > 0 ? state.overall : 0
    return (w * (mean[h] ?? 0) + overall) / (w + 1)
  }
  return {
    /** Takes one closed bucket starting at `start` (epoch ms) and its count; the reading is overwritten at the next step. */
    step(start: number, count: number): Readonly<SeasonalReading> {
      if (Number.isNaN(state.first)) state.first = start
      const h = hourOfDay(start)
      const expected = expectedAt(h)
      state.count += count
      state.expected += expected
      // the oldest bucket leaves once the window is full: it sits where the new one goes
      const slot = state.next
      if (state.filled === windowBuckets) {
        state.count -= counts[slot]!
        state.expected -= expectations[slot]!
      } else state.filled += 1
      counts[slot] = count
      expectations[slot] = expected
      state.next = slot + 1 === windowBuckets ? 0 : slot + 1
      const raw = anscombe(state.count) - anscombe(state.expected)
      const z = raw / Math.max(1, state.dispersion)
      const full = state.filled >= windowBuckets
      // the first days are the history: they teach whatever they hold
      const warm = start - state.first >= opts.warmupDays * DAY
      // then an anomalous window teaches at most what was expected, and not the usual deviation
      const taught = warm && z > ANOMALY_Z ? Math.min(count, expected) : count
      weight[h] = (weight[h] ?? 0) * slotDecay + 1
      mean[h] = (mean[h] ?? 0) + (taught - (mean[h] ?? 0)) / (weight[h] ?? 1)
      state.n += 1
      state.overall += (taught - state.overall) / Math.min(state.n, opts.halfLifeDays * perDay)
      if (full && (!warm || Math.abs(z) < ANOMALY_Z + 1))
        state.dispersion = state.dispersion * windowDecay + Math.abs(raw) * 1.2533 * (1 - windowDecay)
      reading.count = state.count
      reading.expected = state.expected
      reading.z = z
      reading.level =
        !warm || !full || state.count < opts.minCount ? 0 : 1 / (1 + Math.exp(-1.6 * (z - opts.zMidpoint)))
      return reading
    },
  }
}
