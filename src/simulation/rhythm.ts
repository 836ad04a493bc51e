/**
 * When people post, in the audience's local time (Europe/Paris, daylight saving included): a night
 * trough around 4h, peaks at lunch and in the evening, weekends about a third quieter for brand talk.
 */
const HOURLY = [
  0.3, 0.18, 0.1, 0.07, 0.07, 0.12, 0.3, 0.65, 1.0, 1.2, 1.3, 1.3, 1.35, 1.25, 1.2, 1.15, 1.15, 1.25, 1.35,
  1.45, 1.55, 1.45, 1.1, 0.65,
]
const HOURLY_MEAN = HOURLY.reduce((a, b) => a + b, 0) / HOURLY.length
export const WEEKEND_FACTOR = 0.65
const HOUR_MS = 3_600_000

const parisFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: 'numeric',
  hourCycle: 'h23',
  weekday: 'short',
})

export interface LocalTime {
  hour: number
  weekend: boolean
  /** 0 for Monday ... 6 for Sunday */
  weekday: number
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

const localCache = new Map<number, LocalTime>()

/** The Paris hour and whether it is Saturday or Sunday (cached per UTC hour: Intl is slow). */
export const parisTime = (ms: number): LocalTime => {
  const key = Math.floor(ms / HOUR_MS)
  const cached = localCache.get(key)
  if (cached) return cached
  const parts = parisFormat.formatToParts(new Date(key * HOUR_MS))
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0)
  const weekday = parts.find((p) => p.type === 'weekday')?.value ?? ''
  const local = { hour, weekend: weekday === 'Sat' || weekday === 'Sun', weekday: WEEKDAYS.indexOf(weekday) }
  if (localCache.size > 50_000) localCache.clear()
  localCache.set(key, local)
  return local
}

/** The Paris curve, each hour relative to the day's mean (for profiles that reshape it). */
export const PARIS_HOURLY: readonly number[] = HOURLY.map((h) => h / HOURLY_MEAN)

/** Relative posting activity at a moment: 1 is an average weekday hour. */
export const activityAt = (ms: number): number => {
  const { hour, weekend } = parisTime(ms)
  return ((HOURLY[hour] ?? 1) / HOURLY_MEAN) * (weekend ? WEEKEND_FACTOR : 1)
}

/** Business hours of a brand's support desk (8h-20h, Paris), every day. */
export const isSupportOpen = (ms: number): boolean => {
  const { hour } = parisTime(ms)
  return hour >= 8 && hour < 20
}
