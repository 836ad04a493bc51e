/** The largest value of a sliding time window: a monotonic queue, amortised O(1) per update. */
export const createRecentMax = (spanMs: number) => {
  const queue: { t: number; value: number }[] = []
  return {
    /** the largest value pushed within `spanMs` before `t` (0 when none) */
    before(t: number): number {
      while (queue.length > 0 && t - queue[0]!.t > spanMs) queue.shift()
      return queue[0]?.value ?? 0
    },
    push(t: number, value: number) {
      while (queue.length > 0 && queue[queue.length - 1]!.value <= value) queue.pop()
      queue.push({ t, value })
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
  let block = Number.NaN
  let blockMax = Number.NEGATIVE_INFINITY
  return {
    push(t: number, value: number) {
      const current = Math.floor(t / options.blockMs)
      if (current !== block) {
        if (Number.isFinite(blockMax)) peaks.push(blockMax)
        if (peaks.length > options.keep) peaks.shift()
        block = current
        blockMax = Number.NEGATIVE_INFINITY
      }
      blockMax = Math.max(blockMax, value)
    },
    /** the median of the finished blocks' peaks (with the prior), and their median absolute deviation */
    typical(): { median: number; spread: number } {
      const all = [...options.prior, ...peaks].sort((a, b) => a - b)
      if (all.length === 0) return { median: 0, spread: 0 }
      const mid = median(all)
      return { median: mid, spread: median(all.map((p) => Math.abs(p - mid)).sort((a, b) => a - b)) }
    },
  }
}
