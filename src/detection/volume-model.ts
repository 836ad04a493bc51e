import { createRecentMax } from './recent-max.ts'
import { VOLUME_Z_MIDPOINT, VolumeSettings } from './settings.ts'

/** What the volume model thinks of one interval's count. */
export interface VolumeReading {
  /** the count expected for this interval, from the recent level and the daily/weekly rhythm */
  expected: number
  /**
   * 0..1: how abnormally high the count is *and how new*: the deviation beyond the largest one of the
   * past `onsetMemoryHours`, so an anomaly scores at its onset and when it grows, not at every interval
   * it lasts (what a standalone volume alarm, and the NAB benchmark, want). Sensitivity applied.
   */
  score: number
  /** 0..1: how abnormally high the count is, for as long as it lasts (what the crisis scorer crosses) */
  level: number
  /** robust deviation in standard units (positive = more than expected) */
  z: number
  /** false while the model has seen less than `warmupHours` of history */
  warm: boolean
}

export interface VolumeModel {
  /** Scores `count` (mentions in the interval starting at `at`), then learns from it. Call in time order. */
  update(at: Date, count: number): VolumeReading
}

const HOUR = 3_600_000
const SLOPE = 1.6
/** Huber clip, in robust standard units, for what an outlier may teach the baseline. */
const CLIP = 2.5
const MIN_LOG_SCALE = 0.08

/** Smoothing weight of one step of `dt` for an exponential memory of half-life `halfLife`. */
const weightOf = (dt: number, halfLife: number) => 1 - 2 ** (-dt / halfLife)
const clip = (x: number, limit: number) => Math.max(-limit, Math.min(limit, x))
const logistic = (x: number) => 1 / (1 + Math.exp(-x))

/**
 * A robust baseline for counts per fixed interval: Holt-Winters-like in log space, with a recent
 * level, an hour-of-day profile and an hour-of-week profile (trusted as it fills). The deviation is
 * measured where counts have a stable spread (Anscombe's square root: ~1 for Poisson noise), divided
 * by the query's own over-dispersion, so 20 posts instead of 3 and 1,500 instead of 1,000 are both
 * judged fairly. Outliers are clipped and teach less, so a crisis does not become the new normal.
 */
export const createVolumeModel = (settings: Partial<VolumeSettings> = {}): VolumeModel => {
  const s = VolumeSettings.parse(settings)
  const zMid = VOLUME_Z_MIDPOINT[s.sensitivity]
  const day = new Float64Array(24)
  const dayN = new Float64Array(24)
  const week = new Float64Array(168)
  const weekN = new Float64Array(168)
  let level = Number.NaN
  let spread = 0.5
  let dispersion = 1
  let lastAt = Number.NaN
  let seen = 0
  let steps = 0
  const recent = createRecentMax(s.onsetMemoryHours * HOUR)

  const seasonOf = (h: number, w: number) => {
    const trustWeek = Math.min(1, (weekN[w] ?? 0) / 24)
    return trustWeek * (week[w] ?? 0) + (1 - trustWeek) * (day[h] ?? 0)
  }

  return {
    update(at, count) {
      const t = at.getTime()
      const dt = Number.isFinite(lastAt) && t > lastAt ? t - lastAt : s.intervalMinutes * 60_000
      lastAt = t
      const h = at.getUTCHours()
      const w = at.getUTCDay() * 24 + h
      const n = Math.max(0, count)
      const x = Math.log1p(n)
      const progress = s.warmupHours === 0 ? 1 : Math.min(1, seen / (s.warmupHours * HOUR))
      const coldPerInterval = (s.coldStartPerHour * dt) / HOUR
      const predicted = Number.isNaN(level) ? Math.log1p(coldPerInterval / 20) : level + seasonOf(h, w)
      const expected = Math.max(0, Math.expm1(predicted))

      const anscombe = 2 * (Math.sqrt(n + 0.375) - Math.sqrt(expected + 0.375))
      const z = anscombe / (Math.max(1, 1.2533 * dispersion) * (2 - progress))
      // A query with no history that is suddenly everywhere must still score: an absolute yardstick
      // that fades as the relative baseline becomes trustworthy.
      const cold = (1 - progress) * logistic(3 * Math.log(Math.max(n, 1e-9) / coldPerInterval))
      const persisting = Math.max(logistic(SLOPE * (z - zMid)), cold)
      const beyond = Math.max(0, z - Math.max(0, recent.before(t)))
      const score = Math.max(beyond ** 2 / (beyond ** 2 + zMid ** 2), cold)
      recent.push(t, z)

      // learn: running means while young, then exponential memories; an anomaly is clipped and teaches less
      steps += 1
      const logScale = Math.max(1.2533 * spread, MIN_LOG_SCALE)
      const residual = x - predicted
      const damp = progress >= 1 && z > zMid ? 0.2 : 1
      const taught = damp * (progress < 1 ? residual : clip(residual, CLIP * logScale))
      const aLevel = Math.max(weightOf(dt, s.levelHalfLifeHours * HOUR), 1 / (steps + 1))
      level = Number.isNaN(level) ? x : level + aLevel * taught
      const deseasoned = predicted + taught - level
      dayN[h] = (dayN[h] ?? 0) + 1
      weekN[w] = (weekN[w] ?? 0) + 1
      const aDay = Math.max(weightOf(dt, s.dayHalfLifeDays * HOUR), 1 / (dayN[h] ?? 1))
      const aWeek = Math.max(weightOf(dt, s.weekHalfLifeWeeks * HOUR), 1 / (weekN[w] ?? 1))
      day[h] = (day[h] ?? 0) + aDay * (deseasoned - (day[h] ?? 0))
      week[w] = (week[w] ?? 0) + aWeek * (deseasoned - (week[w] ?? 0))
      const aSpread = Math.max(weightOf(dt, s.levelHalfLifeHours * 2 * HOUR), 1 / (steps + 2))
      spread += aSpread * (Math.min(Math.abs(residual), CLIP * logScale) - spread)
      dispersion +=
        aSpread * (Math.min(Math.abs(anscombe), CLIP * Math.max(1, 1.2533 * dispersion)) - dispersion)
      seen += dt
      return { expected, score, level: persisting, z, warm: progress >= 1 }
    },
  }
}
