import { createPeakRarity } from './recent-max.ts'
import { createReportMask } from './report-mask.ts'
import { createSeasonalProfile, createStepWeight } from './seasonal-profile.ts'
import { VOLUME_RARITY_MIDPOINT, VOLUME_Z_MIDPOINT, VolumeSettings } from './settings.ts'

/** What the volume model thinks of one interval's count. */
export interface VolumeReading {
  /** the count expected for this interval, from the recent level and the daily/weekly rhythm */
  expected: number
  /**
   * 0..1: how *rare and new* the deviation is for this query: non-zero only when `z` beats the largest
   * `z` of the past `onsetMemoryHours` (an onset or a growth, not every interval an anomaly lasts), and
   * then how far `z` stands above the query's usual 12-hour peaks, in their own spread. So one scale
   * fits a bursty query and a calm one (what a standalone volume alarm, and the NAB benchmark, want).
   * One report per event: for 12 hours after an onset scoring 0.5 or more, only an onset twice as rare
   * scores again.
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
  /**
   * Scores `count` (mentions in the interval starting at `at`, a Date or epoch milliseconds), then learns
   * from it. Call in time order.
   */
  update(at: Date | number, count: number): VolumeReading
  /** `update` without a new object: the reading returned is the model's own, overwritten at the next step */
  step(at: Date | number, count: number): Readonly<VolumeReading>
}

const HOUR = 3_600_000
const SLOPE = 1.6
/** Huber clip, in robust standard units, for what an outlier may teach the baseline. */
const CLIP = 2.5
const MIN_LOG_SCALE = 0.08
/**
 * Peaks are taken per block of 12 hours (UTC): a day's busy half and its quiet half. Quarter days (6 h)
 * scored 2.3–6.7 NAB points lower on realTweets at every history length tried (21, 30, 45 days).
 */
const PEAK_BLOCK = 12 * HOUR
/** The least spread of usual peaks: half a standard unit of `z`, and 10 % of the count. */
const MIN_Z_SPREAD = 0.5
const MIN_LOG_COUNT_SPREAD = 0.1
/** After a reported onset (rarity ≥ `rarityMid`), one peak block of silence unless the event becomes twice as rare. */
const REPORT_MASK = PEAK_BLOCK
const REPORT_GROWTH = 2

const clip = (x: number, limit: number) => Math.max(-limit, Math.min(limit, x))
const logistic = (x: number) => 1 / (1 + Math.exp(-x))

/**
 * A robust baseline for counts per fixed interval: Holt-Winters-like in log space, with a recent
 * level and a daily and weekly rhythm (`createSeasonalProfile`). The deviation is measured where
 * counts have a stable spread (Anscombe's square root: ~1 for Poisson noise), divided by the query's
 * own over-dispersion, so 20 posts instead of 3 and 1,500 instead of 1,000 are both judged fairly.
 * Outliers are clipped and teach less, so a crisis does not become the new normal.
 */
