import type { Brand } from './brand.ts'
import { type EventSpec, HOUR_MS, type Speed } from './events.ts'
import type { Random } from './random.ts'
import { activityAt } from './rhythm.ts'
import type { CrisisCause } from './story.ts'
import type { Traffic } from './traffic.ts'

/** What a scenario planner returns: the ordinary traffic's volume (and shape) and the events to inject. */
export interface ScenarioPlan {
  postsPerDay: number
  events: EventSpec[]
  /** varied profiles only: how the ordinary traffic differs from the default */
  traffic?: Traffic
}

export interface PlanInput {
  random: Random
  start: number
  days: number
  brand: Brand
  /** demo only: put the crisis onset here instead of on the 8th day */
  onset?: number
  /** demo only: what the crisis is about (an employee's post by default) */
  cause?: CrisisCause
}

const DAY_MS = 24 * HOUR_MS

/** A moment of the day at or after `from`, drawn by the daily rhythm: events start when people are up. */
export const awakeTime = (random: Random, from: number): number => {
  for (let tries = 0; tries < 50; tries++) {
    const at = from + random.next() * DAY_MS
    if (random.chance(activityAt(at) / 1.8)) return at
  }
  return from + 12 * HOUR_MS
}
export const logUniform = (random: Random, min: number, max: number) =>
  Math.exp(Math.log(min) + random.next() * Math.log(max / min))
export const pickSpeed = (random: Random): Speed => {
  const r = random.next()
  return r < 0.45 ? 'fast' : r < 0.8 ? 'medium' : 'slow'
}

/** Onsets of a Poisson-like series of events with a minimum gap, from `firstDay` to the end. */
export const series = (
  random: Random,
  input: PlanInput,
  firstDay: number,
  minGapDays: number,
  meanExtraDays: number,
) => {
  const onsets: number[] = []
  const end = input.start + input.days * DAY_MS
  for (
    let day = firstDay + random.exponential(meanExtraDays);
    ;
    day += minGapDays + random.exponential(meanExtraDays)
  ) {
    const onset = awakeTime(random, input.start + Math.floor(day) * DAY_MS)
    if (onset >= end - 6 * HOUR_MS) return onsets
    onsets.push(onset)
  }
}

/** A named scenario: its default length and its planner. */
export interface Profile {
  days: number
  plan: (input: PlanInput) => ScenarioPlan
}

/** `hour` hours into day `day` of the run (Paris wall-clock time with the default start). */
export const atDay = (input: PlanInput, day: number, hour: number): number =>
  input.start + day * DAY_MS + hour * HOUR_MS

/** A wave shape with rise and decay drawn uniformly in the given ranges (hours). */
export const shapeBetween = (
  random: Random,
  rise: [number, number],
  decay: [number, number],
): { riseHours: number; decayHours: number } => ({
  riseHours: rise[0] + random.next() * (rise[1] - rise[0]),
  decayHours: decay[0] + random.next() * (decay[1] - decay[0]),
})
