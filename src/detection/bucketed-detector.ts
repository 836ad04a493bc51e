import type { AnalyzedMention, DetectorKind, Signal } from '../core/index.ts'
import type { Detector } from './port.ts'

/** What a detector does with its buckets; `createBucketedDetector` does the event-time bookkeeping. */
export interface BucketLogic<B> {
  readonly kind: DetectorKind
  open(start: number): B
  add(bucket: B, mention: AnalyzedMention): void
  /**
   * Scores a bucket that has ended and learns from it. Empty buckets are closed too (baselines must see
   * quiet time) with one shared, never mutated empty bucket; returning nothing for them saves allocations.
   */
  close(bucket: B, start: number, end: number): Signal | undefined
}

/**
 * Buckets aligned on the epoch (so every query and every detector shares one grid), closed by `advance`.
 * A late mention (older than the open bucket) counts in the open bucket: event time never goes back.
 */
export const createBucketedDetector = <B>(intervalMs: number, logic: BucketLogic<B>): Detector => {
  let start = Number.NaN
  let bucket: B | undefined
  const empty = logic.open(0)
  const ensureOpen = (t: number) => {
    if (Number.isNaN(start)) start = Math.floor(t / intervalMs) * intervalMs
    bucket ??= logic.open(start)
    return bucket
  }
  return {
    kind: logic.kind,
    observe(mention) {
      logic.add(ensureOpen(mention.createdAt.getTime()), mention)
    },
    advance(now) {
      const t = now.getTime()
      if (Number.isNaN(start)) {
        ensureOpen(t)
        return []
      }
      // allocated on the first signal only: most calls close nothing or only empty buckets
      let signals: Signal[] | undefined
      while (start + intervalMs <= t) {
        const signal = logic.close(bucket ?? empty, start, start + intervalMs)
        if (signal) {
          signals ??= []
          signals.push(signal)
        }
        start += intervalMs
        bucket = undefined
      }
      return signals ?? []
    },
  }
}
