/** The largest value of a sliding time window: a monotonic queue, amortised O(1) per update. */
export const createRecentMax = (spanMs: number) => {
  // two parallel queues rather than one of {t, value}: a push per closed bucket, no object for each. The
  // front is an index, not a shift: after a spike the queue holds a day of slowly falling values, and each
  // shift moved all of them
  const times: number[] = []
  const values: number[] = []
  const front = { at: 0 }
  return {
    /** the largest value pushed within `spanMs` before `t` (0 when none) */
    before(t: number): number {
      let head = front.at
      while (head < times.length && t - times[head]! > spanMs) head++
      if (head > 64 && head * 2 > times.length) {
        times.splice(0, head)
        values.splice(0, head)
        head = 0
      }
      front.at = head
      return head < values.length ? values[head]! : 0
    },
    push(t: number, value: number) {
      while (values.length > front.at && values[values.length - 1]! <= value) {
        times.pop()
        values.pop()
      }
      times.push(t)
      values.push(value)
    },
  }
}

const median = (sorted: readonly number[]) => {
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * What a series' peaks usually look like: the largest value of each block of `blockMs` (epoch-aligned),
 * for the last `keep` blocks, summarised by their median and median absolute deviation. `prior` peaks
 * stand in while the history is short and weigh less as it grows.
 */
export const createPeakHistory = (options: { blockMs: number; keep: number; prior: readonly number[] }) => {
  const peaks: number[] = []
  // a field, not a closure variable: V8 boxes each new float written to a closure variable (a heap
  // allocation at every bucket), while it updates a number field in place
  const current = { block: Number.NaN, max: Number.NEGATIVE_INFINITY }
  // the summary changes only when a block ends (every few hours), but is read at every onset: sorting
  // the history each time was a hot spot, so it is kept until the next finished block
  let cached: { median: number; spread: number } | undefined
  const summarise = () => {
    const all = [...options.prior, ...peaks].sort((a, b) => a - b)
    if (all.length === 0) return { median: 0, spread: 0 }
    const mid = median(all)
    return { median: mid, spread: median(all.map((p) => Math.abs(p - mid)).sort((a, b) => a - b)) }
  }
  return {
    push(t: number, value: number) {
      const block = Math.floor(t / options.blockMs)
      if (block !== current.block) {
        if (Number.isFinite(current.max)) peaks.push(current.max)
        if (peaks.length > options.keep) peaks.shift()
        current.block = block
        current.max = Number.NEGATIVE_INFINITY
        cached = undefined
      }
      current.max = Math.max(current.max, value)
    },
    /** the median of the finished blocks' peaks (with the prior), and their median absolute deviation */
    typical(): Readonly<{ median: number; spread: number }> {
      cached ??= summarise()
      return cached
    },
  }
}

/**
 * How new and how rare a value is for its series: `onset` when it beats every value of the past
 * `memoryMs`, and `rarity`, how many spreads (at least `minSpread`) it stands above the usual peak.
 */
export const createPeakRarity = (options: {
  memoryMs: number
  blockMs: number
  keep: number
  prior: readonly number[]
  minSpread: number
}) => {
  const recent = createRecentMax(options.memoryMs)
  const peaks = createPeakHistory(options)
  // one verdict, overwritten by each `judgeInPlace`: the volume model judges at every bucket
  const verdict = { onset: false, rarity: 0 }
  const judgeInPlace = (t: number, value: number): Readonly<{ onset: boolean; rarity: number }> => {
    const onset = value > Math.max(0, recent.before(t))
    recent.push(t, value)
    peaks.push(t, value)
    verdict.onset = onset
    if (!onset) verdict.rarity = 0
    else {
      const usual = peaks.typical()
      verdict.rarity = (value - usual.median) / Math.max(usual.spread, options.minSpread)
    }
    return verdict
  }
  return {
    /** Judges `value` at time `t`, then remembers it. Call in time order. */
    judge(t: number, value: number): { onset: boolean; rarity: number } {
      const v = judgeInPlace(t, value)
      return { onset: v.onset, rarity: v.rarity }
    },
    /** `judge` without a new object: the verdict returned is overwritten by the next call */
    judgeInPlace,
  }
}
