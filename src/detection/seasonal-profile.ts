const HOUR = 3_600_000

/** Smoothing weight of one step of `dt` for an exponential memory of half-life `halfLife`. */
export const weightOf = (dt: number, halfLife: number): number => 1 - 2 ** (-dt / halfLife)

/**
 * `weightOf` for one half-life, remembering the last step: consecutive buckets are one interval apart,
 * so the power is computed once per run instead of at every bucket (same inputs, same result).
 */
export const createStepWeight = (halfLife: number) => {
  let lastDt = Number.NaN
  let last = 0
  return (dt: number): number => {
    if (dt !== lastDt) {
      lastDt = dt
      last = weightOf(dt, halfLife)
    }
    return last
  }
}

const DAY = 24 * HOUR
/** floor modulo, so instants before 1970 land in the right slot too */
const mod = (x: number, n: number) => ((x % n) + n) % n
/** UTC hour of the day, as `Date#getUTCHours`, from epoch milliseconds (no Date per bucket) */
const hourOfDay = (t: number) => mod(Math.floor(t / HOUR), 24)
/** UTC hour of the week from Sunday, as `getUTCDay() * 24 + getUTCHours()`: 1970-01-01 was a Thursday */
const hourOfWeek = (t: number) => mod(Math.floor(t / DAY) + 4, 7) * 24 + hourOfDay(t)

/**
 * The daily and weekly rhythm of a series, as offsets (in log space) from its recent level: an
 * hour-of-day profile, and an hour-of-week profile trusted gradually (fully after 24 observations of
 * a slot: two weeks of 5-minute buckets), the daily one standing in until then. Hours are UTC.
 */
export const createSeasonalProfile = (halfLives: { dayDays: number; weekWeeks: number }) => {
  const day = new Float64Array(24)
  const dayN = new Float64Array(24)
  const week = new Float64Array(168)
  const weekN = new Float64Array(168)
  const dayWeight = createStepWeight(halfLives.dayDays * HOUR)
  const weekWeight = createStepWeight(halfLives.weekWeeks * HOUR)
  return {
    offsetAt(t: number): number {
      const h = hourOfDay(t)
      const w = hourOfWeek(t)
      const trustWeek = Math.min(1, (weekN[w] ?? 0) / 24)
      return trustWeek * (week[w] ?? 0) + (1 - trustWeek) * (day[h] ?? 0)
    },
    /** Moves the slots of `at` toward `offset`: running means while a slot is young, then exponential memories. */
    learn(t: number, offset: number, dt: number) {
      const h = hourOfDay(t)
      const w = hourOfWeek(t)
      dayN[h] = (dayN[h] ?? 0) + 1
      weekN[w] = (weekN[w] ?? 0) + 1
      const aDay = Math.max(dayWeight(dt), 1 / (dayN[h] ?? 1))
      const aWeek = Math.max(weekWeight(dt), 1 / (weekN[w] ?? 1))
      day[h] = (day[h] ?? 0) + aDay * (offset - (day[h] ?? 0))
      week[w] = (week[w] ?? 0) + aWeek * (offset - (week[w] ?? 0))
    },
  }
}
