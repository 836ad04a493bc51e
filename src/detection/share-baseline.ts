/** A share (negative posts, crisis terms...) in one bucket compared with its usual value. */
export interface ShareReading {
  share: number
  usual: number
  /** 0..1: how clearly and how much the share rose */
  score: number
}

export interface ShareBaseline {
  read(hits: number, total: number): ShareReading
  /** `read(hits, total).score`, without the reading */
  score(hits: number, total: number): number
  learn(hits: number, total: number): void
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x))

/**
 * The usual share as the ratio of two exponential memories of counts (so busy buckets weigh more),
 * starting from a prior. A bucket may teach at most three times the usual volume, so a surge does
 * not redefine "usual" within the hour.
 */
export const createShareBaseline = (opts: {
  prior: number
  priorWeight: number
  halfLifeBuckets: number
  /** the rise of share (as a fraction of the room left above usual) that scores 1 */
  fullEffect: number
  /** fewer hits than this is anecdote, not a shift: the score is scaled down (default 3) */
  minHits?: number
}): ShareBaseline => {
  const minHits = opts.minHits ?? 3
  // fields, not closure variables: V8 boxes each new float written to a closure variable (a heap
  // allocation at every bucket of every query), while it updates a number field in place
  const memory = {
    hits: opts.prior * opts.priorWeight,
    total: opts.priorWeight,
    volume: opts.priorWeight / 10,
  }
  const decay = 2 ** (-1 / opts.halfLifeBuckets)
  const scoreOf = (hits: number, total: number, share: number, usual: number) => {
    const spread = Math.sqrt((usual * (1 - usual)) / total + 1e-6)
    const z = (share - usual) / spread
    const effect = (share - usual) / Math.max(1 - usual, 0.05)
    const confidence = clamp01((z - 1.5) / 2) * Math.min(1, hits / minHits)
    return clamp01(effect / opts.fullEffect) * confidence
  }
  return {
    read(hits, total) {
      const usual = memory.hits / memory.total
      if (total === 0) return { share: 0, usual, score: 0 }
      const share = hits / total
      return { share, usual, score: scoreOf(hits, total, share, usual) }
    },
    score(hits, total) {
      return total === 0 ? 0 : scoreOf(hits, total, hits / total, memory.hits / memory.total)
    },
    learn(hits, total) {
      const cap = Math.max(3 * memory.volume, 3)
      const k = total > cap ? cap / total : 1
      memory.hits = memory.hits * decay + hits * k
      memory.total = memory.total * decay + total * k
      memory.volume = memory.volume * decay + total * k * (1 - decay)
    },
  }
}
