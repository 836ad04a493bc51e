import type { NabWindow } from './nab-labels.ts'
import type { WeighedRows } from './weigh-nab-rows.ts'

/** One scored file: its detector output in row order and its windows as row indices. */
export interface NabFileInput {
  name: string
  scores: readonly number[]
  windows: readonly NabWindow[]
}

/** A file with its rows valued for one profile, and its probation length. */
export interface WeighedFile {
  file: NabFileInput
  weighed: WeighedRows
  probation: number
}
