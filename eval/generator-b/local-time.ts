// Local wall-clock time for the few zones the profiles use. Why hand-written
// DST rules: deterministic and independent of the ICU data of the machine.

export type TimeZone = 'Europe/Paris' | 'America/New_York' | 'Asia/Singapore' | 'Asia/Tokyo'

export interface LocalTime {
  year: number
  month: number // 1-12
  day: number // 1-31
  hour: number // 0-23
  minute: number
  /** 0 = Monday ... 6 = Sunday */
  weekday: number
  /** days since 1970-01-01 in local time, a stable day key */
  dayIndex: number
}

const HOUR = 3600_000
const DAY = 24 * HOUR

/** UTC ms of the n-th (1-based) or last (n = -1) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1))
    const shift = (weekday - first.getUTCDay() + 7) % 7
    return Date.UTC(year, month - 1, 1 + shift + 7 * (n - 1))
  }
  const last = new Date(Date.UTC(year, month, 0))
  const shift = (last.getUTCDay() - weekday + 7) % 7
  return Date.UTC(year, month, -shift)
}

/** Offset from UTC in hours at instant t. */
export function utcOffset(t: number, tz: TimeZone): number {
  const year = new Date(t).getUTCFullYear()
  switch (tz) {
    case 'Europe/Paris': {
      const from = nthWeekday(year, 3, 0, -1) + 1 * HOUR
      const to = nthWeekday(year, 10, 0, -1) + 1 * HOUR
      return t >= from && t < to ? 2 : 1
    }
    case 'America/New_York': {
      const from = nthWeekday(year, 3, 0, 2) + 7 * HOUR
      const to = nthWeekday(year, 11, 0, 1) + 6 * HOUR
      return t >= from && t < to ? -4 : -5
    }
    case 'Asia/Singapore':
      return 8
    case 'Asia/Tokyo':
      return 9
  }
}

export function localTime(t: number, tz: TimeZone): LocalTime {
  const shifted = t + utcOffset(t, tz) * HOUR
  const d = new Date(shifted)
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: (d.getUTCDay() + 6) % 7,
    dayIndex: Math.floor(shifted / DAY),
  }
}

/** UTC instant of a local wall-clock time (good to the hour around DST changes). */
export function fromLocal(year: number, month: number, day: number, hour: number, tz: TimeZone): number {
  const guess = Date.UTC(year, month - 1, day, hour)
  return guess - utcOffset(guess, tz) * HOUR
}

export function isoUtc(t: number): string {
  return new Date(Math.floor(t / 1000) * 1000).toISOString().replace('.000Z', 'Z')
}

export { DAY, HOUR }
