/** Sums of a few counts over the last `size` buckets (a sliding window), updated in O(counts) per bucket. */
export const createRecentSums = (size: number) => {
  const window = Math.max(1, size)
  // one flat ring of `window` rows, reused: a bucket closes for every awake query every 5 minutes, so
  // copying each bucket's counts into a fresh array was a steady source of garbage
  let ring: number[] = []
  let width = 0
  let filled = 0
  let next = 0
  let sums: number[] = []
  return {
    /** Adds one bucket's counts and returns the sums over the window, this bucket included. */
    push(counts: readonly number[]): readonly number[] {
      if (sums.length === 0) {
        width = counts.length
        sums = counts.map(() => 0)
        ring = new Array<number>(window * width).fill(0)
      }
      for (let i = 0; i < width; i++) sums[i] = (sums[i] ?? 0) + (counts[i] ?? 0)
      const row = next * width
      if (filled === window) {
        for (let i = 0; i < width; i++) sums[i] = (sums[i] ?? 0) - (ring[row + i] ?? 0)
      } else filled += 1
      for (let i = 0; i < width; i++) ring[row + i] = counts[i] ?? 0
      next = (next + 1) % window
      return sums
    },
  }
}
