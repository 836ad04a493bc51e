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
  close(bucket: B, span: BucketSpan): Signal | undefined
}

/**
 * The bounds of the bucket being closed (epoch milliseconds), one object per detector updated in place:
 * an epoch time passed as an argument is a new heap number at every call V8 does not inline.
 */
export interface BucketSpan {
  readonly start: number
  readonly end: number
}

/**
 * Buckets aligned on the epoch (so every query and every detector shares one grid), closed by `advance`.
 * A late mention (older than the open bucket) counts in the open bucket: event time never goes back.
 */
export const createBucketedDetector = <B>(
  intervalMs: number,
  logic: BucketLogic<B>,
): Detector & Required<Pick<Detector, 'collect'>> => {
  // a field, not a closure variable: V8 boxes each new float (an epoch time is one) written to a closure
  // variable, a heap allocation at every close of every detector, while it updates a field in place
  const open: { start: number; bucket: B | undefined } = { start: Number.NaN, bucket: undefined }
  const closing = { start: Number.NaN, end: Number.NaN }
  const empty = logic.open(0)
  const ensureOpen = (t: number) => {
    if (Number.isNaN(open.start)) open.start = Math.floor(t / intervalMs) * intervalMs
    open.bucket ??= logic.open(open.start)
    return open.bucket
  }
  const collect = (t: number, into: Signal[]) => {
    if (Number.isNaN(open.start)) {
      ensureOpen(t)
      return
    }
    while (open.start + intervalMs <= t) {
      closing.start = open.start
      closing.end = open.start + intervalMs
      const signal = logic.close(open.bucket ?? empty, closing)
      if (signal) into.push(signal)
      open.start += intervalMs
      open.bucket = undefined
    }
  }
  return {
    kind: logic.kind,
    observe(mention) {
      logic.add(ensureOpen(mention.createdAt.getTime()), mention)
    },
    advance(now) {
      const signals: Signal[] = []
      collect(now.getTime(), signals)
      return signals
    },
    collect,
  }
}
