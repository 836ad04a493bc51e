import { AppError } from '../../core/index.ts'

/** A wall-clock time as written in a file, without a zone. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
}

/** The instant of a wall time read as UTC (years below 100 included, which `Date.UTC` would move to 19xx). */
export const utcOf = (w: WallTime): number => {
  const date = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond))
  date.setUTCFullYear(w.year)
  return date.getTime()
}

const formatters = new Map<string, Intl.DateTimeFormat>()

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** Throws an `invalid` AppError unless `timeZone` is an IANA name this Node knows (`Europe/Paris`, `UTC`). */
export const checkTimeZone = (timeZone: string): string => {
  try {
    formatterFor(timeZone)
    return timeZone
  } catch {
    throw new AppError(
      'invalid',
      `unknown time zone "${timeZone}": give an IANA name such as Europe/Paris, America/Montreal or UTC`,
    )
  }
}

/** The zone's offset from UTC at an instant, in milliseconds (Paris in winter: +3,600,000). */
const offsetAt = (instant: number, timeZone: string): number => {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  const asUtc = utcOf({
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: 0,
  })
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000))
}

const HOUR = 3_600_000

/**
 * The instant a wall-clock time names in a zone. When clocks go back, a time that happens twice is the
 * first one; when they go forward, a time that never happened is an error (the file cannot be right).
 */
export const zonedTimeToInstant = (
  wall: WallTime,
  timeZone: string,
): { ok: true; instant: number } | { ok: false; reason: string } => {
  const asUtc = utcOf(wall)
  const candidates = [offsetAt(asUtc - 24 * HOUR, timeZone), offsetAt(asUtc + 24 * HOUR, timeZone)]
    .map((offset) => asUtc - offset)
    .filter((instant) => instant + offsetAt(instant, timeZone) === asUtc)
  if (candidates.length === 0)
    return { ok: false, reason: `does not exist in ${timeZone} (the clocks skipped it that day)` }
  return { ok: true, instant: Math.min(...candidates) }
}
