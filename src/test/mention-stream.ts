import { type AnalyzedMention, type EmotionName, neutralEmotions } from '../core/index.ts'

/** A small deterministic random generator (mulberry32), so generated streams are the same every run. */
export const createRandom = (seed: number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const poisson = (random: () => number, mean: number): number => {
  // Knuth for small means, a rounded normal for large ones: exact enough for test traffic
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)))
  const limit = Math.exp(-mean)
  let k = 0
  let p = random()
  while (p > limit) {
    k++
    p *= random()
  }
  return k
}
const gaussian = (random: () => number) =>
  Math.sqrt(-2 * Math.log(random() || 1e-12)) * Math.cos(2 * Math.PI * random())

let counter = 0
/** An analysed mention with sensible defaults; override what the test is about. */
export const analyzedMention = (
  over: Partial<Omit<AnalyzedMention, 'analysis'>> & {
    analysis?: Partial<AnalyzedMention['analysis']>
  } = {},
): AnalyzedMention => {
  counter += 1
  const { analysis, ...rest } = over
  return {
    id: `test:${counter}`,
    source: 'test',
    createdAt: new Date(0),
    text: 'a post about the brand',
    author: { id: `a${counter}`, handle: `user${counter}`, followers: 100 },
    workspaceId: 'ws',
    ...rest,
    analysis: {
      lang: 'en',
      sentiment: { label: 'neutral', score: 0, confidence: 0.8 },
      emotions: neutralEmotions(),
      queries: ['q'],
      owned: false,
      cause: 'none',
      ...analysis,
    },
  }
}

export interface TrafficSpec {
  queryId?: string
  from: Date
  minutes: number
  /** mean mentions per hour: a number, or a function of minutes since `from` (a ramp, a rhythm) */
  perHour: number | ((minute: number) => number)
  negativeShare?: number
  positiveShare?: number
  /** emotion given to negative posts */
  emotion?: EmotionName
  text?: string
  followers?: number
  seed?: number
  idPrefix?: string
}

/** Poisson traffic minute by minute, with the given tone; ids are `prefix:n` and stable for a seed. */
export const generateTraffic = (spec: TrafficSpec): AnalyzedMention[] => {
  const random = createRandom(spec.seed ?? 1)
  const prefix = spec.idPrefix ?? `gen${spec.seed ?? 1}`
  const out: AnalyzedMention[] = []
  for (let minute = 0; minute < spec.minutes; minute++) {
    const rate = typeof spec.perHour === 'number' ? spec.perHour : spec.perHour(minute)
    const n = poisson(random, rate / 60)
    for (let i = 0; i < n; i++) {
      const at = new Date(spec.from.getTime() + (minute + random()) * 60_000)
      const roll = random()
      const negative = roll < (spec.negativeShare ?? 0.15)
      const positive = !negative && roll < (spec.negativeShare ?? 0.15) + (spec.positiveShare ?? 0.25)
      const emotions = neutralEmotions()
      if (negative && spec.emotion) emotions[spec.emotion] = 0.8
      if (positive) emotions.joy = 0.7
      out.push(
        analyzedMention({
          id: `${prefix}:${out.length}`,
          createdAt: at,
          text: spec.text ?? 'talking about the brand today',
          author: {
            id: `${prefix}-a${out.length}`,
            handle: `${prefix}_u${out.length}`,
            followers: spec.followers ?? 150,
          },
          analysis: {
            queries: [spec.queryId ?? 'q'],
            sentiment: negative
              ? { label: 'negative', score: -0.7, confidence: 0.8 }
              : positive
                ? { label: 'positive', score: 0.7, confidence: 0.8 }
                : { label: 'neutral', score: 0, confidence: 0.8 },
            emotions,
          },
        }),
      )
    }
  }
  return out
}

/** A daily rhythm: quiet at night (UTC), busy in the day; `base` is the mean per hour. */
export const dailyRhythm = (from: Date, base: number) => (minute: number) => {
  const hour = (from.getUTCHours() + from.getUTCMinutes() / 60 + minute / 60) % 24
  return base * (1 + 0.8 * Math.sin(((hour - 9) / 24) * 2 * Math.PI))
}

/** Replays mentions as `vigie replay` does: advance to each mention's time, observe it, advance to the end. */
export const replayStream = <A>(
  detection: { observe(m: AnalyzedMention): void; advance(now: Date): A[] },
  mentions: readonly AnalyzedMention[],
  end: Date,
): A[] => {
  const sorted = [...mentions].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  )
  const alerts: A[] = []
  for (const m of sorted) {
    alerts.push(...detection.advance(m.createdAt))
    detection.observe(m)
  }
  alerts.push(...detection.advance(end))
  return alerts
}
