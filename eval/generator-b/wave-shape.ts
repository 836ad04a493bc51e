// When the posts of an event happen. Why a per-minute intensity curve: rise
// time, plateau, decay, long tail, slow exponential build-up and the daily
// rhythm (people sleep even during a scandal) are all easy to express there.

import type { BrandProfile } from './brand-profile.ts'
import { activityAt } from './rhythm.ts'
import type { Rng } from './rng.ts'

export interface WaveShape {
  /** minutes from first post to peak (ignored with growth) */
  riseMin: number
  /** slow build: the rate grows `factor` times over `days` before the peak */
  growth?: { days: number; factor: number }
  plateauH: number
  decayHalfLifeH: number
  /** share of posts in a long tail */
  tailShare: number
  tailHalfLifeH: number
  /** 0..1: how much the daily curve modulates the wave */
  rhythm: number
  /** horizon in hours */
  maxH: number
}

const MIN = 60_000

/** Minutes from start to the end of the plateau's start (the peak). */
export function peakOffsetMin(s: WaveShape): number {
  return s.growth ? s.growth.days * 1440 : s.riseMin
}

function intensity(s: WaveShape, m: number): number {
  const peak = peakOffsetMin(s)
  if (m < peak) {
    if (s.growth) return Math.exp((Math.log(s.growth.factor) * (m - peak)) / peak)
    return Math.max(0.03, (m / peak) ** 1.3)
  }
  const after = m - peak - s.plateauH * 60
  if (after < 0) return 1
  const main = Math.exp((-Math.LN2 * after) / (s.decayHalfLifeH * 60))
  const tail = Math.exp((-Math.LN2 * after) / (s.tailHalfLifeH * 60))
  return (1 - s.tailShare) * main + s.tailShare * (s.decayHalfLifeH / s.tailHalfLifeH) * tail
}

/** n sorted instants (ms) after t0, the first one at t0 itself. */
export function sampleWaveTimes(
  rng: Rng,
  p: BrandProfile,
  s: WaveShape,
  n: number,
  t0: number,
  limit: number,
): number[] {
  const minutes = Math.max(1, Math.min(Math.round(s.maxH * 60), Math.floor((limit - t0) / MIN)))
  const cum = new Float64Array(minutes)
  let acc = 0
  for (let m = 0; m < minutes; m++) {
    const t = t0 + m * MIN
    const mod = s.rhythm > 0 ? 1 - s.rhythm + s.rhythm * Math.min(1.6, activityAt(p, t)) : 1
    acc += intensity(s, m + 0.5) * mod
    cum[m] = acc
  }
  const out: number[] = [t0]
  for (let i = 1; i < n; i++) {
    const x = rng.next() * acc
    let lo = 0
    let hi = minutes - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cum[mid] < x) lo = mid + 1
      else hi = mid
    }
    out.push(t0 + lo * MIN + Math.floor(rng.next() * MIN))
  }
  return out.sort((a, b) => a - b)
}

/** Ready-made shapes by speed, randomised within realistic bounds. */
export function shapeFor(
  rng: Rng,
  kind: 'fast' | 'medium' | 'slow' | 'emerging' | 'sparse' | 'burst' | 'campaign',
): WaveShape {
  switch (kind) {
    case 'fast':
      return {
        riseMin: rng.range(15, 55),
        plateauH: rng.range(0.2, 1.2),
        decayHalfLifeH: rng.range(1.5, 5),
        tailShare: rng.range(0.1, 0.25),
        tailHalfLifeH: rng.range(10, 24),
        rhythm: 0.3,
        maxH: 96,
      }
    case 'medium':
      return {
        riseMin: rng.range(120, 360),
        plateauH: rng.range(1, 4),
        decayHalfLifeH: rng.range(4, 10),
        tailShare: rng.range(0.1, 0.25),
        tailHalfLifeH: rng.range(18, 36),
        rhythm: 0.5,
        maxH: 120,
      }
    case 'slow':
      return {
        riseMin: 0,
        growth: { days: rng.range(1, 3), factor: rng.range(25, 120) },
        plateauH: rng.range(4, 10),
        decayHalfLifeH: rng.range(8, 20),
        tailShare: 0.15,
        tailHalfLifeH: 36,
        rhythm: 0.7,
        maxH: 24 * 7,
      }
    case 'emerging':
      return {
        riseMin: rng.range(240, 720),
        plateauH: rng.range(4, 12),
        decayHalfLifeH: rng.range(12, 30),
        tailShare: 0.2,
        tailHalfLifeH: 48,
        rhythm: 0.8,
        maxH: 24 * 6,
      }
    case 'sparse':
      return {
        riseMin: rng.range(30, 100),
        plateauH: rng.range(1.5, 4),
        decayHalfLifeH: rng.range(1.5, 4),
        tailShare: 0.12,
        tailHalfLifeH: 20,
        rhythm: 0.3,
        maxH: 96,
      }
    case 'burst':
      return {
        riseMin: rng.range(5, 25),
        plateauH: rng.range(0.2, 1),
        decayHalfLifeH: rng.range(0.7, 3),
        tailShare: 0.1,
        tailHalfLifeH: 8,
        rhythm: 0.2,
        maxH: 48,
      }
    case 'campaign':
      return {
        riseMin: rng.range(20, 90),
        plateauH: rng.range(2, 8),
        decayHalfLifeH: rng.range(8, 30),
        tailShare: 0.15,
        tailHalfLifeH: 40,
        rhythm: 0.8,
        maxH: 24 * 6,
      }
  }
}
