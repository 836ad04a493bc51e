const HOUR = 3_600_000

/** Smoothing weight of one step of `dt` for an exponential memory of half-life `halfLife`. */
export const weightOf = (dt: number, halfLife: number): number => 1 - 2 ** (-dt / halfLife)

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
  const slotsOf = (at: Date) => {
    const h = at.getUTCHours()
    return { h, w: at.getUTCDay() * 24 + h }
  }
  return {
    offsetAt(at: Date): number {
      const { h, w } = slotsOf(at)
      const trustWeek = Math.min(1, (weekN[w] ?? 0) / 24)
      return trustWeek * (week[w] ?? 0) + (1 - trustWeek) * (day[h] ?? 0)
    },
    /** Moves the slots of `at` toward `offset`: running means while a slot is young, then exponential memories. */
    learn(at: Date, offset: number, dt: number) {
      const { h, w } = slotsOf(at)
      dayN[h] = (dayN[h] ?? 0) + 1
      weekN[w] = (weekN[w] ?? 0) + 1
      const aDay = Math.max(weightOf(dt, halfLives.dayDays * HOUR), 1 / (dayN[h] ?? 1))
      const aWeek = Math.max(weightOf(dt, halfLives.weekWeeks * HOUR), 1 / (weekN[w] ?? 1))
      day[h] = (day[h] ?? 0) + aDay * (offset - (day[h] ?? 0))
      week[w] = (week[w] ?? 0) + aWeek * (offset - (week[w] ?? 0))
    },
  }
}
