/** Sums of a few counts over the last `size` buckets (a sliding window), updated in O(counts) per bucket. */
export const createRecentSums = (size: number) => {
  const ring: number[][] = []
  let sums: number[] = []
  return {
    /** Adds one bucket's counts and returns the sums over the window, this bucket included. */
    push(counts: readonly number[]): readonly number[] {
      if (sums.length === 0) sums = counts.map(() => 0)
      ring.push([...counts])
      counts.forEach((c, i) => {
        sums[i] = (sums[i] ?? 0) + c
      })
      const old = ring.length > Math.max(1, size) ? ring.shift() : undefined
      old?.forEach((c, i) => {
        sums[i] = (sums[i] ?? 0) - c
      })
      return sums
    },
  }
}
