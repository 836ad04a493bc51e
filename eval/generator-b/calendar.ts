// Public holidays and commercial seasons. Why: real volume follows the
// calendar (sales days double a retailer, Christmas empties a B2B stream), and
// a detector must not mistake those known swings for a crisis.

import type { LocalTime } from './local-time.ts'

export type CalendarId = 'FR' | 'US' | 'SG'
export type Season =
  | 'soldes-fr'
  | 'black-friday'
  | 'singles-day'
  | 'christmas-shopping'
  | 'summer-slump'
  | 'summer-peak'
  | 'holiday-travel'
  | 'year-end-lull'
  | 'back-to-school'

function easter(year: number): { month: number; day: number } {
  // Anonymous Gregorian algorithm.
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return { month, day }
}

function dayOfYear(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000)
}

/** n-th weekday (0 = Monday) of a month as a day of month; n = -1 for the last. */
function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): number {
  const firstWd = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (n > 0) return 1 + ((weekday - firstWd + 7) % 7) + 7 * (n - 1)
  const lastWd = (firstWd + days - 1) % 7
  return days - ((lastWd - weekday + 7) % 7)
}

const LUNAR_NEW_YEAR: Record<number, [number, number]> = {
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
}

export function isHoliday(lt: LocalTime, cal: CalendarId): boolean {
  const { year, month, day } = lt
  const md = month * 100 + day
  if (md === 101 || md === 1225) return true
  if (cal === 'FR') {
    if ([501, 508, 714, 815, 1101, 1111].includes(md)) return true
    const e = easter(year)
    const doy = dayOfYear(year, month, day)
    const de = dayOfYear(year, e.month, e.day)
    return doy === de + 1 || doy === de + 39 || doy === de + 50
  }
  if (cal === 'US') {
    if (md === 704 || md === 619) return true
    if (month === 1 && day === nthWeekdayOfMonth(year, 1, 0, 3)) return true
    if (month === 5 && day === nthWeekdayOfMonth(year, 5, 0, -1)) return true
    if (month === 9 && day === nthWeekdayOfMonth(year, 9, 0, 1)) return true
    return month === 11 && day === nthWeekdayOfMonth(year, 11, 3, 4)
  }
  const lny = LUNAR_NEW_YEAR[year]
  if (lny && month === lny[0] && (day === lny[1] || day === lny[1] + 1)) return true
  return md === 501 || md === 809
}

/** Multiplier of a local day from the commercial seasons a profile follows. */
export function seasonFactor(lt: LocalTime, seasons: readonly Season[]): number {
  const { year, month, day, weekday } = lt
  let f = 1
  const thanksgiving = nthWeekdayOfMonth(year, 11, 3, 4)
  for (const s of seasons) {
    switch (s) {
      case 'soldes-fr': {
        const jan = nthWeekdayOfMonth(year, 1, 2, 2)
        const jun = nthWeekdayOfMonth(year, 6, 2, -1)
        const inWinter = month === 1 && day >= jan && day < jan + 28
        const inSummer = (month === 6 && day >= jun) || (month === 7 && day < jun - 2)
        if ((month === 1 && day === jan) || (month === 6 && day === jun)) f *= 1.9
        else if (inWinter || inSummer) f *= 1.25
        break
      }
      case 'black-friday':
        if (month === 11 && day === thanksgiving + 1) f *= 2.3
        else if (month === 11 && day === thanksgiving + 4) f *= 1.7
        else if (month === 11 && day > thanksgiving - 5 && day < thanksgiving + 4) f *= 1.25
        break
      case 'singles-day':
        if (month === 11 && day === 11) f *= 3
        else if (month === 11 && (day === 10 || day === 12)) f *= 1.5
        else if (month === 12 && day === 12) f *= 1.8
        break
      case 'christmas-shopping':
        if (month === 12 && day <= 23) f *= 1.2 + (day > 15 ? 0.15 : 0)
        break
      case 'summer-slump':
        if (month === 8) f *= day < 25 ? 0.55 : 0.8
        break
      case 'summer-peak':
        if (month === 7 || month === 8) f *= 1.3
        break
      case 'holiday-travel':
        if ((month === 12 && day >= 19) || (month === 1 && day <= 3)) f *= 1.45
        if (month === 11 && day >= thanksgiving - 2 && day <= thanksgiving + 3) f *= 1.5
        break
      case 'year-end-lull':
        if ((month === 12 && day >= 24) || (month === 1 && day === 2)) f *= weekday < 5 ? 0.3 : 0.5
        break
      case 'back-to-school':
        if ((month === 8 && day >= 25) || (month === 9 && day <= 10)) f *= 1.3
        break
    }
  }
  return f
}
