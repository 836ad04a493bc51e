import type { AnalyzedMention, DetectorKind, Signal } from '../core/index.ts'

/**
 * A detector is a pure state machine over event time for one brand query: no I/O, no Date.now().
 * The same code runs live, in replay, in backtests and in the NAB evaluation.
 */
export interface Detector {
  readonly kind: DetectorKind
  /** Feeds one analysed mention of the query; event time is `mention.createdAt`. */
  observe(mention: AnalyzedMention): void
  /** Closes every interval that ended at or before `now` and returns what it saw (possibly nothing). */
  advance(now: Date): Signal[]
  /**
   * `advance` to `now` (epoch milliseconds), its signals pushed onto `into`: no Date nor array per call,
   * for the query's detection, which advances every detector at every bucket.
   */
  collect?(now: number, into: Signal[]): void
}
