import type { WeighedFile } from './nab-file-input.ts'

/** Sums that differ by less than this are ties: they only differ by summation order. */
const TIE = 1e-9

/** "Detect nothing": NAB's first candidate threshold. */
export const NAB_NO_DETECTION = 1.1

/** Pools every scored row of the corpus, with its value and a corpus-wide window id (−1 outside). */
const poolRows = (files: readonly WeighedFile[]) => {
  const scores: number[] = []
  const values: number[] = []
  const windows: number[] = []
  let windowBase = 0
  let scorableWindows = 0
  for (const { file, weighed, probation } of files) {
    for (let row = probation; row < file.scores.length; row++) {
      scores.push(file.scores[row]!)
      values.push(weighed.values[row]!)
      const window = weighed.windowOf[row]!
      windows.push(window < 0 ? -1 : windowBase + window)
    }
    scorableWindows += file.windows.filter((w) => w.endRow >= probation).length
    windowBase += file.windows.length
  }
  return { scores, values, windows, windowCount: windowBase, scorableWindows }
}

/**
 * NAB's threshold sweep (SCORING.md §7): lower the threshold through every distinct score, high to low,
 * keeping running totals of false-positive values and of each window's best detection; the first
 * (highest) threshold reaching the maximum total wins, and 1.1 ("detect nothing") is always a candidate.
 */
export const optimiseNabThreshold = (files: readonly WeighedFile[], fnWeight: number): number => {
  const pool = poolRows(files)
  const order = pool.scores.map((_, i) => i).sort((a, b) => pool.scores[b]! - pool.scores[a]!)
  const best = new Float64Array(pool.windowCount).fill(-fnWeight)
  let total = -fnWeight * pool.scorableWindows
  let bestTotal = total
  let bestThreshold = NAB_NO_DETECTION
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!
    const window = pool.windows[i]!
    if (window < 0) total += pool.values[i]!
    else if (pool.values[i]! > best[window]!) {
      total += pool.values[i]! - best[window]!
      best[window] = pool.values[i]!
    }
    const score = pool.scores[i]!
    const groupEnds = k + 1 === order.length || pool.scores[order[k + 1]!]! !== score
    if (groupEnds && total > bestTotal + TIE) {
      bestTotal = total
      bestThreshold = score
    }
  }
  return bestThreshold
}
