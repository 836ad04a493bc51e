// Sizes and local-time anchors of events. Why shared: crises and their
// harmless controls must be drawn from comparable size ranges.

import { fromLocal, HOUR, localTime } from './local-time.ts'
import type { StreamContext } from './stream-context.ts'

/** Log-uniform multiple of the daily volume, clamped to [min, max]. */
export function sizeLike(ctx: StreamContext, lo: number, hi: number, min: number, max: number): number {
  const f = Math.exp(ctx.rng.range(Math.log(lo), Math.log(hi)))
  return Math.round(Math.min(max, eventCap(ctx), Math.max(min, ctx.profile.perDay * f)))
}

/** Cap for one event, so the biggest profile stays under ~100 MB for 30 days. */
export const EVENT_CAP = 40_000

/** Per-profile cap: big brands' events stay within four days of their volume. */
export function eventCap(ctx: StreamContext): number {
  return Math.max(400, Math.min(EVENT_CAP, ctx.profile.perDay * 4))
}

/** The instant at local `hour` (plus random minutes) on the local day of t. */
export function atLocalHour(ctx: StreamContext, t: number, hour: number, jitterMin = 0): number {
  const lt = localTime(t, ctx.profile.tz)
  const base = fromLocal(lt.year, lt.month, lt.day, Math.floor(hour), ctx.profile.tz)
  const at = base + (hour % 1) * HOUR + Math.floor(ctx.rng.next() * jitterMin * 60_000)
  return Math.min(ctx.end - HOUR, Math.max(ctx.start, at))
}

/** Next instant at or after t that falls on a local weekday (Mon-Fri). */
export function nextWeekday(ctx: StreamContext, t: number): number {
  let x = t
  for (let i = 0; i < 7 && localTime(x, ctx.profile.tz).weekday >= 5; i++) x += 24 * HOUR
  return x
}
