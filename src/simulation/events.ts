import type { CrisisCause } from './story.ts'

export type Speed = 'fast' | 'medium' | 'slow'
/** Harmless bursts of the varied profiles: volume that is not a crisis (see `bursts.ts`). */
export const BURST_KINDS = [
  'product_launch',
  'sponsorship',
  'tv_ad',
  'giveaway',
  'news_reshare',
  'meme',
  'bot_spam',
  'hashtag_spam',
] as const
export type BurstKind = (typeof BURST_KINDS)[number]
export type EventKind = 'crisis' | 'positive_viral' | 'campaign' | 'source_outage' | BurstKind

const HOUR = 3_600_000

/** An event a scenario injects, before it is generated. Times are epoch milliseconds. */
export type EventSpec =
  | {
      kind: 'crisis'
      cause: CrisisCause
      onset: number
      /** expected number of posts the crisis triggers (its cascades add more) */
      size: number
      speed: Speed
      /** how long the brand says nothing, from onset to its statement */
      silenceHours: number
      lang: 'fr' | 'en'
      /** share of the wave written by news outlets (default 6%) */
      newsShare?: number
      /** the part of the crisis drawn as direct reactions to its origin post (default 0.2): small for slow builds */
      originShare?: number
      /** a fixed shape instead of one drawn for the speed */
      shape?: WaveShape
    }
  | { kind: 'burst'; burst: BurstKind; onset: number; size: number; shape: WaveShape }
  | { kind: 'positive_viral'; onset: number; size: number; speed: Speed }
  | { kind: 'campaign'; onset: number; size: number; days: number; hashtag: string }
  | { kind: 'source_outage'; onset: number; hours: number; source: string | 'all' }

export interface WaveShape {
  riseHours: number
  decayHours: number
}

const SHAPES: Record<Speed, { rise: [number, number]; decay: [number, number] }> = {
  fast: { rise: [0.5, 2.5], decay: [2, 6] },
  medium: { rise: [4, 10], decay: [8, 20] },
  slow: { rise: [16, 40], decay: [20, 48] },
}

export const waveShape = (speed: Speed, at: (min: number, max: number) => number): WaveShape => {
  const s = SHAPES[speed]
  return { riseHours: at(s.rise[0], s.rise[1]), decayHours: at(s.decay[0], s.decay[1]) }
}

/** Relative intensity `hours` after onset: a quadratic rise to 1 at the peak, then a power-law decay. */
export const waveIntensity = (shape: WaveShape, hours: number): number => {
  if (hours < 0) return 0
  if (hours < shape.riseHours) return (hours / shape.riseHours) ** 2
  return (1 + (hours - shape.riseHours) / shape.decayHours) ** -2
}

/** Hours after onset when the wave falls below 5% of its peak: `(1 + x)^-2 = 0.05`. */
export const waveLengthHours = (shape: WaveShape): number =>
  shape.riseHours + shape.decayHours * (Math.sqrt(20) - 1)

export const HOUR_MS = HOUR
