export type RangeKey = '24h' | '48h' | '7d' | '30d'
export type Bucket = 'minute' | 'hour' | 'day'

const HOUR = 3_600_000
export const RANGES: Record<RangeKey, { ms: number; bucket: Bucket }> = {
  '24h': { ms: 24 * HOUR, bucket: 'hour' },
  '48h': { ms: 48 * HOUR, bucket: 'hour' },
  '7d': { ms: 7 * 24 * HOUR, bucket: 'hour' },
  '30d': { ms: 30 * 24 * HOUR, bucket: 'day' },
}
export const RANGE_KEYS = Object.keys(RANGES) as RangeKey[]

export const isRangeKey = (value: string): value is RangeKey => value in RANGES

/** The window of a range ending at the server's now (event time under the demo), and its bucket size. */
export const rangeWindow = (key: RangeKey, now: Date) => ({
  from: new Date(now.getTime() - RANGES[key].ms).toISOString(),
  to: now.toISOString(),
  bucket: RANGES[key].bucket,
})

/**
 * The window from a moment (an incident's start) to now, with buckets small enough to see its first hours:
 * minutes up to six hours, hours up to two weeks, days beyond.
 */
export const sinceWindow = (from: string, now: Date) => {
  const span = now.getTime() - Date.parse(from)
  const bucket: Bucket = span <= 6 * HOUR ? 'minute' : span <= 14 * 24 * HOUR ? 'hour' : 'day'
  return { from, to: now.toISOString(), bucket }
}
