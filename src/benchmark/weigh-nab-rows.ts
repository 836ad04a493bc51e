import type { NabWindow } from './nab-labels.ts'
import type { NabCostMatrix } from './nab-profiles.ts'
import { SCALED_SIGMOID_MAX, scaledSigmoid } from './nab-sigmoid.ts'

/** NAB ignores the first 15 % of a file, capped at 750 rows (0.15 × 5000), as probation. */
export const probationLength = (rowCount: number): number => Math.min(Math.floor(0.15 * rowCount), 750)

/** What a detection at each row is worth, and the window holding the row (−1 outside every window). */
export interface WeighedRows {
  values: Float64Array
  windowOf: Int32Array
}

/**
 * Values every row of a file as NAB does (SCORING.md §4): inside a window, by how early the row is;
 * outside, a false positive that costs less just after a window and the full `fpWeight` elsewhere.
 */
export const weighNabRows = (
  rowCount: number,
  windows: readonly NabWindow[],
  cost: NabCostMatrix,
): WeighedRows => {
  const values = new Float64Array(rowCount)
  const windowOf = new Int32Array(rowCount).fill(-1)
  let next = 0
  let finished: NabWindow | undefined
  for (let row = 0; row < rowCount; row++) {
    while (next < windows.length && windows[next]!.endRow < row) finished = windows[next++]
    const current = windows[next]
    if (current && row >= current.startRow) {
      const width = current.endRow - current.startRow + 1
      values[row] = (cost.tpWeight * scaledSigmoid(-(current.endRow - row + 1) / width)) / SCALED_SIGMOID_MAX
      windowOf[row] = next
    } else if (finished) {
      // a one-row window gives 0 / 0 here; Infinity (y > 3) is the full cost, which is what NAB charges
      const span = finished.endRow - finished.startRow
      values[row] = cost.fpWeight * scaledSigmoid(span === 0 ? Infinity : (row - finished.endRow) / span)
    } else {
      values[row] = -cost.fpWeight
    }
  }
  return { values, windowOf }
}
