import { HOUR_MS, type WaveShape, waveIntensity, waveLengthHours } from './events.ts'
import type { Random } from './random.ts'
import { activityAt } from './rhythm.ts'

const BIN_MS = 10 * 60_000

/**
 * Times of the posts an event triggers: a Poisson count per 10-minute bin following the wave's shape,
 * damped at night (square root of the daily rhythm: a crisis keeps some momentum overnight).
 */
export const waveTimes = (
  random: Random,
  onset: number,
  shape: WaveShape,
  expected: number,
  end: number,
  activity: (ms: number) => number = activityAt,
): number[] => {
  const last = Math.min(end, onset + waveLengthHours(shape) * HOUR_MS)
  const weights: number[] = []
  for (let at = onset; at < last; at += BIN_MS) {
    const hours = (at + BIN_MS / 2 - onset) / HOUR_MS
    weights.push(waveIntensity(shape, hours) * Math.sqrt(activity(at)))
  }
  const total = weights.reduce((a, b) => a + b, 0)
  if (total === 0) return []
  const times: number[] = []
  weights.forEach((weight, bin) => {
    const count = random.poisson((weight / total) * expected)
    for (let i = 0; i < count; i++) times.push(onset + bin * BIN_MS + random.next() * BIN_MS)
  })
  return times.filter((t) => t < last).sort((a, b) => a - b)
}