export const createVolumeModel = (settings: Partial<VolumeSettings> = {}): VolumeModel => {
  const s = VolumeSettings.parse(settings)
  const zMid = VOLUME_Z_MIDPOINT[s.sensitivity]
  const season = createSeasonalProfile({ dayDays: s.dayHalfLifeDays, weekWeeks: s.weekHalfLifeWeeks })
  const history = {
    memoryMs: s.onsetMemoryHours * HOUR,
    blockMs: PEAK_BLOCK,
    keep: Math.ceil((s.peakHistoryDays * 24 * HOUR) / PEAK_BLOCK),
  }
  // until the query has peaks of its own, its usual z peak is assumed at the level's midpoint
  const zPeaks = createPeakRarity({ ...history, prior: [zMid, zMid, zMid, zMid], minSpread: MIN_Z_SPREAD })
  const countPeaks = createPeakRarity({ ...history, prior: [], minSpread: MIN_LOG_COUNT_SPREAD })
  const rarityMid = VOLUME_RARITY_MIDPOINT[s.sensitivity]
  const mask = createReportMask({ maskMs: REPORT_MASK, minRarity: rarityMid, growth: REPORT_GROWTH })
  const levelWeight = createStepWeight(s.levelHalfLifeHours * HOUR)
  const spreadWeight = createStepWeight(s.levelHalfLifeHours * 2 * HOUR)
  // fields, not closure variables: V8 boxes each new float written to a closure variable (a heap
  // allocation at every bucket of every query), while it updates a number field in place
  const state = { level: Number.NaN, spread: 0.5, dispersion: 1, lastAt: Number.NaN, seen: 0, steps: 0 }
  // one reading, overwritten at every step (a reading per bucket was most of the detector's garbage)
  const reading = { expected: 0, score: 0, level: 0, z: 0, warm: false, anscombe: 0 }

  /** Scores `n` against `expected` into `reading`; `cold` is the absolute yardstick of a query with no history. */
  const judge = (n: number, expected: number, progress: number, coldPerInterval: number, t: number) => {
    const anscombe = 2 * (Math.sqrt(n + 0.375) - Math.sqrt(expected + 0.375))
    const z = anscombe / (Math.max(1, 1.2533 * state.dispersion) * (2 - progress))
    // a query with no history that is suddenly everywhere must still score: this fades with warm-up
    // once warm the yardstick weighs exactly 0: skip its log and exp (most buckets of a warm query)
    const cold =
      progress >= 1 ? 0 : (1 - progress) * logistic(3 * Math.log(Math.max(n, 1e-9) / coldPerInterval))
    reading.anscombe = anscombe
    reading.z = z
    reading.level = Math.max(logistic(SLOPE * (z - zMid)), cold)
    reading.score = Math.max(rarityOf(t, z, n), cold)
  }

  /**
   * An onset (`z` and the count both the highest of the past `onsetMemoryHours`), rated by the lesser of
   * two rarities against the query's usual 12-hour peaks: of `z` (unexpected for the hour) and of the
   * count in log space (large for this query), then masked after a report (`createReportMask`).
   * 0..1, 0.5 at `rarityMid` spreads; never saturates.
   */
  const rarityOf = (t: number, z: number, n: number) => {
    const byZ = zPeaks.judgeInPlace(t, z)
    const byCount = countPeaks.judgeInPlace(t, Math.log1p(n))
    if (!byZ.onset || !byCount.onset) return 0
    const u = mask.pass(t, Math.min(byZ.rarity, byCount.rarity))
    return u ** 2 / (u ** 2 + rarityMid ** 2)
  }

  /** Running means while young, then exponential memories; an anomaly is clipped and teaches less. */
  const learn = (t: number, x: number, predicted: number, progress: number, dt: number) => {
    const r = reading
    state.steps += 1
    const logScale = Math.max(1.2533 * state.spread, MIN_LOG_SCALE)
    const residual = x - predicted
    const damp = progress >= 1 && r.z > zMid ? 0.2 : 1
    const taught = damp * (progress < 1 ? residual : clip(residual, CLIP * logScale))
    const aLevel = Math.max(levelWeight(dt), 1 / (state.steps + 1))
    state.level = Number.isNaN(state.level) ? x : state.level + aLevel * taught
    season.learn(t, predicted + taught - state.level, dt)
    const aSpread = Math.max(spreadWeight(dt), 1 / (state.steps + 2))
    state.spread += aSpread * (Math.min(Math.abs(residual), CLIP * logScale) - state.spread)
    const dispersionCap = CLIP * Math.max(1, 1.2533 * state.dispersion)
    state.dispersion += aSpread * (Math.min(Math.abs(r.anscombe), dispersionCap) - state.dispersion)
    state.seen += dt
  }

  const step = (at: Date | number, count: number): Readonly<VolumeReading> => {
    const t = typeof at === 'number' ? at : at.getTime()
    const dt =
      Number.isFinite(state.lastAt) && t > state.lastAt ? t - state.lastAt : s.intervalMinutes * 60_000
    state.lastAt = t
    const n = Math.max(0, count)
    const progress = s.warmupHours === 0 ? 1 : Math.min(1, state.seen / (s.warmupHours * HOUR))
    const coldPerInterval = (s.coldStartPerHour * dt) / HOUR
    const predicted = Number.isNaN(state.level)
      ? Math.log1p(coldPerInterval / 20)
      : state.level + season.offsetAt(t)
    const expected = Math.max(0, Math.expm1(predicted))
    judge(n, expected, progress, coldPerInterval, t)
    learn(t, Math.log1p(n), predicted, progress, dt)
    reading.expected = expected
    reading.warm = progress >= 1
    return reading
  }

  return {
    update(at, count) {
      const r = step(at, count)
      return { expected: r.expected, score: r.score, level: r.level, z: r.z, warm: r.warm }
    },
    step,
  }
}
