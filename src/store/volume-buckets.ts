import { AppError } from '../core/index.ts'
import type { VolumeBucket } from './port.ts'

export const HOUR_MS = 3_600_000
// A chart or a detector never needs more; beyond it the caller surely got the bucket size wrong.
const MAX_BUCKETS = 100_000

/** Bucket starts are multiples of `bucketMs` since the epoch, so hourly buckets fall on UTC hours. */
export const bucketStart = (at: number, bucketMs: number): number => Math.floor(at / bucketMs) * bucketMs

/** The bucket size to use (one hour by default), refused when it would make absurdly many buckets. */
export const volumeBucketMs = (from: Date, to: Date, bucketMs = HOUR_MS): number => {
  if (!Number.isSafeInteger(bucketMs) || bucketMs <= 0) {
    throw new AppError('invalid', 'volume needs a bucketMs that is a whole positive number')
  }
  if ((to.getTime() - from.getTime()) / bucketMs > MAX_BUCKETS) {
    throw new AppError('invalid', `volume returns at most ${MAX_BUCKETS} buckets; use larger ones`)
  }
  return bucketMs
}

export type BucketCounts = Omit<VolumeBucket, 'at'>

/**
 * Every bucket from the one holding `from` to the one holding the last instant before `to`, empty ones
 * included, so a chart or a detector sees silence as zero rather than as a gap.
 */
export const fillVolumeBuckets = (
  from: Date,
  to: Date,
  bucketMs: number,
  counted: ReadonlyMap<number, BucketCounts>,
): VolumeBucket[] => {
  const first = bucketStart(from.getTime(), bucketMs)
  const buckets: VolumeBucket[] = []
  for (let at = first; at < to.getTime(); at += bucketMs) {
    buckets.push({ at: new Date(at), ...(counted.get(at) ?? { total: 0, negative: 0, positive: 0 }) })
  }
  return buckets
}
