/** What a sliding window of recent buckets held in negative posts, against what the query usually has. */
export interface SurgeReading {
  /** negative posts in the window */
  count: number
  /** negative posts expected in the window */
  expected: number
  /** Anscombe deviation of `count` from `expected` (about N(0,1) under Poisson noise) */
  z: number
  /** 0..1, how abnormal the window is: `logistic(1.6·(z − zMidpoint))`, as the volume model's `level` */
  level: number
}

export interface NegativeSurge {
  /** Takes one closed bucket (its negatives, total, and the volume model's expected total); call in time order. */
  update(negatives: number, total: number, expectedTotal: number): SurgeReading
  /** `update` without a new object: the reading returned is overwritten by the next step */
  step(negatives: number, total: number, expectedTotal: number): Readonly<SurgeReading>
}

const PRIOR_SHARE = 0.2
const PRIOR_WEIGHT = 50
/** fewer negatives than this in the window is anecdote, not a surge */
const MIN_COUNT = 5
const anscombe = (x: number) => 2 * Math.sqrt(x + 3 / 8)

/**
 * A small crisis may add only a couple of negative posts per bucket: no single bucket is anomalous, but
 * half an hour of them is. This sums negatives over `windowBuckets` and compares them with the usual
 * negative share times the volume the model expected (so the daily rhythm is kept). The usual share is
 * a ratio of exponential memories; a bucket teaches at most three times its expected volume, so a surge
 * does not become the norm.
 */
export const createNegativeSurge = (opts: {
  windowBuckets: number
  halfLifeBuckets: number
  zMidpoint: number
}): NegativeSurge => {
  const decay = 2 ** (-1 / opts.halfLifeBuckets)
  const counts: number[] = []
  const expectations: number[] = []
  // fields, not closure variables: V8 boxes each new float written to a closure variable (a heap
  // allocation at every bucket of every query), while it updates a number field in place
  const sums = { count: 0, expected: 0 }
  const memory = { negatives: PRIOR_SHARE * PRIOR_WEIGHT, total: PRIOR_WEIGHT }
  // one reading, overwritten at every step: the volume detector steps at every bucket
  const reading: SurgeReading = { count: 0, expected: 0, z: 0, level: 0 }
  const step = (negatives: number, total: number, expectedTotal: number): Readonly<SurgeReading> => {
    const expected = (memory.negatives / memory.total) * expectedTotal
    counts.push(negatives)
    expectations.push(expected)
    sums.count += negatives
    sums.expected += expected
    if (counts.length > Math.max(1, opts.windowBuckets)) {
      sums.count -= counts.shift() ?? 0
      sums.expected -= expectations.shift() ?? 0
    }
    const k = total > 0 ? Math.min(1, Math.max(3 * expectedTotal, 3) / total) : 1
    memory.negatives = memory.negatives * decay + negatives * k
    memory.total = memory.total * decay + total * k
    const z = anscombe(sums.count) - anscombe(Math.max(sums.expected, 0))
    const level = sums.count < MIN_COUNT ? 0 : 1 / (1 + Math.exp(-1.6 * (z - opts.zMidpoint)))
    reading.count = sums.count
    reading.expected = sums.expected
    reading.z = z
    reading.level = level
    return reading
  }
  return {
    update(negatives, total, expectedTotal) {
      const r = step(negatives, total, expectedTotal)
      return { count: r.count, expected: r.expected, z: r.z, level: r.level }
    },
    step,
  }
}
