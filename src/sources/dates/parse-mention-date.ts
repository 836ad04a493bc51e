import { utcOf, type WallTime, zonedTimeToInstant } from './zoned-time.ts'

export type DateResult = { ok: true; date: Date } | { ok: false; reason: string; kind: string }

export interface DateOptions {
  /** IANA zone for times written without one (default UTC); see `checkTimeZone` */
  timeZone?: string | undefined
}

/** The forms a mention's date may take, as said to a user whose date was refused. */
export const ACCEPTED_DATE_FORMS =
  'ISO 8601 with a time (2026-03-02T08:15:00Z, 2026-03-02 09:15:00+01:00, or without a zone: UTC unless ' +
  '--timezone says otherwise), Unix seconds or milliseconds (1772439300), or RFC 2822 / Twitter ' +
  '(Mon, 02 Mar 2026 08:15:00 +0000, Mon Mar 02 08:15:00 +0000 2026)'

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(?: ?([Zz]|[+-]\d{2}(?::?\d{2})?))?$/
const MONTH_NAMES =
  'January February March April May June July August September October November December'.split(' ')
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const DAY = '(?:mon|tue|wed|thu|fri|sat|sun)'
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)'
const RFC_2822 = new RegExp(
  `^(?:${DAY},?\\s+)?(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\s+(\\d{2}):(\\d{2})(?::(\\d{2}))?\\s+([+-]\\d{4}|gmt|ut|utc|z)$`,
  'i',
)
const TWITTER_V1 = new RegExp(
  `^${DAY}\\s+${MONTH}\\s+(\\d{1,2})\\s+(\\d{2}):(\\d{2}):(\\d{2})\\s+([+-]\\d{4})\\s+(\\d{4})$`,
  'i',
)
const UNIX = /^\d+(?:\.\d+)?$/

const refuse = (kind: string, reason: string): DateResult => ({ ok: false, kind, reason })
const notAForm = (shown: string) =>
  refuse(
    'createdAt: not an accepted date form',
    `"${shown}" is not a date in an accepted form: ${ACCEPTED_DATE_FORMS}`,
  )

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const daysIn = (year: number, month: number) =>
  month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31

/** The problem with a wall time's fields, if any (2026-02-30, 25:00). */
const impossible = (w: WallTime): string | undefined => {
  if (w.month < 1 || w.month > 12) return `month ${w.month} does not exist`
  const days = daysIn(w.year, w.month)
  if (w.day < 1 || w.day > days) return `${MONTH_NAMES[w.month - 1]} ${w.year} has ${days} days`
  if (w.hour > 23 || w.minute > 59 || w.second > 59) return 'the time of day is out of range'
  return undefined
}

/** `+01:00`, `+0100`, `+01`, `Z`, `GMT` → minutes east of UTC; undefined when the text is no zone. */
const offsetMinutes = (zone: string): number | undefined => {
  if (/^(z|gmt|ut|utc)$/i.test(zone)) return 0
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)
  if (!m) return undefined
  const hours = Number(m[2])
  const minutes = Number(m[3] ?? 0)
  if (hours > 23 || minutes > 59) return undefined
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes)
}

const fromWall = (shown: string, wall: WallTime, zone: string | undefined, o: DateOptions): DateResult => {
  const problem = impossible(wall)
  if (problem) return refuse('createdAt: impossible date', `"${shown}" is not a real date (${problem})`)
  if (zone !== undefined) {
    const offset = offsetMinutes(zone)
    if (offset === undefined)
      return refuse('createdAt: bad time zone offset', `"${shown}" has a bad offset "${zone}"`)
    return { ok: true, date: new Date(utcOf(wall) - offset * 60_000) }
  }
  if (o.timeZone === undefined || o.timeZone === 'UTC') return { ok: true, date: new Date(utcOf(wall)) }
  const zoned = zonedTimeToInstant(wall, o.timeZone)
  return zoned.ok
    ? { ok: true, date: new Date(zoned.instant) }
    : refuse('createdAt: time skipped by a clock change', `"${shown}" ${zoned.reason}`)
}

const fromIso = (text: string, o: DateOptions): DateResult | undefined => {
  const m = ISO.exec(text)
  if (!m) return undefined
  if (m[4] === undefined)
    return refuse(
      'createdAt: no time of day',
      `"${text}" has no time of day; Vigie needs when the post was published`,
    )
  const wall: WallTime = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6] ?? 0),
    millisecond: Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000),
  }
  return fromWall(text, wall, m[8], o)
}

const fromRfc2822 = (text: string, o: DateOptions): DateResult | undefined => {
  const rfc = RFC_2822.exec(text)
  const twitter = rfc ? undefined : TWITTER_V1.exec(text)
  if (rfc) {
    const [, day, month, year, hour, minute, second, zone] = rfc
    return fromWall(text, wallOf(year, month, day, hour, minute, second), zone, o)
  }
  if (twitter) {
    const [, month, day, hour, minute, second, zone, year] = twitter
    return fromWall(text, wallOf(year, month, day, hour, minute, second), zone, o)
  }
  return undefined
}

const wallOf = (...[year, month, day, hour, minute, second]: (string | undefined)[]): WallTime => ({
  year: Number(year),
  month: MONTHS.indexOf(String(month).toLowerCase()) + 1,
  day: Number(day),
  hour: Number(hour),
  minute: Number(minute),
  second: Number(second ?? 0),
  millisecond: 0,
})

/** Seconds below 10¹¹ (until the year 5138), milliseconds above; anything before 1973 is no Unix time. */
const fromUnix = (value: number, shown: string): DateResult => {
  if (!Number.isFinite(value) || value < 1e8 || value >= 1e14)
    return refuse(
      'createdAt: not a Unix time',
      `${shown} is not a Unix time in seconds or milliseconds (a bare year or a small count is not a date): ${ACCEPTED_DATE_FORMS}`,
    )
  return { ok: true, date: new Date(Math.round(value < 1e11 ? value * 1000 : value)) }
}

/**
 * Reads a mention's date in one of the documented forms only (`ACCEPTED_DATE_FORMS`), the same on every
 * machine: a time written without a zone is UTC, or the zone in `options.timeZone`, never the process's.
 * Impossible dates (2026-02-30) and ambiguous forms (03/02/2026) are refused with the reason.
 */
export const parseMentionDate = (value: unknown, options: DateOptions = {}): DateResult => {
  if (typeof value === 'number') return fromUnix(value, String(value))
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? notAForm(String(value)) : { ok: true, date: value }
  if (typeof value !== 'string')
    return refuse('createdAt: not a date', `expected a date, got ${typeof value}`)
  const text = value.trim()
  if (UNIX.test(text)) return fromUnix(Number(text), `"${text}"`)
  return fromIso(text, options) ?? fromRfc2822(text, options) ?? notAForm(text)
}
