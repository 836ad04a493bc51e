// Expected hourly volume of ordinary life: daily curve x weekday x season x
// holidays x air time. Why separate: events and baselines share it (people
// sleep during crises too).

import type { BrandProfile } from './brand-profile.ts'
import { isHoliday, seasonFactor } from './calendar.ts'
import { HOUR, localTime } from './local-time.ts'

export type RhythmKind = 'office' | 'consumer' | 'evening' | 'always' | 'commute' | 'night-owl'

const CURVES: Record<RhythmKind, number[]> = {
  //          0    1    2    3    4    5    6    7    8    9   10   11   12   13   14   15   16   17   18   19   20   21   22   23
  office: [
    0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.25, 0.7, 1.6, 2.3, 2.4, 2.2, 1.5, 1.8, 2.2, 2.2, 2.0, 1.5, 0.9, 0.5,
    0.35, 0.25, 0.15, 0.08,
  ],
  consumer: [
    0.35, 0.2, 0.1, 0.07, 0.07, 0.15, 0.4, 0.8, 1.1, 1.1, 1.1, 1.2, 1.4, 1.3, 1.1, 1.1, 1.2, 1.3, 1.5, 1.7,
    1.9, 1.9, 1.5, 0.8,
  ],
  evening: [
    0.6, 0.35, 0.18, 0.1, 0.07, 0.08, 0.2, 0.4, 0.55, 0.6, 0.65, 0.75, 0.95, 0.85, 0.75, 0.8, 0.95, 1.2, 1.6,
    2.1, 2.5, 2.5, 2.0, 1.2,
  ],
  always: [
    0.85, 0.75, 0.65, 0.6, 0.6, 0.65, 0.7, 0.8, 0.9, 0.95, 1.0, 1.0, 1.1, 1.1, 1.1, 1.1, 1.1, 1.2, 1.3, 1.4,
    1.5, 1.5, 1.3, 1.0,
  ],
  commute: [
    0.3, 0.2, 0.15, 0.15, 0.3, 0.7, 1.4, 1.7, 1.6, 1.3, 1.1, 1.0, 1.1, 1.0, 1.0, 1.1, 1.4, 1.7, 1.6, 1.3, 1.1,
    0.9, 0.7, 0.45,
  ],
  'night-owl': [
    1.3, 1.1, 0.9, 0.7, 0.5, 0.35, 0.3, 0.35, 0.5, 0.65, 0.8, 0.9, 1.0, 1.0, 1.0, 1.0, 1.1, 1.2, 1.3, 1.5,
    1.6, 1.7, 1.6, 1.5,
  ],
}

function normalised(curve: number[]): number[] {
  const mean = curve.reduce((s, x) => s + x, 0) / curve.length
  return curve.map((x) => x / mean)
}

const NORMALISED: Record<RhythmKind, number[]> = Object.fromEntries(
  Object.entries(CURVES).map(([k, v]) => [k, normalised(v)]),
) as Record<RhythmKind, number[]>

/** Relative daily-curve weight of an instant, with linear interpolation between hours. */
export function hourWeight(kind: RhythmKind, hour: number, minute: number): number {
  const c = NORMALISED[kind]
  const a = c[hour]
  const b = c[(hour + 1) % 24]
  return a + ((b - a) * minute) / 60
}

/** Day multiplier: weekday, holidays, seasons. */
export function dayWeight(p: BrandProfile, t: number): number {
  const lt = localTime(t, p.tz)
  const weeklyMean = p.weekly.reduce((s, x) => s + x, 0) / 7
  let f = p.weekly[lt.weekday] / weeklyMean
  if (isHoliday(lt, p.calendar)) f *= p.holidayFactor
  return f * seasonFactor(lt, p.seasons)
}

/** True while the TV show airs (live-tweeting window). */
export function onAir(p: BrandProfile, t: number): boolean {
  if (!p.airTime) return false
  const lt = localTime(t, p.tz)
  const minutes = lt.hour * 60 + lt.minute - p.airTime.hour * 60
  return p.airTime.weekdays.includes(lt.weekday) && minutes >= -15 && minutes < p.airTime.minutes
}

/**
 * Expected ordinary posts per hour at instant t (before noise and events).
 * Air time multiplies the evening rate, ramping up from the opening credits.
 */
export function expectedPerHour(p: BrandProfile, t: number): number {
  const lt = localTime(t, p.tz)
  let r = (p.perDay / 24) * hourWeight(p.rhythm, lt.hour, lt.minute) * dayWeight(p, t)
  if (p.airTime && onAir(p, t)) {
    const minutes = lt.hour * 60 + lt.minute - p.airTime.hour * 60
    const ramp = minutes < 0 ? 0.3 : minutes < 20 ? 0.6 + minutes / 50 : 1
    r *= 1 + (p.airTime.mult - 1) * ramp
  }
  return r
}

/** The daily-curve weight alone, used to shape event posts (nobody tweets at 4 am). */
export function activityAt(p: BrandProfile, t: number): number {
  const lt = localTime(t, p.tz)
  return hourWeight(p.rhythm, lt.hour, lt.minute)
}

export { HOUR }
