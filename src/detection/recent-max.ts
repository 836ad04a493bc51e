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
